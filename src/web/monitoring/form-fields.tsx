import type { InputHTMLAttributes, ReactNode } from 'react';
import { ENROLMENT_OUTCOMES, type EnrolmentOutcome } from '../../domain/monitoring/indicator-kinds';
import { AGE_BANDS, type AgeBand, GENDERS, type Gender } from '../../domain/participants/participant';
import type { PlanDetail } from '../../server/plans/plan-detail.schema';
import type { Messages } from '../i18n/da';
import { useT } from '../i18n/i18n';
import { Field } from './form-errors';

/** What every field shows around its control: label, hint and the API's error. */
interface FieldFrame {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
}

type InputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'value' | 'onChange' | 'aria-describedby'
>;

/** A text, number or date input in a Field; `onChange` gets the new text. */
export function InputField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  className = 'form-input',
  ...input
}: FieldFrame & InputProps & { value: string; onChange(value: string): void }) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <input
          id={id}
          className={className}
          value={value}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
          {...input}
        />
      )}
    </Field>
  );
}

export interface Choice<V extends string = string> {
  value: V;
  label: string;
}

/**
 * A select in a Field. `empty` is a first option with the value '' ("Ikke oplyst", "Alle …");
 * `children` come after the choices (the activities' optgroups).
 */
export function SelectField<V extends string>({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  empty,
  choices = [],
  className = 'form-select',
  disabled,
  children,
}: FieldFrame & {
  /** With `empty`, V includes '' (the value of that option). */
  value: V;
  // The options are the choices (and ''), so the value read back is one of them.
  onChange(value: V): void;
  empty?: string;
  choices?: readonly Choice<V>[];
  className?: string;
  disabled?: boolean;
  children?: ReactNode;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <select
          id={id}
          className={className}
          value={value}
          disabled={disabled}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value as V)}
        >
          {empty !== undefined && <option value="">{empty}</option>}
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
          {children}
        </select>
      )}
    </Field>
  );
}

/** A DKFDS radio group as a fieldset; the legend names it. */
export function RadioGroup<V extends string>({
  id,
  legend,
  hint,
  value,
  onChange,
  choices,
}: {
  id: string;
  legend: string;
  hint?: string;
  value: V;
  onChange(value: V): void;
  choices: readonly Choice<V>[];
}) {
  return (
    <fieldset className="form-group">
      <legend className="form-label">{legend}</legend>
      {hint && <span className="form-hint">{hint}</span>}
      {choices.map((c) => (
        <div className="form-group-radio" key={c.value}>
          <input
            type="radio"
            className="form-radio"
            id={`${id}-${c.value}`}
            name={id}
            checked={value === c.value}
            onChange={() => onChange(c.value)}
          />
          <label htmlFor={`${id}-${c.value}`}>{c.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** The plan's activities grouped by focus area, for a select; areas without activities are left out. */
export function ActivityOptions({ plan }: { plan: Pick<PlanDetail, 'focusAreas'> }) {
  return (
    <>
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
    </>
  );
}

type M = Messages['monitoring'];

export const ageBandChoices = (m: M): Choice<AgeBand>[] =>
  AGE_BANDS.map((b) => ({ value: b, label: m.ageBandLabel(b) }));

export const genderChoices = (m: M): Choice<Gender>[] =>
  GENDERS.map((g) => ({ value: g, label: m.gender[g] ?? g }));

export const outcomeChoices = (m: M): Choice<EnrolmentOutcome>[] =>
  ENROLMENT_OUTCOMES.map((o) => ({ value: o, label: m.outcome[o] ?? o }));

export const departmentChoices = (plan: Pick<PlanDetail, 'departments'>): Choice[] =>
  plan.departments.map((d) => ({ value: d.id, label: d.name }));

/** "18–24 år · Pige/kvinde · Ladegårdsparken": what is known of a pseudonymous participant. */
export function participantDetails(
  m: M,
  p: { ageBand: AgeBand | null; gender: Gender | null },
  department?: string,
): string {
  return [
    p.ageBand ? m.ageBandLabel(p.ageBand) : null,
    p.gender ? m.gender[p.gender] : null,
    department || null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Save and cancel under a form. */
export function FormActions({
  submit,
  onCancel,
  disabled,
}: {
  submit: string;
  onCancel(): void;
  disabled?: boolean;
}) {
  const m = useT().monitoring;
  return (
    <div className="form-actions">
      <button type="submit" className="button button-primary" disabled={disabled}>
        {submit}
      </button>{' '}
      <button type="button" className="button button-secondary" onClick={onCancel}>
        {m.form.cancel}
      </button>
    </div>
  );
}
