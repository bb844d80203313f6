import { type FormEvent, useId, useState } from 'react';
import type { Participant } from '../../server/participants/participants.schema';
import type { PlanDetail } from '../../server/plans/plan-detail.schema';
import { type ApiProblem, getJson } from '../api/api-client';
import { useApi } from '../api/use-api';
import { useSession } from '../auth/session';
import { formatDate } from '../format/format';
import { useT } from '../i18n/i18n';
import { LoadState } from '../layout/load-state';
import { ActionsHeading, DataTable } from './data-table';
import { asProblem, ErrorSummary, fieldErrorsOf, validationProblem } from './form-errors';
import { ActivityOptions, InputField, outcomeChoices, participantDetails, SelectField } from './form-fields';
import { type EnrolmentOut, type EnrolmentOutcome, monitoringApi, todayIso } from './monitoring-api';
import { useStaleApi } from './use-stale-api';

/** Participants' forløb in one activity: start, end and outcome ("startet på uddannelse"). */
export function Enrolments({
  plan,
  activities,
  canWrite,
}: {
  plan: PlanDetail;
  activities: { id: string; name: string }[];
  canWrite: boolean;
}) {
  const m = useT().monitoring;
  const id = useId();
  const [activityId, setActivityId] = useState(activities[0]?.id ?? '');
  const state = useStaleApi(`enrolments:${activityId}`, (signal) =>
    activityId ? monitoringApi.enrolments(activityId, signal) : Promise.resolve([] as EnrolmentOut[]),
  );
  return (
    <>
      <p>{m.enrolments.intro}</p>
      <SelectField
        id={`${id}-activity`}
        label={m.register.activity}
        className="form-select register-wide"
        value={activityId}
        onChange={setActivityId}
      >
        <ActivityOptions plan={plan} />
      </SelectField>
      <LoadState state={state}>
        {(items) => (
          <>
            {items.length === 0 ? (
              <p>{m.enrolments.none}</p>
            ) : (
              <DataTable
                label={m.enrolments.caption}
                caption={m.enrolments.caption}
                className="enrolments-table"
                columns={[
                  { label: m.volunteers.colCode },
                  { label: m.enrolments.start },
                  { label: m.enrolments.end },
                  { label: m.enrolments.outcome },
                  canWrite && { label: <ActionsHeading label={m.targets.colActions} /> },
                ]}
              >
                {items.map((e) => (
                  <EnrolmentRow key={e.id} enrolment={e} canWrite={canWrite} onSaved={() => state.reload()} />
                ))}
              </DataTable>
            )}
            {canWrite && activityId && (
              <NewEnrolment planId={plan.id} activityId={activityId} onSaved={() => state.reload()} />
            )}
          </>
        )}
      </LoadState>
    </>
  );
}

function EnrolmentRow({
  enrolment: e,
  canWrite,
  onSaved,
}: {
  enrolment: EnrolmentOut;
  canWrite: boolean;
  onSaved(): void;
}) {
  const m = useT().monitoring;
  const id = useId();
  const session = useSession();
  const [editing, setEditing] = useState(false);
  const [endDate, setEndDate] = useState(e.endDate ?? '');
  const [outcome, setOutcome] = useState<EnrolmentOutcome | ''>(e.outcome ?? '');
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      await monitoringApi.updateEnrolment(
        e.id,
        { endDate: endDate || null, outcome: outcome || null },
        session.csrfToken ?? '',
      );
      setEditing(false);
      setProblem(null);
      onSaved();
    } catch (error) {
      setProblem(asProblem(error));
    }
  }

  if (editing) {
    return (
      <tr>
        <th scope="row">{e.participantCode}</th>
        <td>{formatDate(e.startDate)}</td>
        <td colSpan={3}>
          <form onSubmit={save} noValidate className="enrolment-edit">
            {problem && <ErrorSummary problem={problem} fields={[]} />}
            <div className="register-pair">
              <InputField
                id={`${id}-end`}
                label={m.enrolments.end}
                type="date"
                value={endDate}
                onChange={setEndDate}
              />
              <SelectField
                id={`${id}-outcome`}
                label={m.enrolments.outcome}
                hint={m.enrolments.outcomeHint}
                value={outcome}
                onChange={(v) => setOutcome(v)}
                empty={m.enrolments.ongoing}
                choices={outcomeChoices(m)}
              />
            </div>
            <button type="submit" className="button button-primary">
              {m.sessions.saveChanges}
            </button>{' '}
            <button type="button" className="button button-tertiary" onClick={() => setEditing(false)}>
              {m.form.cancel}
            </button>
          </form>
        </td>
      </tr>
    );
  }
  return (
    <tr>
      <th scope="row">{e.participantCode}</th>
      <td className="nowrap">{formatDate(e.startDate)}</td>
      <td className="nowrap">{e.endDate ? formatDate(e.endDate) : '–'}</td>
      <td>{e.outcome ? m.outcome[e.outcome] : m.enrolments.ongoing}</td>
      {canWrite && (
        <td>
          <button type="button" className="button button-tertiary" onClick={() => setEditing(true)}>
            {m.targets.edit}
            <span className="sr-only"> {e.participantCode}</span>
          </button>
        </td>
      )}
    </tr>
  );
}

function NewEnrolment({
  planId,
  activityId,
  onSaved,
}: {
  planId: string;
  activityId: string;
  onSaved(): void;
}) {
  const m = useT().monitoring;
  const id = useId();
  const session = useSession();
  const participants = useApi(`participants:${planId}`, (signal) =>
    getJson<{ items: Participant[] }>(`/api/plans/${planId}/participants?limit=500`, signal).then(
      (r) => r.items,
    ),
  );
  const [participantId, setParticipantId] = useState('');
  const [startDate, setStartDate] = useState(todayIso);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const errors = fieldErrorsOf(problem);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!participantId) {
      setProblem(
        validationProblem(m.form.checkFields, [{ field: 'participantId', message: m.form.required }]),
      );
      return;
    }
    try {
      await monitoringApi.createEnrolment(activityId, { participantId, startDate }, session.csrfToken ?? '');
      setProblem(null);
      setParticipantId('');
      onSaved();
    } catch (error) {
      setProblem(asProblem(error));
    }
  }

  return (
    <form onSubmit={save} noValidate className="enrolment-form" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} className="h4">
        {m.enrolments.addTitle}
      </h3>
      {problem && (
        <ErrorSummary
          problem={problem}
          fields={[
            { field: 'participantId', id: `${id}-p`, label: m.enrolments.participant },
            { field: 'startDate', id: `${id}-start`, label: m.enrolments.start },
          ]}
        />
      )}
      <div className="register-pair">
        <SelectField
          id={`${id}-p`}
          label={m.enrolments.participant}
          error={errors.participantId}
          value={participantId}
          onChange={setParticipantId}
          empty={m.enrolments.chooseParticipant}
          choices={
            participants.status === 'success'
              ? participants.data
                  .filter((p) => p.erasedAt === null)
                  .map((p) => ({
                    value: p.id,
                    label: [p.code, participantDetails(m, p)].filter(Boolean).join(' · '),
                  }))
              : []
          }
        />
        <InputField
          id={`${id}-start`}
          label={m.enrolments.start}
          error={errors.startDate}
          type="date"
          value={startDate}
          onChange={setStartDate}
        />
      </div>
      <button type="submit" className="button button-secondary">
        {m.enrolments.add}
      </button>
    </form>
  );
}
