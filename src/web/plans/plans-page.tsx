import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { PLAN_STATUSES, type PlanStatus } from '../../domain/plans/plan-status';
import { listAllPlans } from '../api/api-client';
import { useApi } from '../api/use-api';
import { useT } from '../i18n/i18n';
import { Icon } from '../layout/icon';
import { Loading } from '../layout/loading';
import { PageHeading } from '../layout/page-heading';
import { ProblemAlert } from '../layout/problem-alert';
import { type PlanFilters as Filters, filterPlans, municipalitiesOf } from './filter-plans';
import { PlanFilters } from './plan-filters';
import { PlansTable } from './plans-table';

function isPlanStatus(value: string | null): value is PlanStatus {
  return PLAN_STATUSES.some((s) => s === value);
}

/** The front page: every plan, searchable, with filters kept in the URL so a view can be shared. */
export function PlansPage() {
  const t = useT();
  const state = useApi('plans', listAllPlans);
  const [params, setParams] = useSearchParams();
  const status = params.get('status');
  const filters: Filters = {
    municipality: params.get('kommune') ?? '',
    status: isPlanStatus(status) ? status : '',
    query: params.get('q') ?? '',
  };

  const setFilters = (next: Filters) => {
    const search = new URLSearchParams();
    if (next.query) search.set('q', next.query);
    if (next.municipality) search.set('kommune', next.municipality);
    if (next.status) search.set('status', next.status);
    setParams(search, { replace: true });
  };

  const plans = state.status === 'success' ? state.data : [];
  const municipalities = useMemo(() => municipalitiesOf(plans), [plans]);
  const shown = filterPlans(plans, filters);

  return (
    <div className="page-section">
      <PageHeading title={t.plans.title}>{t.plans.title}</PageHeading>
      <p className="font-lead">{t.plans.intro}</p>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ProblemAlert problem={state.problem} onRetry={state.reload} />}
      {state.status === 'success' &&
        (plans.length === 0 ? (
          <div className="alert alert-info mt-6">
            <Icon name="info" className="alert-icon" />
            <div className="alert-body">
              <p className="alert-text">{t.plans.none}</p>
            </div>
          </div>
        ) : (
          <>
            <PlanFilters filters={filters} municipalities={municipalities} onChange={setFilters} />
            <p className="mt-6 mb-3 weight-semibold" aria-live="polite">
              {t.plans.count(shown.length, plans.length)}
            </p>
            {shown.length === 0 ? <p>{t.plans.noMatches}</p> : <PlansTable plans={shown} />}
          </>
        ))}
    </div>
  );
}
