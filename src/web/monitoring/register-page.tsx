import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { AGE_BANDS, type AgeBand, GENDERS, type Gender } from '../../domain/participants/participant';
import type { PlanDetail } from '../../server/plans/plan-detail.schema';
import { ApiProblem, getPlan } from '../api/api-client';
import { useApi } from '../api/use-api';
import { useSession } from '../auth/session';
import { formatDate } from '../format/format';
import { useT } from '../i18n/i18n';
import { Breadcrumbs } from '../layout/breadcrumbs';
import { Icon } from '../layout/icon';
import { LoadState } from '../layout/load-state';
import { PageHeading } from '../layout/page-heading';
import { ErrorSummary, Field, fieldErrorsOf, numberOrNull, type SummaryField } from './form-errors';
import {
  type IndicatorProgressOut,
  monitoringApi,
  type RegularOut,
  type SessionInput,
  type SessionOut,
  todayIso,
  type VolunteerOut,
} from './monitoring-api';
import { ProgressBar } from './progress-bits';
import { relevantIndicators, yearOf } from './relevant-indicators';

type Activity = PlanDetail['focusAreas'][number]['activities'][number];

interface NewRow {
  key: number;
  ageBand: AgeBand | '';
  gender: Gender | '';
  departmentId: string;
}

interface VolunteerRow {
  key: number;
  /** '' = a new volunteer: created on save, with a generated code. */
  volunteerId: string;
  hours: string;
}

interface Saved {
  session: SessionOut;
  activity: Activity;
  newCodes: string[];
  newVolunteerCodes: string[];
  attended: number;
  indicators: IndicatorProgressOut[] | null;
  threshold: number;
}

const storageKey = (planId: string) => `helhedsplan.registrer.${planId}`;

function rememberedActivity(planId: string): string {
  try {
    return localStorage.getItem(storageKey(planId)) ?? '';
  } catch {
    return '';
  }
}

function remember(planId: string, activityId: string) {
  try {
    localStorage.setItem(storageKey(planId), activityId);
  } catch {
    // Not remembered — the picker simply starts empty next time.
  }
}

let nextKey = 1;
const newKey = () => nextKey++;

/** /planer/:slug/registrer — "Registrér aktivitet": one session, its people and hours, one button. */
/**
 * The API's field path of a volunteer row: known volunteers go in `volunteers`, new ones in
 * `newVolunteers`, each numbered in its own list.
 */
function volunteerPath(rows: readonly { volunteerId: string }[], index: number): string {
  const row = rows[index];
  const known = Boolean(row?.volunteerId);
  const n = rows.slice(0, index).filter((r) => Boolean(r.volunteerId) === known).length;
  return known ? `volunteers.${n}` : `newVolunteers.${n}`;
}

export function RegisterPage() {
  const { slug = '' } = useParams();
  const state = useApi(`register:${slug}`, (signal) => getPlan(slug, signal));
  return <LoadState state={state}>{(plan) => <RegisterForm plan={plan} />}</LoadState>;
}

