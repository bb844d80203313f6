import { type FormEvent, useId, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  BASIS_UNIT,
  ENROLMENT_OUTCOMES,
  INDICATOR_BASES,
  INDICATOR_UNITS,
  type IndicatorBasis,
} from '../../domain/monitoring/indicator-kinds';
import { monitoringYears } from '../../domain/monitoring/monitoring-period';
import type { PlanYear } from '../../domain/monitoring/plan-years';
import type { PlanDetail } from '../../server/plans/plan-detail.schema';
import { ApiProblem, getPlan } from '../api/api-client';
import { useSession } from '../auth/session';
import { useT } from '../i18n/i18n';
import { Breadcrumbs } from '../layout/breadcrumbs';
import { Icon } from '../layout/icon';
import { LoadState } from '../layout/load-state';
import { PageHeading } from '../layout/page-heading';
import { ScrollTable } from '../layout/scroll-table';
import { ErrorSummary, Field, fieldErrorsOf, numberOrNull, type SummaryField } from './form-errors';
import {
  type EnrolmentOutcome,
  type IndicatorDirection,
  type IndicatorInput,
  type IndicatorKind,
  type IndicatorOut,
  type IndicatorUnit,
  type MeasurementMethod,
  monitoringApi,
} from './monitoring-api';
import { useFigure } from './progress-bits';
import { useStaleApi } from './use-stale-api';

type Scope = 'activity' | 'focusArea' | 'plan';

interface Draft {
  name: string;
  description: string;
  scope: Scope;
  activityId: string;
  focusAreaId: string;
  kind: IndicatorKind;
  basis: IndicatorBasis;
  outcome: EnrolmentOutcome | '';
  unit: IndicatorUnit;
  measurement: MeasurementMethod;
  direction: IndicatorDirection;
  baseline: string;
  baselineNote: string;
  periodTarget: string;
  targets: Record<number, string>;
}

const needsOutcome = (basis: IndicatorBasis) => basis === 'enrolmentOutcome' || basis === 'outcomeShare';
const text = (n: number | null) => (n === null ? '' : String(n).replace('.', ','));

function emptyDraft(): Draft {
  return {
    name: '',
    description: '',
    scope: 'activity',
    activityId: '',
    focusAreaId: '',
    kind: 'output',
    basis: 'uniqueParticipants',
    outcome: '',
    unit: 'persons',
    measurement: 'registration',
    direction: 'increase',
    baseline: '',
    baselineNote: '',
    periodTarget: '',
    targets: {},
  };
}

function draftOf(i: IndicatorOut): Draft {
  return {
    name: i.name,
    description: i.description ?? '',
    scope: i.scope,
    activityId: i.activityId ?? '',
    focusAreaId: i.focusAreaId ?? '',
    kind: i.kind,
    basis: i.basis,
    outcome: i.outcome ?? '',
    unit: i.unit,
    measurement: i.measurement,
    direction: i.direction,
    baseline: text(i.baseline),
    baselineNote: i.baselineNote ?? '',
    periodTarget: text(i.periodTarget),
    targets: Object.fromEntries(i.targets.map((t) => [t.yearIndex, text(t.target)])),
  };
}

/** /planer/:slug/maal — "Mål og indikatorer": what the plan aims for, per activity and focus area. */
export function TargetsPage() {
  const { slug = '' } = useParams();
  const state = useStaleApi(`targets:${slug}`, async (signal) => {
    const plan = await getPlan(slug, signal);
    const indicators = await monitoringApi.indicators(plan.id, signal);
    return { plan, indicators };
  });
  return (
    <LoadState state={state}>
      {({ plan, indicators }) => <Targets plan={plan} indicators={indicators} reload={state.reload} />}
    </LoadState>
  );
}

