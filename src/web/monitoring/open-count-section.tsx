import { useT } from '../i18n/i18n';
import { InputField } from './form-fields';
import type { OpenCount } from './register-form-state';

/** An open event's head count (no one registered by code), with girls and boys if counted. */
export function OpenCountSection({
  id,
  errors,
  open,
  onChange,
}: {
  id: string;
  errors: Record<string, string>;
  open: OpenCount;
  onChange(open: OpenCount): void;
}) {
  const m = useT().monitoring;
  const fields = [
    { key: 'count', label: m.register.openCount, error: errors['openCount.total'] ?? errors.openCount },
    { key: 'female', label: m.register.openFemale, error: errors['openCount.female'] ?? errors.openFemale },
    { key: 'male', label: m.register.openMale, error: errors['openCount.male'] ?? errors.openMale },
  ] as const;
  return (
    <details className="details" open={open.count !== ''}>
      <summary className="details-summary">{m.register.openEvent}</summary>
      <div className="details-text">
        <p className="form-hint">{m.register.openEventHint}</p>
        <div className="register-triple">
          {fields.map((f) => (
            <InputField
              key={f.key}
              id={`${id}-open-${f.key}`}
              label={f.label}
              error={f.error}
              className="form-input input-width-xs"
              inputMode="numeric"
              value={open[f.key]}
              onChange={(value) => onChange({ ...open, [f.key]: value })}
            />
          ))}
        </div>
      </div>
    </details>
  );
}
