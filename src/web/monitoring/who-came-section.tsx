import type { ReactNode } from 'react';
import type { ApiState } from '../api/use-api';
import { useT } from '../i18n/i18n';
import { Icon } from '../layout/icon';
import { participantDetails } from './form-fields';
import type { RegularOut } from './monitoring-api';
import { ParticipantLabel, ToggleList } from './toggle-list';

/**
 * "Hvem kom": the activity's regulars to tap, then (as children) the new participants and the
 * open event's head count.
 */
export function WhoCameSection({
  id,
  errors,
  hasActivity,
  regulars,
  regularIds,
  onRegulars,
  departmentName,
  children,
}: {
  id: string;
  errors: Record<string, string>;
  hasActivity: boolean;
  regulars: ApiState<RegularOut[]>;
  regularIds: string[];
  onRegulars(update: (ids: string[]) => string[]): void;
  departmentName(id: string | null): string;
  children: ReactNode;
}) {
  const t = useT();
  const m = t.monitoring;
  return (
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
        {!hasActivity ? (
          <p className="form-hint">{m.register.chooseActivityFirst}</p>
        ) : regulars.status === 'loading' ? (
          <p className="form-hint">{t.common.loading}</p>
        ) : regulars.status === 'error' ? (
          <p className="form-hint">{m.register.regularsFailed}</p>
        ) : regulars.data.length === 0 ? (
          <p className="form-hint">{m.register.noRegulars}</p>
        ) : (
          <>
            <ToggleList
              large
              toggles={regulars.data.map((p) => ({
                value: p.participantId,
                inputId: `${id}-reg-${p.participantId}`,
                label: (
                  <ParticipantLabel
                    code={p.code}
                    details={participantDetails(m, p, departmentName(p.departmentId))}
                  />
                ),
              }))}
              selected={regularIds}
              onChange={onRegulars}
            />
            <p>
              <button
                type="button"
                className="button button-tertiary"
                onClick={() =>
                  onRegulars(() =>
                    regularIds.length === regulars.data.length
                      ? []
                      : regulars.data.map((p) => p.participantId),
                  )
                }
              >
                {regularIds.length === regulars.data.length ? m.register.noneOfThem : m.register.allOfThem}
              </button>
            </p>
          </>
        )}
      </fieldset>
      {children}
    </fieldset>
  );
}
