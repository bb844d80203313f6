import { type FormEvent, useId, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { ATTENDANCE_COLUMNS } from '../../domain/monitoring/attendance-columns';
import type { PlanDetail } from '../../server/plans/plan-detail.schema';
import { ApiProblem, getPlan } from '../api/api-client';
import { useApi } from '../api/use-api';
import { useSession } from '../auth/session';
import { formatDate, formatNumber } from '../format/format';
import { useT } from '../i18n/i18n';
import { ExportLinks } from '../imports/export-links';
import { ImportPanel } from '../imports/import-panel';
import { Breadcrumbs } from '../layout/breadcrumbs';
import { Icon } from '../layout/icon';
import { LoadState } from '../layout/load-state';
import { PageHeading } from '../layout/page-heading';
import { PageToc } from '../layout/page-toc';
import { ProblemAlert } from '../layout/problem-alert';
import { ScrollTable } from '../layout/scroll-table';
import { Enrolments } from './enrolments-section';
import { ErrorSummary, Field, fieldErrorsOf } from './form-errors';
import { monitoringApi, type SessionListItem, type SessionOut } from './monitoring-api';
import { useStaleApi } from './use-stale-api';
import { Volunteers } from './volunteers-section';

/** /planer/:slug/registreringer — the sessions registered, import, volunteers and forløb. */
export function SessionsPage() {
  const { slug = '' } = useParams();
  const state = useApi(`sessions-plan:${slug}`, (signal) => getPlan(slug, signal));
  return <LoadState state={state}>{(plan) => <Sessions plan={plan} />}</LoadState>;
}

function Sessions({ plan }: { plan: PlanDetail }) {
  const t = useT();
  const m = t.monitoring;
  const id = useId();
  const session = useSession();
  const scope = { planId: plan.id, municipalityId: plan.municipality.id };
  const canWrite = session.can('personalData:write', scope);
  const canReadPersonal = session.can('personalData:read', scope);
  const [params, setParams] = useSearchParams();
  const activityId = params.get('indsats') ?? '';
  const from = params.get('fra') ?? '';
  const to = params.get('til') ?? '';
  const [openId, setOpenId] = useState<string | null>(null);
  const query = new URLSearchParams({ limit: '200' });
  if (activityId) query.set('activityId', activityId);
  if (from) query.set('from', from);
  if (to) query.set('to', to);
  const sessions = useStaleApi(`sessions:${plan.id}:${query}`, (signal) =>
    monitoringApi.sessions(plan.id, query, signal),
  );
  const activities = plan.focusAreas.flatMap((f) => f.activities);
  const departmentName = (depId: string | null) => plan.departments.find((d) => d.id === depId)?.name ?? '';

  function setFilter(key: string, value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  }

  const sections = [
    { id: 'gange', label: m.sessions.listTitle },
    ...(canWrite ? [{ id: 'import', label: m.sessions.importTitle }] : []),
    ...(canReadPersonal ? [{ id: 'frivillige', label: m.volunteers.title }] : []),
    ...(canReadPersonal ? [{ id: 'forloeb', label: m.enrolments.title }] : []),
  ];

  return (
    <>
      <Breadcrumbs items={[{ label: plan.name, to: `/planer/${plan.slug}` }, { label: m.sessions.title }]} />
      <PageHeading title={`${m.sessions.title} – ${plan.name}`}>{m.sessions.title}</PageHeading>
      <p className="font-lead">{m.sessions.intro}</p>
      {canWrite && (
        <p>
          <Link className="button button-primary" to={`/planer/${plan.slug}/registrer`}>
            {m.register.title}
          </Link>
        </p>
      )}
      <div className="row">
        <div className="col-12 col-lg-3">
          <PageToc items={sections} />
        </div>
        <div className="col-12 col-lg-9">
          <section id="gange" aria-labelledby="gange-h">
            <h2 id="gange-h">{m.sessions.listTitle}</h2>
            <form
              className="progress-filters"
              onSubmit={(e) => e.preventDefault()}
              aria-label={m.progress.filters}
            >
              <div className="form-group">
                <label className="form-label" htmlFor={`${id}-activity`}>
                  {m.register.activity}
                </label>
                <select
                  id={`${id}-activity`}
                  className="form-select"
                  value={activityId}
                  onChange={(e) => setFilter('indsats', e.target.value)}
                >
                  <option value="">{m.progress.allActivities}</option>
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
              <div className="form-group">
                <label className="form-label" htmlFor={`${id}-from`}>
                  {m.sessions.from}
                </label>
                <input
                  id={`${id}-from`}
                  type="date"
                  className="form-input"
                  value={from}
                  onChange={(e) => setFilter('fra', e.target.value)}
                />
              </div>
              <div className="form-group">
                <label className="form-label" htmlFor={`${id}-to`}>
                  {m.sessions.to}
                </label>
                <input
                  id={`${id}-to`}
                  type="date"
                  className="form-input"
                  value={to}
                  onChange={(e) => setFilter('til', e.target.value)}
                />
              </div>
            </form>
            <LoadState state={sessions}>
              {(list) =>
                list.items.length === 0 ? (
                  <p>{m.sessions.none}</p>
                ) : (
                  <>
                    <ScrollTable label={m.sessions.caption}>
                      <table className="table table--compact sessions-table">
                        <caption>{m.sessions.count(list.items.length, list.total)}</caption>
                        <thead>
                          <tr>
                            <th scope="col">{m.sessions.colDate}</th>
                            <th scope="col">{m.register.activity}</th>
                            <th scope="col">{m.register.department}</th>
                            <th scope="col" className="amount-cell">
                              {m.sessions.colAttendance}
                            </th>
                            <th scope="col" className="amount-cell">
                              {m.sessions.colOpenCount}
                            </th>
                            <th scope="col" className="amount-cell">
                              {m.progress.colVolunteerHours}
                            </th>
                            {canReadPersonal && (
                              <th scope="col">
                                <span className="sr-only">{m.targets.colActions}</span>
                              </th>
                            )}
                          </tr>
                        </thead>
                        <tbody>
                          {list.items.map((s) => (
                            <SessionRow
                              key={s.id}
                              item={s}
                              department={departmentName(s.departmentId)}
                              canRead={canReadPersonal}
                              open={openId === s.id}
                              onToggle={() => setOpenId(openId === s.id ? null : s.id)}
                            />
                          ))}
                        </tbody>
                      </table>
                    </ScrollTable>
                    {openId && (
                      <SessionDetail
                        key={openId}
                        sessionId={openId}
                        plan={plan}
                        canWrite={canWrite}
                        onClose={() => setOpenId(null)}
                        onChanged={() => sessions.reload()}
                        onDeleted={() => {
                          setOpenId(null);
                          sessions.reload();
                        }}
                      />
                    )}
                  </>
                )
              }
            </LoadState>
            <ExportLinks url={`/api/plans/${plan.id}/sessions/export`} label={m.sessions.exportSessions} />
            {canReadPersonal && (
              <ExportLinks
                url={`/api/plans/${plan.id}/attendance/export`}
                label={m.sessions.exportAttendance}
              />
            )}
          </section>

          {canWrite && (
            <section id="import" aria-labelledby="import-h">
              <h2 id="import-h">{m.sessions.importTitle}</h2>
              <p>{m.sessions.importIntro}</p>
              <ImportPanel
                url={`/api/plans/${plan.id}/imports/attendance`}
                title={m.sessions.importPanelTitle}
                columns={ATTENDANCE_COLUMNS}
                onImported={() => sessions.reload()}
              />
            </section>
          )}
          {canReadPersonal && (
            <section id="frivillige" aria-labelledby="frivillige-h">
              <h2 id="frivillige-h">{m.volunteers.title}</h2>
              <Volunteers plan={plan} canWrite={canWrite} />
            </section>
          )}
          {canReadPersonal && (
            <section id="forloeb" aria-labelledby="forloeb-h">
              <h2 id="forloeb-h">{m.enrolments.title}</h2>
              <Enrolments plan={plan} activities={activities} canWrite={canWrite} />
            </section>
          )}
        </div>
      </div>
    </>
  );
}

function SessionRow({
  item: s,
  department,
  canRead,
  open,
  onToggle,
}: {
  item: SessionListItem;
  department: string;
  canRead: boolean;
  open: boolean;
  onToggle(): void;
}) {
  const m = useT().monitoring;
  return (
    <tr className={open ? 'is-open' : undefined}>
      <td className="nowrap">{formatDate(s.date)}</td>
      <td>
        {s.activityName}
        {s.place && <span className="line-hint">{s.place}</span>}
      </td>
      <td>{department || '–'}</td>
      <td className="amount-cell amount">{formatNumber(s.attendanceCount)}</td>
      <td className="amount-cell amount">{s.openCount ? formatNumber(s.openCount.total) : '–'}</td>
      <td className="amount-cell amount">{s.volunteerHours > 0 ? formatNumber(s.volunteerHours) : '–'}</td>
      {canRead && (
        <td>
          <button type="button" className="button button-tertiary" aria-expanded={open} onClick={onToggle}>
            {open ? m.sessions.close : m.sessions.open}
            <span className="sr-only"> {m.sessions.rowName(s.activityName, formatDate(s.date))}</span>
          </button>
        </td>
      )}
    </tr>
  );
}

/** One session with who came; change its date, afdeling, place and attendance, or delete it. */
function SessionDetail({
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
  const t = useT();
  const m = t.monitoring;
  const id = useId();
  const auth = useSession();
  const [date, setDate] = useState(s.date);
  const [departmentId, setDepartmentId] = useState(s.departmentId ?? '');
  const [place, setPlace] = useState(s.place ?? '');
  const [kept, setKept] = useState<string[]>(s.attendance.map((a) => a.participantId));
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [saved, setSaved] = useState(false);
  const errors = fieldErrorsOf(problem);

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
      setProblem(error instanceof ApiProblem ? error : new ApiProblem('unexpected', 0, null));
    }
  }

  async function remove() {
    if (!window.confirm(m.sessions.confirmDelete)) return;
    try {
      await monitoringApi.deleteSession(s.id, auth.csrfToken ?? '');
      onDeleted();
    } catch (error) {
      setProblem(error instanceof ApiProblem ? error : new ApiProblem('unexpected', 0, null));
    }
  }

  return (
    <form onSubmit={save} noValidate className="session-editor">
      <h3 id={headingId}>{heading}</h3>
      {saved && (
        <div className="alert alert-success" role="status">
          <Icon name="success" className="alert-icon" />
          <div className="alert-body">
            <p className="alert-heading">{m.sessions.saved}</p>
          </div>
        </div>
      )}
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
        <Field id={`${id}-date`} label={m.register.date} error={errors.date}>
          {(describedBy) => (
            <input
              id={`${id}-date`}
              type="date"
              className="form-input"
              value={date}
              disabled={!canWrite}
              aria-describedby={describedBy}
              onChange={(e) => setDate(e.target.value)}
            />
          )}
        </Field>
        <Field id={`${id}-dep`} label={m.register.department} error={errors.departmentId}>
          {(describedBy) => (
            <select
              id={`${id}-dep`}
              className="form-select"
              value={departmentId}
              disabled={!canWrite}
              aria-describedby={describedBy}
              onChange={(e) => setDepartmentId(e.target.value)}
            >
              <option value="">{m.register.noDepartment}</option>
              {plan.departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={`${id}-place`} label={m.register.place} error={errors.place}>
          {(describedBy) => (
            <input
              id={`${id}-place`}
              className="form-input"
              value={place}
              disabled={!canWrite}
              aria-describedby={describedBy}
              onChange={(e) => setPlace(e.target.value)}
            />
          )}
        </Field>
      </div>
      <fieldset className="form-group">
        <legend className="form-label">{m.sessions.attendance(s.attendance.length)}</legend>
        {s.attendance.length === 0 ? (
          <p className="form-hint">{m.sessions.noAttendance}</p>
        ) : (
          <div className="toggle-grid toggle-grid--small">
            {s.attendance.map((a) => (
              <div className="form-group-checkbox toggle" key={a.participantId}>
                <input
                  id={`${id}-a-${a.participantId}`}
                  type="checkbox"
                  className="form-checkbox"
                  checked={kept.includes(a.participantId)}
                  disabled={!canWrite}
                  onChange={(e) =>
                    setKept((ids) =>
                      e.target.checked ? [...ids, a.participantId] : ids.filter((x) => x !== a.participantId),
                    )
                  }
                />
                <label htmlFor={`${id}-a-${a.participantId}`}>
                  <span className="toggle-code">{a.code}</span>
                  <span className="toggle-meta">
                    {[a.ageBand ? m.ageBandLabel(a.ageBand) : null, a.gender ? m.gender[a.gender] : null]
                      .filter(Boolean)
                      .join(' · ') || m.noDetails}
                  </span>
                </label>
              </div>
            ))}
          </div>
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
