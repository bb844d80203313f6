import { type FormEvent, useId, useState } from 'react';
import { ENROLMENT_OUTCOMES } from '../../domain/monitoring/indicator-kinds';
import type { Participant } from '../../server/participants/participants.schema';
import type { PlanDetail } from '../../server/plans/plan-detail.schema';
import { ApiProblem, getJson } from '../api/api-client';
import { useApi } from '../api/use-api';
import { useSession } from '../auth/session';
import { formatDate } from '../format/format';
import { useT } from '../i18n/i18n';
import { LoadState } from '../layout/load-state';
import { ScrollTable } from '../layout/scroll-table';
import { ErrorSummary, Field, fieldErrorsOf } from './form-errors';
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
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-activity`}>
          {m.register.activity}
        </label>
        <select
          id={`${id}-activity`}
          className="form-select register-wide"
          value={activityId}
          onChange={(e) => setActivityId(e.target.value)}
        >
          {plan.focusAreas
            .filter((f) => f.activities.length > 0)
            .map((f) => (
              <optgroup key={f.id} label={f.name}>
                {f.activities.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </optgroup>
            ))}
        </select>
      </div>
      <LoadState state={state}>
        {(items) => (
          <>
            {items.length === 0 ? (
              <p>{m.enrolments.none}</p>
            ) : (
              <ScrollTable label={m.enrolments.caption}>
                <table className="table table--compact enrolments-table">
                  <caption>{m.enrolments.caption}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{m.volunteers.colCode}</th>
                      <th scope="col">{m.enrolments.start}</th>
                      <th scope="col">{m.enrolments.end}</th>
                      <th scope="col">{m.enrolments.outcome}</th>
                      {canWrite && (
                        <th scope="col">
                          <span className="sr-only">{m.targets.colActions}</span>
                        </th>
                      )}
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((e) => (
                      <EnrolmentRow
                        key={e.id}
                        enrolment={e}
                        canWrite={canWrite}
                        onSaved={() => state.reload()}
                      />
                    ))}
                  </tbody>
                </table>
              </ScrollTable>
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
      setProblem(error instanceof ApiProblem ? error : new ApiProblem('unexpected', 0, null));
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
              <Field id={`${id}-end`} label={m.enrolments.end}>
                {() => (
                  <input
                    id={`${id}-end`}
                    type="date"
                    className="form-input"
                    value={endDate}
                    onChange={(ev) => setEndDate(ev.target.value)}
                  />
                )}
              </Field>
              <Field id={`${id}-outcome`} label={m.enrolments.outcome} hint={m.enrolments.outcomeHint}>
                {(describedBy) => (
                  <select
                    id={`${id}-outcome`}
                    className="form-select"
                    value={outcome}
                    aria-describedby={describedBy}
                    onChange={(ev) => setOutcome(ev.target.value as EnrolmentOutcome | '')}
                  >
                    <option value="">{m.enrolments.ongoing}</option>
                    {ENROLMENT_OUTCOMES.map((o) => (
                      <option key={o} value={o}>
                        {m.outcome[o]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
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
        new ApiProblem('problem', 400, m.form.checkFields, 'VALIDATION_FAILED', null, [
          { field: 'participantId', message: m.form.required },
        ]),
      );
      return;
    }
    try {
      await monitoringApi.createEnrolment(activityId, { participantId, startDate }, session.csrfToken ?? '');
      setProblem(null);
      setParticipantId('');
      onSaved();
    } catch (error) {
      setProblem(error instanceof ApiProblem ? error : new ApiProblem('unexpected', 0, null));
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
        <Field id={`${id}-p`} label={m.enrolments.participant} error={errors.participantId}>
          {(describedBy) => (
            <select
              id={`${id}-p`}
              className="form-select"
              value={participantId}
              aria-describedby={describedBy}
              onChange={(e) => setParticipantId(e.target.value)}
            >
              <option value="">{m.enrolments.chooseParticipant}</option>
              {participants.status === 'success' &&
                participants.data
                  .filter((p) => p.erasedAt === null)
                  .map((p) => (
                    <option key={p.id} value={p.id}>
                      {[
                        p.code,
                        p.ageBand ? m.ageBandLabel(p.ageBand) : null,
                        p.gender ? m.gender[p.gender] : null,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </option>
                  ))}
            </select>
          )}
        </Field>
        <Field id={`${id}-start`} label={m.enrolments.start} error={errors.startDate}>
          {(describedBy) => (
            <input
              id={`${id}-start`}
              type="date"
              className="form-input"
              value={startDate}
              aria-describedby={describedBy}
              onChange={(e) => setStartDate(e.target.value)}
            />
          )}
        </Field>
      </div>
      <button type="submit" className="button button-secondary">
        {m.enrolments.add}
      </button>
    </form>
  );
}
