import { type FormEvent, useId, useState } from 'react';
import type { PlanDetail } from '../../server/plans/plan-detail.schema';
import type { ApiProblem } from '../api/api-client';
import { useSession } from '../auth/session';
import { formatDate, formatNumber } from '../format/format';
import { useT } from '../i18n/i18n';
import { LoadState } from '../layout/load-state';
import { ProblemAlert } from '../layout/problem-alert';
import { SuccessAlert } from './alerts';
import { asProblem, ErrorSummary, fieldErrorsOf } from './form-errors';
import { departmentChoices, InputField, participantDetails, SelectField } from './form-fields';
import { monitoringApi, type SessionOut } from './monitoring-api';
import { ParticipantLabel, ToggleList } from './toggle-list';
import { useStaleApi } from './use-stale-api';

/** One session opened from the list: loads it, and keeps it shown while it reloads after a save. */
export function SessionDetail({
  sessionId,
  plan,
  canWrite,
  onClose,
  onChanged,
  onDeleted,
}: {
  sessionId: string;
  plan: PlanDetail;
  canWrite: boolean;
  onClose(): void;
  onChanged(): void;
  onDeleted(): void;
}) {
  const m = useT().monitoring;
  const state = useStaleApi(`session:${sessionId}`, (signal) => monitoringApi.session(sessionId, signal));
  return (
    <section className="session-detail" aria-labelledby={`${sessionId}-h`}>
      <LoadState state={state}>
        {(s) => (
          <SessionEditor
            session={s}
            plan={plan}
            canWrite={canWrite}
            onClose={onClose}
            onSaved={() => {
              state.reload();
              onChanged();
            }}
            onDeleted={onDeleted}
            headingId={`${sessionId}-h`}
            heading={m.sessions.detailTitle(s.activityName, formatDate(s.date))}
          />
        )}
      </LoadState>
    </section>
  );
}

/** One session with who came; change its date, afdeling, place and attendance, or delete it. */
function SessionEditor({
  session: s,
  plan,
  canWrite,
  onClose,
  onSaved,
  onDeleted,
  headingId,
  heading,
}: {
  session: SessionOut;
  plan: PlanDetail;
  canWrite: boolean;
  onClose(): void;
  onSaved(): void;
  onDeleted(): void;
  headingId: string;
  heading: string;
}) {
  const m = useT().monitoring;
  const id = useId();
  const auth = useSession();
  const [date, setDate] = useState(s.date);
  const [departmentId, setDepartmentId] = useState(s.departmentId ?? '');
  const [place, setPlace] = useState(s.place ?? '');
  const [kept, setKept] = useState<string[]>(s.attendance.map((a) => a.participantId));
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [saved, setSaved] = useState(false);
  const errors = fieldErrorsOf(problem);
  const readOnly = !canWrite;

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    try {
      await monitoringApi.updateSession(
        s.id,
        { date, departmentId: departmentId || null, place: place.trim() || null, participantIds: kept },
        auth.csrfToken ?? '',
      );
      setProblem(null);
      setSaved(true);
      onSaved();
    } catch (error) {
      setProblem(asProblem(error));
    }
  }

  async function remove() {
    if (!window.confirm(m.sessions.confirmDelete)) return;
    try {
      await monitoringApi.deleteSession(s.id, auth.csrfToken ?? '');
      onDeleted();
    } catch (error) {
      setProblem(asProblem(error));
    }
  }

  return (
    <form onSubmit={save} noValidate className="session-editor">
      <h3 id={headingId}>{heading}</h3>
      {saved && <SuccessAlert>{m.sessions.saved}</SuccessAlert>}
      {problem &&
        (problem.errors.length > 0 ? (
          <ErrorSummary
            problem={problem}
            fields={[
              { field: 'date', id: `${id}-date`, label: m.register.date },
              { field: 'departmentId', id: `${id}-dep`, label: m.register.department },
              { field: 'place', id: `${id}-place`, label: m.register.place },
            ]}
          />
        ) : (
          <ProblemAlert problem={problem} />
        ))}
      <div className="register-triple">
        <InputField
          id={`${id}-date`}
          label={m.register.date}
          error={errors.date}
          type="date"
          value={date}
          disabled={readOnly}
          onChange={setDate}
        />
        <SelectField
          id={`${id}-dep`}
          label={m.register.department}
          error={errors.departmentId}
          value={departmentId}
          disabled={readOnly}
          onChange={setDepartmentId}
          empty={m.register.noDepartment}
          choices={departmentChoices(plan)}
        />
        <InputField
          id={`${id}-place`}
          label={m.register.place}
          error={errors.place}
          value={place}
          disabled={readOnly}
          onChange={setPlace}
        />
      </div>
      <fieldset className="form-group">
        <legend className="form-label">{m.sessions.attendance(s.attendance.length)}</legend>
        {s.attendance.length === 0 ? (
          <p className="form-hint">{m.sessions.noAttendance}</p>
        ) : (
          <ToggleList
            toggles={s.attendance.map((a) => ({
              value: a.participantId,
              inputId: `${id}-a-${a.participantId}`,
              label: <ParticipantLabel code={a.code} details={participantDetails(m, a)} />,
            }))}
            selected={kept}
            onChange={setKept}
            disabled={readOnly}
          />
        )}
        {s.openCount && (
          <p>
            {m.sessions.openCountText(
              formatNumber(s.openCount.total),
              s.openCount.female === null ? null : formatNumber(s.openCount.female),
              s.openCount.male === null ? null : formatNumber(s.openCount.male),
            )}
          </p>
        )}
        {s.volunteers.length > 0 && (
          <p>
            {m.sessions.volunteersText(
              s.volunteers.map((v) => `${v.code} (${m.hoursValue(formatNumber(v.hours))})`).join(', '),
            )}
          </p>
        )}
      </fieldset>
      <div className="form-actions">
        {canWrite && (
          <>
            <button type="submit" className="button button-primary">
              {m.sessions.saveChanges}
            </button>{' '}
            <button type="button" className="button button-secondary" onClick={remove}>
              {m.sessions.delete}
            </button>{' '}
          </>
        )}
        <button type="button" className="button button-tertiary" onClick={onClose}>
          {m.sessions.close}
        </button>
      </div>
    </form>
  );
}