function Targets({
  plan,
  indicators,
  reload,
}: {
  plan: PlanDetail;
  indicators: IndicatorOut[];
  reload(): void;
}) {
  const t = useT();
  const m = t.monitoring;
  const session = useSession();
  const canWrite = session.can('plan:write', { planId: plan.id, municipalityId: plan.municipality.id });
  const years = monitoringYears(plan) ?? [];
  const [editing, setEditing] = useState<IndicatorOut | 'new' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [measuring, setMeasuring] = useState<IndicatorOut | null>(null);
  const formRef = useRef<HTMLDivElement>(null);
  const activities = plan.focusAreas.flatMap((f) => f.activities);

  function startEditing(next: IndicatorOut | 'new') {
    setEditing(next);
    setMessage(null);
    setMeasuring(null);
    requestAnimationFrame(() => formRef.current?.scrollIntoView({ block: 'start' }));
  }

  async function remove(indicator: IndicatorOut) {
    if (!window.confirm(m.targets.confirmDelete(indicator.name))) return;
    try {
      await monitoringApi.deleteIndicator(indicator.id, session.csrfToken ?? '');
      setMessage(m.targets.deleted(indicator.name));
      reload();
    } catch (error) {
      setMessage(error instanceof ApiProblem && error.title ? error.title : t.problems.unexpected);
    }
  }

  const groups = plan.focusAreas
    .map((f) => ({
      focusArea: f,
      items: indicators.filter(
        (i) =>
          i.focusAreaId === f.id ||
          (i.activityId !== null && f.activities.some((a) => a.id === i.activityId)),
      ),
    }))
    .filter((g) => g.items.length > 0);
  const planWide = indicators.filter((i) => i.scope === 'plan');

  return (
    <>
      <Breadcrumbs items={[{ label: plan.name, to: `/planer/${plan.slug}` }, { label: m.targets.title }]} />
      <PageHeading title={`${m.targets.title} – ${plan.name}`}>{m.targets.title}</PageHeading>
      <p className="font-lead">{m.targets.intro}</p>
      {years.length === 0 ? (
        <div className="alert alert-warning" role="note">
          <div className="alert-body">
            <p className="alert-text">{m.periodUnknown}</p>
          </div>
        </div>
      ) : (
        <p className="form-hint">{m.targets.years(years.map((y) => y.label).join(', '))}</p>
      )}
      <p>
        <Link to={`/planer/${plan.slug}/fremdrift`}>{m.progress.link}</Link>
      </p>
      {message && (
        <div className="alert alert-success" role="status">
          <Icon name="success" className="alert-icon" />
          <div className="alert-body">
            <p className="alert-heading">{message}</p>
          </div>
        </div>
      )}

      {indicators.length === 0 && <p>{m.targets.none}</p>}
      {[
        ...groups.map((g) => ({ key: g.focusArea.id, title: g.focusArea.name, items: g.items })),
        ...(planWide.length > 0 ? [{ key: 'plan', title: m.targets.wholePlan, items: planWide }] : []),
      ].map((group) => (
        <section key={group.key} aria-labelledby={`maal-${group.key}`} className="targets-group">
          <h2 id={`maal-${group.key}`} className="h3">
            {group.title}
          </h2>
          <IndicatorTable
            items={group.items}
            years={years}
            activities={activities}
            canWrite={canWrite}
            onEdit={startEditing}
            onDelete={remove}
            onMeasure={(i) => {
              setMeasuring(i);
              setEditing(null);
              requestAnimationFrame(() => formRef.current?.scrollIntoView({ block: 'start' }));
            }}
            caption={m.targets.caption(group.title)}
          />
        </section>
      ))}

      {canWrite && years.length > 0 && (
        <div ref={formRef} className="targets-form-area">
          {editing === null && measuring === null && (
            <button type="button" className="button button-primary" onClick={() => startEditing('new')}>
              <Icon name="plus" />
              {m.targets.add}
            </button>
          )}
          {editing !== null && (
            <IndicatorForm
              key={editing === 'new' ? 'new' : editing.id}
              plan={plan}
              years={years}
              indicator={editing === 'new' ? null : editing}
              onCancel={() => setEditing(null)}
              onSaved={(saved, created) => {
                setEditing(null);
                setMessage(created ? m.targets.created(saved.name) : m.targets.updated(saved.name));
                reload();
              }}
            />
          )}
          {measuring !== null && (
            <MeasurementsForm
              indicator={measuring}
              years={years}
              onCancel={() => setMeasuring(null)}
              onSaved={() => {
                setMessage(m.targets.measured(measuring.name));
                setMeasuring(null);
                reload();
              }}
            />
          )}
        </div>
      )}
    </>
  );
}