function RegisterForm({ plan }: { plan: PlanDetail }) {
  const t = useT();
  const m = t.monitoring;
  const id = useId();
  const session = useSession();
  const scope = { planId: plan.id, municipalityId: plan.municipality.id };
  const canWrite = session.can('personalData:write', scope);
  const [params] = useSearchParams();
  const activities = plan.focusAreas.flatMap((f) => f.activities);
  const [activityId, setActivityId] = useState(() => {
    const wanted = params.get('aktivitet') ?? rememberedActivity(plan.id);
    return activities.some((a) => a.id === wanted) ? wanted : '';
  });
  const activity = activities.find((a) => a.id === activityId);
  const [date, setDate] = useState(todayIso);
  const [departmentId, setDepartmentId] = useState(
    plan.departments.length === 1 ? (plan.departments[0]?.id ?? '') : '',
  );
  const [place, setPlace] = useState('');
  const [staffIds, setStaffIds] = useState<string[]>([]);
  const [regularIds, setRegularIds] = useState<string[]>([]);
  const [newRows, setNewRows] = useState<NewRow[]>([]);
  const [open, setOpen] = useState({ count: '', female: '', male: '' });
  const [volunteerRows, setVolunteerRows] = useState<VolunteerRow[]>([]);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<Saved | null>(null);
  const savedRef = useRef<HTMLDivElement>(null);
  const focusRow = useRef<string | null>(null);

  const regulars = useApi<RegularOut[]>(`regulars:${activityId}:${saved?.session.id ?? ''}`, (signal) =>
    activityId && canWrite ? monitoringApi.regulars(activityId, signal) : Promise.resolve([]),
  );
  const volunteers = useApi<VolunteerOut[]>(`volunteers:${plan.id}:${saved?.session.id ?? ''}`, (signal) =>
    canWrite ? monitoringApi.volunteers(plan.id, signal) : Promise.resolve([]),
  );

  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);

  // A row just added takes focus on its first field: keyboard users go on typing.
  useEffect(() => {
    if (focusRow.current) {
      document.getElementById(focusRow.current)?.focus();
      focusRow.current = null;
    }
  });

  const errors = fieldErrorsOf(problem);
  const departmentName = (depId: string | null) => plan.departments.find((d) => d.id === depId)?.name ?? '';
  const staffLabels = plan.staff.map((s, i) => {
    const same = plan.staff.filter((o) => o.title === s.title);
    const n = same.indexOf(s) + 1;
    return {
      id: s.id,
      label: s.name ? `${s.name} (${s.title})` : same.length > 1 ? `${s.title} ${n}` : s.title,
      i,
    };
  });

  if (!canWrite) {
    return (
      <>
        <Breadcrumbs
          items={[{ label: plan.name, to: `/planer/${plan.slug}` }, { label: m.register.title }]}
        />
        <PageHeading title={`${m.register.title} – ${plan.name}`}>{m.register.title}</PageHeading>
        <p>{session.user ? m.register.notAllowed : m.register.signInFirst}</p>
        {!session.user && (
          <p>
            <Link to="/log-ind">{t.auth.signIn}</Link>
          </p>
        )}
      </>
    );
  }

  function chooseActivity(next: string) {
    setActivityId(next);
    setRegularIds([]);
    if (next) remember(plan.id, next);
  }

  function addParticipant() {
    const key = newKey();
    const previous = newRows.at(-1);
    setNewRows((rows) => [
      ...rows,
      { key, ageBand: '', gender: '', departmentId: previous?.departmentId ?? departmentId },
    ]);
    focusRow.current = `${id}-new-${key}-age`;
  }

  function addVolunteer() {
    const key = newKey();
    const taken = new Set(volunteerRows.map((r) => r.volunteerId));
    const free =
      volunteers.status === 'success' ? volunteers.data.find((v) => v.active && !taken.has(v.id)) : undefined;
    setVolunteerRows((rows) => [...rows, { key, volunteerId: free?.id ?? '', hours: '' }]);
    focusRow.current = `${id}-vol-${key}-who`;
  }

  function localProblems(): ApiProblem | null {
    const local: { field: string; message: string }[] = [];
    if (!activity) local.push({ field: 'activityId', message: m.register.chooseActivityError });
    if (!date) local.push({ field: 'date', message: m.form.required });
    for (const [key, text] of [
      ['openCount.total', open.count],
      ['openCount.female', open.female],
      ['openCount.male', open.male],
    ] as const) {
      const value = numberOrNull(text);
      if (value !== null && (!Number.isInteger(value) || value < 0)) {
        local.push({ field: key, message: m.form.wholeNumber });
      }
    }
    volunteerRows.forEach((row, index) => {
      const hours = numberOrNull(row.hours);
      if (hours === null || Number.isNaN(hours) || hours <= 0) {
        local.push({ field: `${volunteerPath(volunteerRows, index)}.hours`, message: m.register.hoursError });
      }
    });
    const count = regularIds.length + newRows.length + (numberOrNull(open.count) ?? 0);
    if (local.length === 0 && count === 0) {
      local.push({ field: 'participantIds', message: m.register.nobodyError });
    }
    return local.length > 0
      ? new ApiProblem('problem', 400, m.form.checkFields, 'VALIDATION_FAILED', null, local)
      : null;
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    const local = localProblems();
    setProblem(local);
    if (local || !activity) return;
    const body: SessionInput = {
      date,
      departmentId: departmentId || null,
      place: place.trim() || null,
      staffIds,
      participantIds: regularIds,
      newParticipants: newRows.map((r) => ({
        ageBand: r.ageBand || null,
        gender: r.gender || null,
        departmentId: r.departmentId || null,
      })),
      openCount:
        numberOrNull(open.count) === null
          ? null
          : {
              total: numberOrNull(open.count) ?? 0,
              female: numberOrNull(open.female),
              male: numberOrNull(open.male),
            },
      note: null,
      volunteers: volunteerRows
        .filter((r) => r.volunteerId)
        .map((r) => ({ volunteerId: r.volunteerId, hours: numberOrNull(r.hours) ?? 0 })),
      newVolunteers: volunteerRows
        .filter((r) => !r.volunteerId)
        .map((r) => ({ hours: numberOrNull(r.hours) ?? 0 })),
    };
    setSaving(true);
    try {
      // New volunteers get their codes in the session's own transaction: a refused session
      // leaves none behind.
      const created = await monitoringApi.createSession(activity.id, body, session.csrfToken ?? '');
      if (!created) throw new ApiProblem('unexpected', 0, null);
      const newVolunteerCodes = created.newVolunteerCodes ?? [];
      if (newVolunteerCodes.length > 0) volunteers.reload();
      let indicators: IndicatorProgressOut[] | null = null;
      let threshold = plan.suppressionThreshold;
      try {
        const progress = await monitoringApi.progress(plan.id);
        indicators = relevantIndicators(progress.indicators, activity);
        threshold = progress.threshold ?? threshold;
      } catch {
        // The session is saved; the figures are a courtesy and the dashboard has them.
      }
      setSaved({
        session: created,
        activity,
        newCodes: created.newParticipantCodes ?? [],
        newVolunteerCodes,
        attended: regularIds.length + newRows.length,
        indicators,
        threshold,
      });
      setRegularIds([]);
      setNewRows([]);
      setOpen({ count: '', female: '', male: '' });
      setVolunteerRows([]);
    } catch (error) {
      setProblem(error instanceof ApiProblem ? error : new ApiProblem('unexpected', 0, null));
      setSaved(null);
    } finally {
      setSaving(false);
    }
  }

  const summaryFields: SummaryField[] = [
    { field: 'activityId', id: `${id}-activity`, label: m.register.activity },
    { field: 'date', id: `${id}-date`, label: m.register.date },
    { field: 'departmentId', id: `${id}-department`, label: m.register.department },
    { field: 'place', id: `${id}-place`, label: m.register.place },
    { field: 'staffIds', id: `${id}-staff-0`, label: m.register.staff },
    { field: 'participantIds', id: `${id}-regulars`, label: m.register.regulars },
    ...newRows.flatMap((r, i) => [
      {
        field: `newParticipants.${i}.ageBand`,
        id: `${id}-new-${r.key}-age`,
        label: m.register.newRowLabel(i + 1, m.register.ageBand),
      },
      {
        field: `newParticipants.${i}.gender`,
        id: `${id}-new-${r.key}-gender`,
        label: m.register.newRowLabel(i + 1, m.register.gender),
      },
      {
        field: `newParticipants.${i}.departmentId`,
        id: `${id}-new-${r.key}-dep`,
        label: m.register.newRowLabel(i + 1, m.register.department),
      },
    ]),
    { field: 'openCount', id: `${id}-open-count`, label: m.register.openCount },
    { field: 'openCount.total', id: `${id}-open-count`, label: m.register.openCount },
    { field: 'openCount.female', id: `${id}-open-female`, label: m.register.openFemale },
    { field: 'openCount.male', id: `${id}-open-male`, label: m.register.openMale },
    ...volunteerRows.flatMap((r, i) => [
      {
        field: `${volunteerPath(volunteerRows, i)}.volunteerId`,
        id: `${id}-vol-${r.key}-who`,
        label: m.register.volunteerRowLabel(i + 1, m.register.volunteer),
      },
      {
        field: `${volunteerPath(volunteerRows, i)}.hours`,
        id: `${id}-vol-${r.key}-hours`,
        label: m.register.volunteerRowLabel(i + 1, m.register.hours),
      },
    ]),
  ];

  const total = regularIds.length + newRows.length;

  return (
    <div className="register-page">
      <Breadcrumbs items={[{ label: plan.name, to: `/planer/${plan.slug}` }, { label: m.register.title }]} />
      <PageHeading title={`${m.register.title} – ${plan.name}`}>{m.register.title}</PageHeading>
      <p className="font-lead">{m.register.intro}</p>

      {saved && <SavedAlert saved={saved} plan={plan} innerRef={savedRef} />}
      {problem && <ErrorSummary key={problem.title ?? ''} problem={problem} fields={summaryFields} />}

      <form className="register-form" onSubmit={save} noValidate>
        <fieldset>
          <legend className="h3">{m.register.whatWhen}</legend>
          <Field
            id={`${id}-activity`}
            label={m.register.activity}
            error={errors.activityId}
            hint={m.register.activityHint}
          >
            {(describedBy) => (
              <select
                id={`${id}-activity`}
                className="form-select register-wide"
                value={activityId}
                aria-describedby={describedBy}
                onChange={(e) => chooseActivity(e.target.value)}
              >
                <option value="">{m.register.chooseActivity}</option>
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
            )}
          </Field>
          <div className="register-pair">
            <Field id={`${id}-date`} label={m.register.date} error={errors.date}>
              {(describedBy) => (
                <input
                  id={`${id}-date`}
                  type="date"
                  className="form-input input-width-s"
                  value={date}
                  required
                  aria-describedby={describedBy}
                  onChange={(e) => setDate(e.target.value)}
                />
              )}
            </Field>
            <Field id={`${id}-department`} label={m.register.department} error={errors.departmentId}>
              {(describedBy) => (
                <select
                  id={`${id}-department`}
                  className="form-select"
                  value={departmentId}
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
          </div>
          <Field id={`${id}-place`} label={m.register.place} hint={m.register.placeHint} error={errors.place}>
            {(describedBy) => (
              <input
                id={`${id}-place`}
                className="form-input register-wide"
                value={place}
                autoComplete="off"
                maxLength={200}
                aria-describedby={describedBy}
                onChange={(e) => setPlace(e.target.value)}
              />
            )}
          </Field>
          {staffLabels.length > 0 && (
            <fieldset className={`form-group${errors.staffIds ? ' form-error' : ''}`}>
              <legend className="form-label">{m.register.staff}</legend>
              {errors.staffIds && <span className="form-error-message">{errors.staffIds}</span>}
              <div className="toggle-grid toggle-grid--small">
                {staffLabels.map((s) => (
                  <div className="form-group-checkbox toggle" key={s.id}>
                    <input
                      id={`${id}-staff-${s.i}`}
                      type="checkbox"
                      className="form-checkbox"
                      checked={staffIds.includes(s.id)}
                      onChange={(e) =>
                        setStaffIds((ids) =>
                          e.target.checked ? [...ids, s.id] : ids.filter((x) => x !== s.id),
                        )
                      }
                    />
                    <label htmlFor={`${id}-staff-${s.i}`}>{s.label}</label>
                  </div>
                ))}
              </div>
            </fieldset>
          )}
        </fieldset>

        <fieldset>
          <legend className="h3">{m.register.whoCame}</legend>
          <p className="form-hint register-privacy">
            <Icon name="lock" /> {m.register.privacyNote}
          </p>
          <fieldset
            className={`form-group${errors.participantIds ? ' form-error' : ''}`}
            aria-describedby={`${id}-regulars-hint`}
          >
            <legend className="form-label" id={`${id}-regulars`} tabIndex={-1}>
              {m.register.regulars}
            </legend>
            <span className="form-hint" id={`${id}-regulars-hint`}>
              {m.register.regularsHint}
            </span>
            {errors.participantIds && <span className="form-error-message">{errors.participantIds}</span>}
            {!activity ? (
              <p className="form-hint">{m.register.chooseActivityFirst}</p>
            ) : regulars.status === 'loading' ? (
              <p className="form-hint">{t.common.loading}</p>
            ) : regulars.status === 'error' ? (
              <p className="form-hint">{m.register.regularsFailed}</p>
            ) : regulars.data.length === 0 ? (
              <p className="form-hint">{m.register.noRegulars}</p>
            ) : (
              <>
                <div className="toggle-grid">
                  {regulars.data.map((p) => (
                    <div className="form-group-checkbox toggle toggle--large" key={p.participantId}>
                      <input
                        id={`${id}-reg-${p.participantId}`}
                        type="checkbox"
                        className="form-checkbox"
                        checked={regularIds.includes(p.participantId)}
                        onChange={(e) =>
                          setRegularIds((ids) =>
                            e.target.checked
                              ? [...ids, p.participantId]
                              : ids.filter((x) => x !== p.participantId),
                          )
                        }
                      />
                      <label htmlFor={`${id}-reg-${p.participantId}`}>
                        <span className="toggle-code">{p.code}</span>
                        <span className="toggle-meta">
                          {[
                            p.ageBand ? m.ageBandLabel(p.ageBand) : null,
                            p.gender ? m.gender[p.gender] : null,
                            departmentName(p.departmentId) || null,
                          ]
                            .filter(Boolean)
                            .join(' · ') || m.noDetails}
                        </span>
                      </label>
                    </div>
                  ))}
                </div>
                <p>
                  <button
                    type="button"
                    className="button button-tertiary"
                    onClick={() =>
                      setRegularIds(
                        regularIds.length === regulars.data.length
                          ? []
                          : regulars.data.map((p) => p.participantId),
                      )
                    }
                  >
                    {regularIds.length === regulars.data.length
                      ? m.register.noneOfThem
                      : m.register.allOfThem}
                  </button>
                </p>
              </>
            )}
          </fieldset>

          <div className="register-new">
            <h3 className="form-label h5 mb-0">{m.register.newParticipants}</h3>
            {newRows.length === 0 && <p className="form-hint">{m.register.newParticipantsHint}</p>}
            <ol className="new-participants nobullet-list no-max-width">
              {newRows.map((row, index) => (
                <li key={row.key} className="new-participant">
                  <fieldset>
                    <legend className="new-participant-legend">{m.register.newRow(index + 1)}</legend>
                    <div className="new-participant-fields">
                      <Field
                        id={`${id}-new-${row.key}-age`}
                        label={m.register.ageBand}
                        error={errors[`newParticipants.${index}.ageBand`]}
                      >
                        {(describedBy) => (
                          <select
                            id={`${id}-new-${row.key}-age`}
                            className="form-select"
                            value={row.ageBand}
                            aria-describedby={describedBy}
                            onChange={(e) =>
                              setNewRows((rows) =>
                                rows.map((r) =>
                                  r.key === row.key ? { ...r, ageBand: e.target.value as AgeBand | '' } : r,
                                ),
                              )
                            }
                          >
                            <option value="">{m.notStated}</option>
                            {AGE_BANDS.map((b) => (
                              <option key={b} value={b}>
                                {m.ageBandLabel(b)}
                              </option>
                            ))}
                          </select>
                        )}
                      </Field>
                      <Field
                        id={`${id}-new-${row.key}-gender`}
                        label={m.register.gender}
                        error={errors[`newParticipants.${index}.gender`]}
                      >
                        {(describedBy) => (
                          <select
                            id={`${id}-new-${row.key}-gender`}
                            className="form-select"
                            value={row.gender}
                            aria-describedby={describedBy}
                            onChange={(e) =>
                              setNewRows((rows) =>
                                rows.map((r) =>
                                  r.key === row.key ? { ...r, gender: e.target.value as Gender | '' } : r,
                                ),
                              )
                            }
                          >
                            <option value="">{m.notStated}</option>
                            {GENDERS.map((g) => (
                              <option key={g} value={g}>
                                {m.gender[g]}
                              </option>
                            ))}
                          </select>
                        )}
                      </Field>
                      <Field
                        id={`${id}-new-${row.key}-dep`}
                        label={m.register.department}
                        error={errors[`newParticipants.${index}.departmentId`]}
                      >
                        {(describedBy) => (
                          <select
                            id={`${id}-new-${row.key}-dep`}
                            className="form-select"
                            value={row.departmentId}
                            aria-describedby={describedBy}
                            onChange={(e) =>
                              setNewRows((rows) =>
                                rows.map((r) =>
                                  r.key === row.key ? { ...r, departmentId: e.target.value } : r,
                                ),
                              )
                            }
                          >
                            <option value="">{m.notStated}</option>
                            {plan.departments.map((d) => (
                              <option key={d.id} value={d.id}>
                                {d.name}
                              </option>
                            ))}
                          </select>
                        )}
                      </Field>
                      <button
                        type="button"
                        className="button button-tertiary new-participant-remove"
                        onClick={() => setNewRows((rows) => rows.filter((r) => r.key !== row.key))}
                      >
                        <Icon name="close" />
                        <span>{m.register.removeRow}</span>
                        <span className="sr-only"> {m.register.newRow(index + 1)}</span>
                      </button>
                    </div>
                  </fieldset>
                </li>
              ))}
            </ol>
            <button type="button" className="button button-secondary" onClick={addParticipant}>
              <Icon name="person-add" />
              {m.register.addParticipant}
            </button>
          </div>

          <details className="details" open={open.count !== ''}>
            <summary className="details-summary">{m.register.openEvent}</summary>
            <div className="details-text">
              <p className="form-hint">{m.register.openEventHint}</p>
              <div className="register-triple">
                <Field
                  id={`${id}-open-count`}
                  label={m.register.openCount}
                  error={errors['openCount.total'] ?? errors.openCount}
                >
                  {(describedBy) => (
                    <input
                      id={`${id}-open-count`}
                      className="form-input input-width-xs"
                      inputMode="numeric"
                      value={open.count}
                      aria-describedby={describedBy}
                      onChange={(e) => setOpen({ ...open, count: e.target.value })}
                    />
                  )}
                </Field>
                <Field
                  id={`${id}-open-female`}
                  label={m.register.openFemale}
                  error={errors['openCount.female'] ?? errors.openFemale}
                >
                  {(describedBy) => (
                    <input
                      id={`${id}-open-female`}
                      className="form-input input-width-xs"
                      inputMode="numeric"
                      value={open.female}
                      aria-describedby={describedBy}
                      onChange={(e) => setOpen({ ...open, female: e.target.value })}
                    />
                  )}
                </Field>
                <Field
                  id={`${id}-open-male`}
                  label={m.register.openMale}
                  error={errors['openCount.male'] ?? errors.openMale}
                >
                  {(describedBy) => (
                    <input
                      id={`${id}-open-male`}
                      className="form-input input-width-xs"
                      inputMode="numeric"
                      value={open.male}
                      aria-describedby={describedBy}
                      onChange={(e) => setOpen({ ...open, male: e.target.value })}
                    />
                  )}
                </Field>
              </div>
            </div>
          </details>
        </fieldset>

        <fieldset>
          <legend className="h3">{m.register.volunteers}</legend>
          {volunteerRows.length === 0 && <p className="form-hint">{m.register.volunteersHint}</p>}
          <ol className="new-participants nobullet-list no-max-width">
            {volunteerRows.map((row, index) => (
              <li key={row.key} className="new-participant">
                <fieldset>
                  <legend className="new-participant-legend">{m.register.volunteerRow(index + 1)}</legend>
                  <div className="new-participant-fields">
                    <Field
                      id={`${id}-vol-${row.key}-who`}
                      label={m.register.volunteer}
                      error={errors[`${volunteerPath(volunteerRows, index)}.volunteerId`]}
                    >
                      {(describedBy) => (
                        <select
                          id={`${id}-vol-${row.key}-who`}
                          className="form-select"
                          value={row.volunteerId}
                          aria-describedby={describedBy}
                          onChange={(e) =>
                            setVolunteerRows((rows) =>
                              rows.map((r) =>
                                r.key === row.key ? { ...r, volunteerId: e.target.value } : r,
                              ),
                            )
                          }
                        >
                          {volunteers.status === 'success' &&
                            volunteers.data
                              .filter((v) => v.active)
                              .map((v) => (
                                <option key={v.id} value={v.id}>
                                  {v.name ? `${v.code} – ${v.name}` : v.code}
                                </option>
                              ))}
                          <option value="">{m.register.newVolunteer}</option>
                        </select>
                      )}
                    </Field>
                    <Field
                      id={`${id}-vol-${row.key}-hours`}
                      label={m.register.hours}
                      error={errors[`${volunteerPath(volunteerRows, index)}.hours`]}
                    >
                      {(describedBy) => (
                        <input
                          id={`${id}-vol-${row.key}-hours`}
                          className="form-input input-width-xs"
                          inputMode="decimal"
                          value={row.hours}
                          aria-describedby={describedBy}
                          onChange={(e) =>
                            setVolunteerRows((rows) =>
                              rows.map((r) => (r.key === row.key ? { ...r, hours: e.target.value } : r)),
                            )
                          }
                        />
                      )}
                    </Field>
                    <button
                      type="button"
                      className="button button-tertiary new-participant-remove"
                      onClick={() => setVolunteerRows((rows) => rows.filter((r) => r.key !== row.key))}
                    >
                      <Icon name="close" />
                      <span>{m.register.removeRow}</span>
                      <span className="sr-only"> {m.register.volunteerRow(index + 1)}</span>
                    </button>
                  </div>
                </fieldset>
              </li>
            ))}
          </ol>
          <button type="button" className="button button-secondary" onClick={addVolunteer}>
            <Icon name="plus" />
            {m.register.addVolunteer}
          </button>
        </fieldset>

        <div className="register-submit">
          <button type="submit" className="button button-primary" disabled={saving} aria-disabled={saving}>
            {saving ? m.register.saving : m.register.save(total)}
          </button>
        </div>
      </form>
    </div>
  );
}

function SavedAlert({
  saved,
  plan,
  innerRef,
}: {
  saved: Saved;
  plan: PlanDetail;
  innerRef: React.RefObject<HTMLDivElement | null>;
}) {
  const m = useT().monitoring;
  return (
    <div ref={innerRef} className="alert alert-success register-saved" role="status" tabIndex={-1}>
      <Icon name="success" className="alert-icon" />
      <div className="alert-body">
        <p className="alert-heading">
          {m.register.savedHeading(saved.activity.name, formatDate(saved.session.date))}
        </p>
        <p className="alert-text">{m.register.savedCount(saved.attended)}</p>
        {saved.newCodes.length > 0 && (
          <>
            <p className="alert-text">{m.register.newCodes(saved.newCodes.length)}</p>
            <ul className="alert-text new-codes nobullet-list">
              {saved.newCodes.map((code) => (
                <li key={code}>
                  <strong>{code}</strong>
                </li>
              ))}
            </ul>
          </>
        )}
        {saved.newVolunteerCodes.length > 0 && (
          <p className="alert-text">{m.register.newVolunteerCodes(saved.newVolunteerCodes.join(', '))}</p>
        )}
        {saved.indicators && saved.indicators.length > 0 && (
          <div className="alert-text register-saved-progress">
            <p className="mb-2">
              <strong>{m.register.indicatorsNow}</strong>
            </p>
            {saved.indicators.map((p) => {
              const year = yearOf(p, saved.session.date);
              return (
                <ProgressBar
                  key={p.indicatorId}
                  label={year ? m.register.indicatorInYear(p.name, year.label) : p.name}
                  actual={year ? year.actual : p.total.actual}
                  target={year ? year.target : p.total.target}
                  unit={p.unit}
                  threshold={saved.threshold}
                  atLeast={p.atLeast}
                />
              );
            })}
          </div>
        )}
        <p className="alert-text">
          <Link to={`/planer/${plan.slug}/fremdrift`}>{m.register.seeProgress}</Link>
          {' · '}
          <Link to={`/planer/${plan.slug}/registreringer`}>{m.register.seeSessions}</Link>
        </p>
      </div>
    </div>
  );
}
