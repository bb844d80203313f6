import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { PlanDetail } from '../../server/plans/plan-detail.schema';
import { ApiProblem } from '../api/api-client';
import { useApi } from '../api/use-api';
import { useSession } from '../auth/session';
import { useT } from '../i18n/i18n';
import {
  asProblem,
  ErrorSummary,
  fieldErrorsOf,
  numberOrNull,
  type SummaryField,
  validationProblem,
} from './form-errors';
import {
  type IndicatorProgressOut,
  monitoringApi,
  type RegularOut,
  type SessionInput,
  todayIso,
  type VolunteerOut,
} from './monitoring-api';
import { NewParticipantsSection } from './new-participants-section';
import { OpenCountSection } from './open-count-section';
import { PlanLoadState, PlanPageHeading, usePlanCan } from './plan-page';
import {
  type NewRow,
  newKey,
  noOpenCount,
  type OpenCount,
  rememberActivity,
  rememberedActivity,
  type Saved,
  type SessionDetails,
  type VolunteerRow,
  volunteerPath,
} from './register-form-state';
import { relevantIndicators } from './relevant-indicators';
import { SavedAlert } from './saved-alert';
import { VolunteerHoursSection } from './volunteer-hours-section';
import { WhatWhenSection } from './what-when-section';
import { WhoCameSection } from './who-came-section';

/** A row's fields in the error summary: [API field, input id suffix, label] under the row's path and id. */
function rowFields(
  path: string,
  idPrefix: string,
  rowLabel: (label: string) => string,
  fields: readonly (readonly [string, string, string])[],
): SummaryField[] {
  return fields.map(([field, suffix, label]) => ({
    field: `${path}.${field}`,
    id: `${idPrefix}-${suffix}`,
    label: rowLabel(label),
  }));
}

/** /planer/:slug/registrer — "Registrér aktivitet": one session, its people and hours, one button. */
export function RegisterPage() {
  return <PlanLoadState name="register">{(plan) => <RegisterForm plan={plan} />}</PlanLoadState>;
}

function RegisterForm({ plan }: { plan: PlanDetail }) {
  const t = useT();
  const m = t.monitoring;
  const id = useId();
  const session = useSession();
  const canWrite = usePlanCan(plan)('personalData:write');
  const [params] = useSearchParams();
  const activities = plan.focusAreas.flatMap((f) => f.activities);
  const [details, setDetails] = useState<SessionDetails>(() => {
    const wanted = params.get('aktivitet') ?? rememberedActivity(plan.id);
    return {
      activityId: activities.some((a) => a.id === wanted) ? wanted : '',
      date: todayIso(),
      departmentId: plan.departments.length === 1 ? (plan.departments[0]?.id ?? '') : '',
      place: '',
      staffIds: [],
    };
  });
  const { activityId, date, departmentId, place, staffIds } = details;
  const activity = activities.find((a) => a.id === activityId);
  const [regularIds, setRegularIds] = useState<string[]>([]);
  const [newRows, setNewRows] = useState<NewRow[]>([]);
  const [open, setOpen] = useState<OpenCount>(noOpenCount);
  const [volunteerRows, setVolunteerRows] = useState<VolunteerRow[]>([]);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<Saved | null>(null);
  const savedRef = useRef<HTMLDivElement>(null);
  const focusRow = useRef<string | null>(null);

  // Keyed by the last saved session too: after a save the new participants are regulars.
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

  if (!canWrite) {
    return (
      <>
        <PlanPageHeading plan={plan} title={m.register.title} />
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
    setDetails((d) => ({ ...d, activityId: next }));
    // Another activity has other regulars.
    setRegularIds([]);
    if (next) rememberActivity(plan.id, next);
  }

  function addParticipant() {
    const key = newKey();
    const previous = newRows.at(-1);
    // A new row starts in the afdeling of the row above (else the session's): a group from one
    // afdeling is then quick to enter.
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
    return local.length > 0 ? validationProblem(m.form.checkFields, local) : null;
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
      setOpen(noOpenCount);
      setVolunteerRows([]);
    } catch (error) {
      setProblem(asProblem(error));
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
    ...newRows.flatMap((r, i) =>
      rowFields(
        `newParticipants.${i}`,
        `${id}-new-${r.key}`,
        (label) => m.register.newRowLabel(i + 1, label),
        [
          ['ageBand', 'age', m.register.ageBand],
          ['gender', 'gender', m.register.gender],
          ['departmentId', 'dep', m.register.department],
        ],
      ),
    ),
    { field: 'openCount', id: `${id}-open-count`, label: m.register.openCount },
    { field: 'openCount.total', id: `${id}-open-count`, label: m.register.openCount },
    { field: 'openCount.female', id: `${id}-open-female`, label: m.register.openFemale },
    { field: 'openCount.male', id: `${id}-open-male`, label: m.register.openMale },
    ...volunteerRows.flatMap((r, i) =>
      rowFields(
        volunteerPath(volunteerRows, i),
        `${id}-vol-${r.key}`,
        (label) => m.register.volunteerRowLabel(i + 1, label),
        [
          ['volunteerId', 'who', m.register.volunteer],
          ['hours', 'hours', m.register.hours],
        ],
      ),
    ),
  ];

  const total = regularIds.length + newRows.length;

  return (
    <div className="register-page">
      <PlanPageHeading plan={plan} title={m.register.title} lead={m.register.intro} />

      {saved && <SavedAlert saved={saved} plan={plan} innerRef={savedRef} />}
      {problem && <ErrorSummary key={problem.title ?? ''} problem={problem} fields={summaryFields} />}

      <form className="register-form" onSubmit={save} noValidate>
        <WhatWhenSection
          id={id}
          plan={plan}
          errors={errors}
          details={details}
          onChange={(patch) => setDetails((d) => ({ ...d, ...patch }))}
          onActivity={chooseActivity}
        />
        <WhoCameSection
          id={id}
          errors={errors}
          hasActivity={activity !== undefined}
          regulars={regulars}
          regularIds={regularIds}
          onRegulars={setRegularIds}
          departmentName={departmentName}
        >
          <NewParticipantsSection
            id={id}
            plan={plan}
            errors={errors}
            rows={newRows}
            onRows={setNewRows}
            onAdd={addParticipant}
          />
          <OpenCountSection id={id} errors={errors} open={open} onChange={setOpen} />
        </WhoCameSection>
        <VolunteerHoursSection
          id={id}
          errors={errors}
          volunteers={volunteers}
          rows={volunteerRows}
          onRows={setVolunteerRows}
          onAdd={addVolunteer}
        />

        <div className="register-submit">
          <button type="submit" className="button button-primary" disabled={saving} aria-disabled={saving}>
            {saving ? m.register.saving : m.register.save(total)}
          </button>
        </div>
      </form>
    </div>
  );
}
