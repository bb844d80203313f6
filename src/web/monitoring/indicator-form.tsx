import { type FormEvent, useId, useState } from 'react';
import {
  BASIS_UNIT,
  INDICATOR_BASES,
  INDICATOR_UNITS,
  type IndicatorBasis,
} from '../../domain/monitoring/indicator-kinds';
import type { PlanYear } from '../../domain/monitoring/plan-years';
import type { PlanDetail } from '../../server/plans/plan-detail.schema';
import { ApiProblem } from '../api/api-client';
import { useSession } from '../auth/session';
import { useT } from '../i18n/i18n';
import {
  asProblem,
  ErrorSummary,
  Field,
  fieldErrorsOf,
  numberOrNull,
  type SummaryField,
  validationProblem,
} from './form-errors';
import {
  ActivityOptions,
  FormActions,
  InputField,
  outcomeChoices,
  RadioGroup,
  SelectField,
} from './form-fields';
import { type Draft, draftOf, emptyDraft, needsOutcome, withBasis } from './indicator-draft';
import { type IndicatorInput, type IndicatorOut, monitoringApi } from './monitoring-api';

/** Add or change an indicator: what it counts, where, and its target per plan year. */
export function IndicatorForm({
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
      setProblem(validationProblem(m.form.checkFields, local));
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
      setProblem(asProblem(error));
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
  // Figures are typed as text ("12,5"): a narrow input with the decimal keypad on a phone.
  const figureInput = { className: 'form-input input-width-xs', inputMode: 'decimal' } as const;

  return (
    <form className="indicator-form" onSubmit={save} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{indicator ? m.targets.editTitle(indicator.name) : m.targets.addTitle}</h2>
      {problem && <ErrorSummary key={problem.title ?? ''} problem={problem} fields={summary} />}
      <InputField
        id={`${id}-name`}
        label={m.targets.name}
        hint={m.targets.nameHint}
        error={errors.name}
        className="form-input register-wide"
        value={draft.name}
        maxLength={300}
        onChange={(name) => set({ name })}
      />

      <RadioGroup
        id={`${id}-scope`}
        legend={m.targets.scope}
        value={draft.scope}
        onChange={(scope) => set({ scope })}
        choices={(['activity', 'focusArea', 'plan'] as const).map((s) => ({
          value: s,
          label: m.targets.scopeOption[s] ?? s,
        }))}
      />
      {draft.scope === 'activity' && (
        <SelectField
          id={`${id}-activity`}
          label={m.targets.activity}
          error={errors.activityId}
          className="form-select register-wide"
          value={draft.activityId}
          onChange={(activityId) => set({ activityId })}
          empty={m.register.chooseActivity}
        >
          <ActivityOptions plan={plan} />
        </SelectField>
      )}
      {draft.scope === 'focusArea' && (
        <SelectField
          id={`${id}-focus`}
          label={m.targets.focusArea}
          error={errors.focusAreaId}
          className="form-select register-wide"
          value={draft.focusAreaId}
          onChange={(focusAreaId) => set({ focusAreaId })}
          empty={m.targets.chooseFocusArea}
          choices={plan.focusAreas.map((f) => ({ value: f.id, label: f.name }))}
        />
      )}

      <SelectField
        id={`${id}-basis`}
        label={m.targets.basis}
        hint={m.basisHelp[draft.basis]}
        error={errors.basis}
        className="form-select register-wide"
        value={draft.basis}
        onChange={(basis) => set(withBasis(draft, basis))}
        choices={INDICATOR_BASES.map((b) => ({ value: b, label: m.basis[b] ?? b }))}
      />
      {needsOutcome(draft.basis) && (
        <SelectField
          id={`${id}-outcome`}
          label={m.targets.outcome}
          error={errors.outcome}
          value={draft.outcome}
          onChange={(outcome) => set({ outcome })}
          choices={outcomeChoices(m)}
        />
      )}
      {manual && (
        <div className="register-pair">
          <SelectField
            id={`${id}-measurement`}
            label={m.targets.measurement}
            error={errors.measurement}
            value={draft.measurement}
            onChange={(measurement) => set({ measurement })}
            choices={(['survey', 'statistics'] as const).map((x) => ({
              value: x,
              label: m.measurement[x] ?? x,
            }))}
          />
          <SelectField
            id={`${id}-unit`}
            label={m.targets.unit}
            error={errors.unit}
            value={draft.unit}
            onChange={(u) => set({ unit: u })}
            choices={INDICATOR_UNITS.map((u) => ({ value: u, label: m.unit[u] ?? u }))}
          />
        </div>
      )}

      <div className="register-pair">
        <RadioGroup
          id={`${id}-kind`}
          legend={m.targets.kind}
          hint={m.targets.kindHint}
          value={draft.kind}
          onChange={(kind) => set({ kind })}
          choices={(['output', 'outcome'] as const).map((k) => ({ value: k, label: m.kind[k] ?? k }))}
        />
        <RadioGroup
          id={`${id}-dir`}
          legend={m.targets.direction}
          value={draft.direction}
          onChange={(direction) => set({ direction })}
          choices={(['increase', 'decrease'] as const).map((d) => ({ value: d, label: m.direction[d] ?? d }))}
        />
      </div>

      <fieldset className="form-group targets-years">
        <legend className="form-label">{m.targets.targetsLegend(m.unit[unit] ?? unit)}</legend>
        <span className="form-hint">{m.targets.targetsHint}</span>
        <div className="targets-year-grid">
          {years.map((y, index) => (
            <InputField
              key={y.index}
              id={`${id}-target-${y.index}`}
              label={m.targets.targetFor(y.label)}
              error={targetError(y, index)}
              {...figureInput}
              value={draft.targets[y.index] ?? ''}
              onChange={(value) => set({ targets: { ...draft.targets, [y.index]: value } })}
            />
          ))}
          <InputField
            id={`${id}-period`}
            label={m.targets.periodTarget}
            hint={m.targets.periodTargetHint}
            error={errors.periodTarget}
            {...figureInput}
            value={draft.periodTarget}
            onChange={(periodTarget) => set({ periodTarget })}
          />
        </div>
      </fieldset>

      <div className="register-pair">
        <InputField
          id={`${id}-baseline`}
          label={m.targets.baseline}
          hint={m.targets.baselineHint}
          error={errors.baseline}
          {...figureInput}
          value={draft.baseline}
          onChange={(baseline) => set({ baseline })}
        />
        <InputField
          id={`${id}-baseline-note`}
          label={m.targets.baselineNote}
          hint={m.targets.baselineNoteHint}
          error={errors.baselineNote}
          value={draft.baselineNote}
          maxLength={1000}
          onChange={(baselineNote) => set({ baselineNote })}
        />
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
      <FormActions
        submit={indicator ? m.targets.saveChanges : m.targets.saveNew}
        onCancel={onCancel}
        disabled={saving}
      />
    </form>
  );
}
