import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n';

export interface Toggle {
  value: string;
  inputId: string;
  label: ReactNode;
}

/**
 * Checkboxes styled as tap targets: staff, the activity's regulars, a session's attendance.
 * `large` is the register page's phone-sized toggle for the people who came.
 */
export function ToggleList({
  toggles,
  selected,
  onChange,
  large = false,
  disabled,
}: {
  toggles: readonly Toggle[];
  selected: readonly string[];
  /** Takes an updater, so a state setter can be passed as it is. */
  onChange(update: (ids: string[]) => string[]): void;
  large?: boolean;
  disabled?: boolean;
}) {
  return (
    <div className={large ? 'toggle-grid' : 'toggle-grid toggle-grid--small'}>
      {toggles.map((t) => (
        <div
          className={large ? 'form-group-checkbox toggle toggle--large' : 'form-group-checkbox toggle'}
          key={t.value}
        >
          <input
            id={t.inputId}
            type="checkbox"
            className="form-checkbox"
            checked={selected.includes(t.value)}
            disabled={disabled}
            onChange={(e) =>
              onChange((ids) => (e.target.checked ? [...ids, t.value] : ids.filter((x) => x !== t.value)))
            }
          />
          <label htmlFor={t.inputId}>{t.label}</label>
        </div>
      ))}
    </div>
  );
}

/** A participant's toggle label: the code, then what is known of them. */
export function ParticipantLabel({ code, details }: { code: string; details: string }) {
  const m = useT().monitoring;
  return (
    <>
      <span className="toggle-code">{code}</span>
      <span className="toggle-meta">{details || m.noDetails}</span>
    </>
  );
}
