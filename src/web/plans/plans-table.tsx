import { Fragment } from 'react';
import { Link } from 'react-router-dom';
import type { PlanSummary } from '../../server/plans/plans.schema';
import { formatYearSpan } from '../format/format';
import { useFormat } from '../format/use-format';
import { useT } from '../i18n/i18n';
import { PlanStatusBadge } from './plan-status-badge';

/** All plans as a DKFDS table that turns into one card per plan on a phone. */
export function PlansTable({ plans }: { plans: PlanSummary[] }) {
  const t = useT();
  const f = useFormat();
  return (
    <table className="table table--responsive-headers plans-table">
      <caption className="sr-only">{t.plans.tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.plans.colName}</th>
          <th scope="col">{t.plans.colMunicipality}</th>
          <th scope="col">{t.plans.colPeriod}</th>
          <th scope="col">{t.plans.colStatus}</th>
          <th scope="col">{t.plans.colAreas}</th>
          <th scope="col" className="amount-cell">
            {t.plans.colBudget}
          </th>
        </tr>
      </thead>
      <tbody>
        {plans.map((plan) => (
          <tr key={plan.id}>
            <th scope="row">
              <Link to={`/planer/${plan.slug}`}>{plan.name}</Link>
            </th>
            <td data-title={t.plans.colMunicipality}>{plan.municipality.name}</td>
            <td data-title={t.plans.colPeriod} className="nowrap">
              {formatYearSpan(plan.startDate, plan.endDate) ??
                (plan.firstYear !== null && plan.lastYear !== null
                  ? `${plan.firstYear}–${plan.lastYear}`
                  : t.common.notStated)}
            </td>
            <td data-title={t.plans.colStatus}>
              <PlanStatusBadge status={plan.status} />
            </td>
            <td data-title={t.plans.colAreas}>
              {plan.departments.length === 0
                ? t.common.notStated
                : plan.departments.map((d, i) => (
                    <Fragment key={d.id}>
                      {i > 0 && ', '}
                      <Link to={`/afdelinger/${d.slug}`}>{d.name}</Link>
                    </Fragment>
                  ))}
            </td>
            <td data-title={t.plans.colBudget} className="amount-cell nowrap amount">
              <PlanTotalCell total={plan.financingTotal} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A plan's total only where it is known; a derived lower bound labelled as derived (decision 015). */
function PlanTotalCell({ total }: { total: PlanSummary['financingTotal'] }) {
  const t = useT();
  const f = useFormat();
  if (total.amountOre !== null) return <>{f.money(total.amountOre, total.isApproximate)}</>;
  if (total.lowerBoundOre !== null) {
    return (
      <>
        {t.plan.derivedAtLeast(f.money(total.lowerBoundOre, total.isApproximate))}{' '}
        <span className="badge badge-info" title={total.derivation ?? undefined}>
          {t.plan.derived}
        </span>
      </>
    );
  }
  return <>{t.common.notStated}</>;
}
