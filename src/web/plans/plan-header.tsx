import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { PlanDetail } from '../../server/plans/plan-detail.schema';
import { SourceText } from '../format/source-text';
import { useFormat } from '../format/use-format';
import { useT } from '../i18n/i18n';
import { FactList } from '../layout/fact-list';
import { PageHeading } from '../layout/page-heading';
import { PlanStatusBadge } from './plan-status-badge';

type PlanRef = PlanDetail['predecessors'][number];

function planLinks(plans: PlanRef[]): ReactNode {
  if (plans.length === 0) return null;
  return plans.map((p, i) => (
    <Fragment key={p.id}>
      {i > 0 && ', '}
      <Link to={`/planer/${p.slug}`}>{p.name}</Link>
    </Fragment>
  ));
}

/** Name, summary and the plan's key facts, including the plans it continues or became. */
export function PlanHeader({ plan }: { plan: PlanDetail }) {
  const t = useT();
  const f = useFormat();
  const byKind = (list: PlanRef[], kind: PlanRef['kind']) => list.filter((p) => p.kind === kind);
  const organisations = plan.organisations.length
    ? plan.organisations.map((o, i) => (
        <Fragment key={o.id}>
          {i > 0 && ', '}
          {o.name}
          {o.role === 'applicant' && ` (${t.plan.applicant})`}
        </Fragment>
      ))
    : null;

  return (
    <header className="plan-header">
      <PageHeading title={plan.name}>{plan.name}</PageHeading>
      {plan.summary && <p className="font-lead">{plan.summary}</p>}
      <FactList
        label={t.plan.facts}
        facts={[
          [t.plan.municipality, plan.municipality.name],
          [
            t.plan.period,
            f.period(plan.startDate, plan.endDate) ??
              // Only the years, when the source names no dates (Holbæk's "2024–2027").
              (plan.firstYear !== null && plan.lastYear !== null
                ? `${plan.firstYear}–${plan.lastYear}`
                : t.common.notStated),
          ],
          [t.plan.status, <PlanStatusBadge key="status" status={plan.status} />],
          [t.plan.fundingPeriod, plan.fundingPeriod.name],
          [t.plan.organisations, organisations],
          [t.plan.replaces, planLinks(byKind(plan.predecessors, 'replaces'))],
          [t.plan.mergedFrom, planLinks(byKind(plan.predecessors, 'mergedFrom'))],
          [t.plan.replacedBy, planLinks(byKind(plan.successors, 'replaces'))],
          [t.plan.mergedInto, planLinks(byKind(plan.successors, 'mergedFrom'))],
          [t.plan.vision, plan.vision],
          [t.plan.documentSource, plan.source && <SourceText text={plan.source} />],
        ]}
      />
    </header>
  );
}