function IndicatorTable({
  items,
  years,
  activities,
  canWrite,
  onEdit,
  onDelete,
  onMeasure,
  caption,
}: {
  items: IndicatorOut[];
  years: PlanYear[];
  activities: { id: string; name: string }[];
  canWrite: boolean;
  onEdit(i: IndicatorOut): void;
  onDelete(i: IndicatorOut): void;
  onMeasure(i: IndicatorOut): void;
  caption: string;
}) {
  const m = useT().monitoring;
  const figure = useFigure();
  return (
    <ScrollTable label={caption}>
      <table className="table table--compact targets-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.targets.colIndicator}</th>
            {years.map((y) => (
              <th scope="col" key={y.index} className="amount-cell">
                {y.label}
              </th>
            ))}
            <th scope="col" className="amount-cell">
              {m.targets.colPeriod}
            </th>
            {canWrite && (
              <th scope="col">
                <span className="sr-only">{m.targets.colActions}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id}>
              <th scope="row" className="row-label">
                {i.name}
                <span className="line-hint">
                  {[
                    i.activityId ? activities.find((a) => a.id === i.activityId)?.name : null,
                    m.kind[i.kind],
                    m.basis[i.basis],
                    i.outcome ? m.outcome[i.outcome] : null,
                    i.measurement !== 'registration' ? m.measurement[i.measurement] : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </th>
              {years.map((y) => {
                const target = i.targets.find((x) => x.yearIndex === y.index)?.target ?? null;
                return (
                  <td key={y.index} className="amount-cell amount nowrap">
                    {target === null ? '–' : figure(target, i.unit, 0)}
                  </td>
                );
              })}
              <td className="amount-cell amount nowrap">
                {i.periodTarget !== null ? (
                  figure(i.periodTarget, i.unit, 0)
                ) : i.unit !== 'share' && i.targets.length > 0 ? (
                  <>
                    {figure(
                      i.targets.reduce((sum, x) => sum + x.target, 0),
                      i.unit,
                      0,
                    )}
                    <span className="line-hint">{m.targets.sumOfYears}</span>
                  </>
                ) : (
                  '–'
                )}
              </td>
              {canWrite && (
                <td className="nowrap targets-actions">
                  <button type="button" className="button button-tertiary" onClick={() => onEdit(i)}>
                    {m.targets.edit}
                    <span className="sr-only"> {i.name}</span>
                  </button>
                  {i.measurement !== 'registration' && (
                    <button type="button" className="button button-tertiary" onClick={() => onMeasure(i)}>
                      {m.targets.enterValues}
                      <span className="sr-only"> {i.name}</span>
                    </button>
                  )}
                  <button type="button" className="button button-tertiary" onClick={() => onDelete(i)}>
                    {m.targets.delete}
                    <span className="sr-only"> {i.name}</span>
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

function IndicatorForm({
  plan,
  years,
  indicator,
  onCancel,
  onSaved,
}: {
  plan: PlanDetail;
  years: PlanYear[];
  indicator: IndicatorOut | null;
  onCancel(): void;
  onSaved(saved: IndicatorOut, created: boolean): void;
}) {
  const m = useT().monitoring;
  const id = useId();
  const session = useSession();
  const [draft, setDraft] = useState<Draft>(() => (indicator ? draftOf(indicator) : emptyDraft()));
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [saving, setSaving] = useState(false);
  const errors = fieldErrorsOf(problem);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const manual = draft.basis === 'manual';
  const unit = manual ? draft.unit : BASIS_UNIT[draft.basis as Exclude<IndicatorBasis, 'manual'>];

  function chooseBasis(basis: IndicatorBasis) {
    set({
      basis,
      measurement:
        basis === 'manual'
          ? draft.measurement === 'registration'
            ? 'survey'
            : draft.measurement
          : 'registration',
      outcome: needsOutcome(basis) ? draft.outcome || 'startedEducation' : '',
      kind: basis === 'outcomeShare' || basis === 'enrolmentOutcome' ? 'outcome' : draft.kind,
    });
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    const local: { field: string; message: string }[] = [];
    if (!draft.name.trim()) local.push({ field: 'name', message: m.form.required });
    if (draft.scope === 'activity' && !draft.activityId)
      local.push({ field: 'activityId', message: m.form.required });
    if (draft.scope === 'focusArea' && !draft.focusAreaId)
      local.push({ field: 'focusAreaId', message: m.form.required });
    const num = (field: string, value: string) => {
      const n = numberOrNull(value);
      if (n !== null && Number.isNaN(n)) local.push({ field, message: m.form.number });
      return n;
    };
    const baseline = num('baseline', draft.baseline);
    const periodTarget = num('periodTarget', draft.periodTarget);
    const targets = years.flatMap((y, index) => {
      const n = num(`targets.${index}.target`, draft.targets[y.index] ?? '');
      return n === null || Number.isNaN(n) ? [] : [{ yearIndex: y.index, target: n }];
    });
    if (local.length > 0) {
      setProblem(new ApiProblem('problem', 400, m.form.checkFields, 'VALIDATION_FAILED', null, local));
      return;
    }
    const body: IndicatorInput = {
      name: draft.name.trim(),
      description: draft.description.trim() || null,
      activityId: draft.scope === 'activity' ? draft.activityId : null,
      focusAreaId: draft.scope === 'focusArea' ? draft.focusAreaId : null,
      kind: draft.kind,
      ...(manual ? { unit: draft.unit } : {}),
      direction: draft.direction,
      basis: draft.basis,
      outcome: needsOutcome(draft.basis) && draft.outcome ? draft.outcome : null,
      measurement: manual ? draft.measurement : 'registration',
      baseline,
      baselineNote: draft.baselineNote.trim() || null,
      periodTarget,
      targets,
    };
    setSaving(true);
    try {
      const saved = indicator
        ? await monitoringApi.updateIndicator(indicator.id, body, session.csrfToken ?? '')
        : await monitoringApi.createIndicator(plan.id, body, session.csrfToken ?? '');
      if (!saved) throw new ApiProblem('unexpected', 0, null);
      onSaved(saved, indicator === null);
    } catch (error) {
      setProblem(error instanceof ApiProblem ? error : new ApiProblem('unexpected', 0, null));
    } finally {
      setSaving(false);
    }
  }

  // The API names a yearly target by its position in the list sent; the form's inputs by plan year.
  const sentTargets = years.filter((y) => (draft.targets[y.index] ?? '').trim() !== '');
  const summary: SummaryField[] = [
    { field: 'name', id: `${id}-name`, label: m.targets.name },
    { field: 'activityId', id: `${id}-activity`, label: m.targets.activity },
    { field: 'focusAreaId', id: `${id}-focus`, label: m.targets.focusArea },
    { field: 'kind', id: `${id}-kind-output`, label: m.targets.kind },
    { field: 'basis', id: `${id}-basis`, label: m.targets.basis },
    { field: 'outcome', id: `${id}-outcome`, label: m.targets.outcome },
    { field: 'unit', id: `${id}-unit`, label: m.targets.unit },
    { field: 'measurement', id: `${id}-measurement`, label: m.targets.measurement },
    { field: 'baseline', id: `${id}-baseline`, label: m.targets.baseline },
    { field: 'periodTarget', id: `${id}-period`, label: m.targets.periodTarget },
    ...years.map((y, index) => ({
      field: `targets.${index}.target`,
      id: `${id}-target-${y.index}`,
      label: m.targets.targetFor(y.label),
    })),
    ...sentTargets.map((y, index) => ({
      field: `targets.${index}`,
      id: `${id}-target-${y.index}`,
      label: m.targets.targetFor(y.label),
    })),
  ];
  const targetError = (y: PlanYear, index: number) => {
    const sent = sentTargets.findIndex((s) => s.index === y.index);
    return (
      errors[`targets.${index}.target`] ??
      (sent >= 0 ? (errors[`targets.${sent}.target`] ?? errors[`targets.${sent}`]) : undefined)
    );
  };

  return (
    <form className="indicator-form" onSubmit={save} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{indicator ? m.targets.editTitle(indicator.name) : m.targets.addTitle}</h2>
      {problem && <ErrorSummary key={problem.title ?? ''} problem={problem} fields={summary} />}
      <Field id={`${id}-name`} label={m.targets.name} hint={m.targets.nameHint} error={errors.name}>
        {(describedBy) => (
          <input
            id={`${id}-name`}
            className="form-input register-wide"
            value={draft.name}
            maxLength={300}
            aria-describedby={describedBy}
            onChange={(e) => set({ name: e.target.value })}
          />
        )}
      </Field>

      <fieldset className="form-group">
        <legend className="form-label">{m.targets.scope}</legend>
        {(['activity', 'focusArea', 'plan'] as const).map((s) => (
          <div className="form-group-radio" key={s}>
            <input
              type="radio"
              className="form-radio"
              id={`${id}-scope-${s}`}
              name={`${id}-scope`}
              checked={draft.scope === s}
              onChange={() => set({ scope: s })}
            />
            <label htmlFor={`${id}-scope-${s}`}>{m.targets.scopeOption[s]}</label>
          </div>
        ))}
      </fieldset>
      {draft.scope === 'activity' && (
        <Field id={`${id}-activity`} label={m.targets.activity} error={errors.activityId}>
          {(describedBy) => (
            <select
              id={`${id}-activity`}
              className="form-select register-wide"
              value={draft.activityId}
              aria-describedby={describedBy}
              onChange={(e) => set({ activityId: e.target.value })}
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
      )}
      {draft.scope === 'focusArea' && (
        <Field id={`${id}-focus`} label={m.targets.focusArea} error={errors.focusAreaId}>
          {(describedBy) => (
            <select
              id={`${id}-focus`}
              className="form-select register-wide"
              value={draft.focusAreaId}
              aria-describedby={describedBy}
              onChange={(e) => set({ focusAreaId: e.target.value })}
            >
              <option value="">{m.targets.chooseFocusArea}</option>
              {plan.focusAreas.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}

      <Field id={`${id}-basis`} label={m.targets.basis} hint={m.basisHelp[draft.basis]} error={errors.basis}>
        {(describedBy) => (
          <select
            id={`${id}-basis`}
            className="form-select register-wide"
            value={draft.basis}
            aria-describedby={describedBy}
            onChange={(e) => chooseBasis(e.target.value as IndicatorBasis)}
          >
            {INDICATOR_BASES.map((b) => (
              <option key={b} value={b}>
                {m.basis[b]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {needsOutcome(draft.basis) && (
        <Field id={`${id}-outcome`} label={m.targets.outcome} error={errors.outcome}>
          {(describedBy) => (
            <select
              id={`${id}-outcome`}
              className="form-select"
              value={draft.outcome}
              aria-describedby={describedBy}
              onChange={(e) => set({ outcome: e.target.value as EnrolmentOutcome })}
            >
              {ENROLMENT_OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {m.outcome[o]}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {manual && (
        <div className="register-pair">
          <Field id={`${id}-measurement`} label={m.targets.measurement} error={errors.measurement}>
            {(describedBy) => (
              <select
                id={`${id}-measurement`}
                className="form-select"
                value={draft.measurement}
                aria-describedby={describedBy}
                onChange={(e) => set({ measurement: e.target.value as MeasurementMethod })}
              >
                <option value="survey">{m.measurement.survey}</option>
                <option value="statistics">{m.measurement.statistics}</option>
              </select>
            )}
          </Field>
          <Field id={`${id}-unit`} label={m.targets.unit} error={errors.unit}>
            {(describedBy) => (
              <select
                id={`${id}-unit`}
                className="form-select"
                value={draft.unit}
                aria-describedby={describedBy}
                onChange={(e) => set({ unit: e.target.value as IndicatorUnit })}
              >
                {INDICATOR_UNITS.map((u) => (
                  <option key={u} value={u}>
                    {m.unit[u]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      )}

      <div className="register-pair">
        <fieldset className="form-group">
          <legend className="form-label">{m.targets.kind}</legend>
          <span className="form-hint">{m.targets.kindHint}</span>
          {(['output', 'outcome'] as const).map((k) => (
            <div className="form-group-radio" key={k}>
              <input
                type="radio"
                className="form-radio"
                id={`${id}-kind-${k}`}
                name={`${id}-kind`}
                checked={draft.kind === k}
                onChange={() => set({ kind: k })}
              />
              <label htmlFor={`${id}-kind-${k}`}>{m.kind[k]}</label>
            </div>
          ))}
        </fieldset>
        <fieldset className="form-group">
          <legend className="form-label">{m.targets.direction}</legend>
          {(['increase', 'decrease'] as const).map((d) => (
            <div className="form-group-radio" key={d}>
              <input
                type="radio"
                className="form-radio"
                id={`${id}-dir-${d}`}
                name={`${id}-dir`}
                checked={draft.direction === d}
                onChange={() => set({ direction: d })}
              />
              <label htmlFor={`${id}-dir-${d}`}>{m.direction[d]}</label>
            </div>
          ))}
        </fieldset>
      </div>

      <fieldset className="form-group targets-years">
        <legend className="form-label">{m.targets.targetsLegend(m.unit[unit] ?? unit)}</legend>
        <span className="form-hint">{m.targets.targetsHint}</span>
        <div className="targets-year-grid">
          {years.map((y, index) => (
            <Field
              key={y.index}
              id={`${id}-target-${y.index}`}
              label={m.targets.targetFor(y.label)}
              error={targetError(y, index)}
            >
              {(describedBy) => (
                <input
                  id={`${id}-target-${y.index}`}
                  className="form-input input-width-xs"
                  inputMode="decimal"
                  value={draft.targets[y.index] ?? ''}
                  aria-describedby={describedBy}
                  onChange={(e) => set({ targets: { ...draft.targets, [y.index]: e.target.value } })}
                />
              )}
            </Field>
          ))}
          <Field
            id={`${id}-period`}
            label={m.targets.periodTarget}
            hint={m.targets.periodTargetHint}
            error={errors.periodTarget}
          >
            {(describedBy) => (
              <input
                id={`${id}-period`}
                className="form-input input-width-xs"
                inputMode="decimal"
                value={draft.periodTarget}
                aria-describedby={describedBy}
                onChange={(e) => set({ periodTarget: e.target.value })}
              />
            )}
          </Field>
        </div>
      </fieldset>

      <div className="register-pair">
        <Field
          id={`${id}-baseline`}
          label={m.targets.baseline}
          hint={m.targets.baselineHint}
          error={errors.baseline}
        >
          {(describedBy) => (
            <input
              id={`${id}-baseline`}
              className="form-input input-width-xs"
              inputMode="decimal"
              value={draft.baseline}
              aria-describedby={describedBy}
              onChange={(e) => set({ baseline: e.target.value })}
            />
          )}
        </Field>
        <Field
          id={`${id}-baseline-note`}
          label={m.targets.baselineNote}
          hint={m.targets.baselineNoteHint}
          error={errors.baselineNote}
        >
          {(describedBy) => (
            <input
              id={`${id}-baseline-note`}
              className="form-input"
              value={draft.baselineNote}
              maxLength={1000}
              aria-describedby={describedBy}
              onChange={(e) => set({ baselineNote: e.target.value })}
            />
          )}
        </Field>
      </div>
      <Field
        id={`${id}-description`}
        label={m.targets.description}
        hint={m.targets.descriptionHint}
        error={errors.description}
      >
        {(describedBy) => (
          <textarea
            id={`${id}-description`}
            className="form-input register-wide"
            rows={3}
            value={draft.description}
            aria-describedby={describedBy}
            onChange={(e) => set({ description: e.target.value })}
          />
        )}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {indicator ? m.targets.saveChanges : m.targets.saveNew}
        </button>{' '}
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {m.form.cancel}
        </button>
      </div>
    </form>
  );
}

/** Yearly values of a survey or statistics indicator. */
function MeasurementsForm({
  indicator,
  years,
  onCancel,
  onSaved,
}: {
  indicator: IndicatorOut;
  years: PlanYear[];
  onCancel(): void;
  onSaved(): void;
}) {
  const m = useT().monitoring;
  const id = useId();
  const session = useSession();
  const [values, setValues] = useState<Record<number, string>>(() =>
    Object.fromEntries(indicator.measurements.map((x) => [x.yearIndex, text(x.value)])),
  );
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const errors = fieldErrorsOf(problem);

  async function save(event: FormEvent) {
    event.preventDefault();
    const measurements = years.flatMap((y) => {
      const n = numberOrNull(values[y.index] ?? '');
      return n === null ? [] : [{ yearIndex: y.index, value: n }];
    });
    if (measurements.some((x) => Number.isNaN(x.value))) {
      setProblem(new ApiProblem('problem', 400, m.form.number, 'VALIDATION_FAILED'));
      return;
    }
    try {
      await monitoringApi.putMeasurements(indicator.id, measurements, session.csrfToken ?? '');
      onSaved();
    } catch (error) {
      setProblem(error instanceof ApiProblem ? error : new ApiProblem('unexpected', 0, null));
    }
  }

  return (
    <form className="indicator-form" onSubmit={save} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{m.targets.valuesTitle(indicator.name)}</h2>
      <p className="form-hint">
        {m.targets.valuesHint(m.measurement[indicator.measurement] ?? indicator.measurement)}
      </p>
      {problem && <ErrorSummary problem={problem} fields={[]} />}
      <div className="targets-year-grid">
        {years.map((y, index) => (
          <Field
            key={y.index}
            id={`${id}-value-${y.index}`}
            label={m.targets.valueFor(y.label)}
            error={errors[`measurements.${index}.value`]}
          >
            {(describedBy) => (
              <input
                id={`${id}-value-${y.index}`}
                className="form-input input-width-xs"
                inputMode="decimal"
                value={values[y.index] ?? ''}
                aria-describedby={describedBy}
                onChange={(e) => setValues({ ...values, [y.index]: e.target.value })}
              />
            )}
          </Field>
        ))}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {m.targets.saveValues}
        </button>{' '}
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {m.form.cancel}
        </button>
      </div>
    </form>
  );
}
