import type { RefObject } from 'react';
import { Link } from 'react-router-dom';
import type { PlanDetail } from '../../server/plans/plan-detail.schema';
import { formatDate } from '../format/format';
import { useT } from '../i18n/i18n';
import { Icon } from '../layout/icon';
import { ProgressBar } from './progress-bits';
import type { Saved } from './register-form-state';
import { yearOf } from './relevant-indicators';

/** After saving: what was saved, the new codes to write down, and the indicators it moved. */
export function SavedAlert({
  saved,
  plan,
  innerRef,
}: {
  saved: Saved;
  plan: PlanDetail;
  innerRef: RefObject<HTMLDivElement | null>;
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
