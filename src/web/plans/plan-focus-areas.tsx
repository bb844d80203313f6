import type { PlanDetail } from '../../server/plans/plan-detail.schema';
import { useT } from '../i18n/i18n';
import { ActivityCard } from './activity-card';

/** The funding period's focus areas in their order, each with its goal and the plan's activities. */
export function PlanFocusAreas({ plan }: { plan: PlanDetail }) {
  const t = useT();
  if (plan.focusAreas.length === 0) return <p>{t.plan.noFocusAreas}</p>;
  return (
    <>
      {plan.focusAreas.map((area, index) => (
        <section key={area.id} className="focus-area" aria-labelledby={`indsatsomraade-${area.code}`}>
          <h3 id={`indsatsomraade-${area.code}`}>
            {index + 1}. {area.name}{' '}
            <span className="weight-normal small-text">({t.plan.activityCount(area.activities.length)})</span>
          </h3>
          {area.goal && (
            <p className="goal">
              <strong>{t.plan.goal}:</strong> {area.goal}
            </p>
          )}
          {area.activities.length === 0 ? (
            <p className="not-stated">{t.plan.noActivities}</p>
          ) : (
            <ul className="activity-list no-max-width">
              {area.activities.map((activity) => (
                <li key={activity.id}>
                  <ActivityCard activity={activity} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}
