import { Fragment } from 'react';
import { Link } from 'react-router-dom';
import type { ActivityStatus } from '../../domain/activities/activity-status';
import type { Activity } from '../../server/plans/plan-detail.schema';
import { useFormat } from '../format/use-format';
import { useT } from '../i18n/i18n';
import { FactList } from '../layout/fact-list';

const STATUS_BADGE: Record<ActivityStatus, string> = {
  planned: 'badge badge-info',
  active: 'badge badge-success',
  paused: 'badge badge-warning',
  completed: 'badge',
};

/** One activity: name, status, formål, target group, afdelinger and partners. */
export function ActivityCard({ activity }: { activity: Activity }) {
  const t = useT();
  const f = useFormat();
  const departments = activity.departments.length
    ? activity.departments.map((d, i) => (
        <Fragment key={d.id}>
          {i > 0 && ', '}
          <Link to={`/afdelinger/${d.slug}`}>{d.name}</Link>
        </Fragment>
      ))
    : null;
  return (
    <article className="card">
      <div className="card-content">
        <h4 className="card-heading">{activity.name}</h4>
        <p className="mb-0">
          <span className={STATUS_BADGE[activity.status]}>{t.labels.activityStatus[activity.status]}</span>
        </p>
        <FactList
          facts={[
            [t.plan.purpose, activity.purpose],
            [t.plan.targetGroups, activity.targetGroups.length ? activity.targetGroups.join(', ') : null],
            [t.plan.activityAreas, departments],
            [
              t.plan.activityPartners,
              activity.partners.length ? activity.partners.map((p) => p.name).join(', ') : null,
            ],
            [t.plan.activityPeriod, f.period(activity.startDate, activity.endDate)],
          ]}
        />
      </div>
    </article>
  );
}
