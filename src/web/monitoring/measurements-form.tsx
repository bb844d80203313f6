import { type FormEvent, useId, useState } from 'react';
import type { PlanYear } from '../../domain/monitoring/plan-years';
import type { ApiProblem } from '../api/api-client';
import { useSession } from '../auth/session';
import { useT } from '../i18n/i18n';
import { asProblem, ErrorSummary, fieldErrorsOf, numberOrNull, validationProblem } from './form-errors';
import { FormActions, InputField } from './form-fields';
import { numberText } from './indicator-draft';
import { type IndicatorOut, monitoringApi } from './monitoring-api';

/** Yearly values of a survey or statistics indicator. */
export function MeasurementsForm({
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
    Object.fromEntries(indicator.measurements.map((x) => [x.yearIndex, numberText(x.value)])),
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
      setProblem(validationProblem(m.form.number));
      return;
    }
    try {
      await monitoringApi.putMeasurements(indicator.id, measurements, session.csrfToken ?? '');
      onSaved();
    } catch (error) {
      setProblem(asProblem(error));
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
          <InputField
            key={y.index}
            id={`${id}-value-${y.index}`}
            label={m.targets.valueFor(y.label)}
            error={errors[`measurements.${index}.value`]}
            className="form-input input-width-xs"
            inputMode="decimal"
            value={values[y.index] ?? ''}
            onChange={(value) => setValues({ ...values, [y.index]: value })}
          />
        ))}
      </div>
      <FormActions submit={m.targets.saveValues} onCancel={onCancel} />
    </form>
  );
}
