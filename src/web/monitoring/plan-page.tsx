import type { ReactNode } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import type { Permission } from '../../domain/access/permissions';
import type { PlanDetail } from '../../server/plans/plan-detail.schema';
import { getPlan } from '../api/api-client';
import { useApi } from '../api/use-api';
import { useSession } from '../auth/session';
import { useT } from '../i18n/i18n';
import { Breadcrumbs } from '../layout/breadcrumbs';
import { LoadState } from '../layout/load-state';
import { PageHeading } from '../layout/page-heading';

/** A monitoring page's top: breadcrumbs back to the plan, the h1, and the lead paragraph. */
export function PlanPageHeading({
  plan,
  title,
  lead,
}: {
  plan: Pick<PlanDetail, 'name' | 'slug'>;
  title: string;
  lead?: ReactNode;
}) {
  return (
    <>
      <Breadcrumbs items={[{ label: plan.name, to: `/planer/${plan.slug}` }, { label: title }]} />
      <PageHeading title={`${title} – ${plan.name}`}>{title}</PageHeading>
      {lead && <p className="font-lead">{lead}</p>}
    </>
  );
}

/** The plan of the URL's :slug, then the page: LoadState's loading, not found and error states. */
export function PlanLoadState({ name, children }: { name: string; children(plan: PlanDetail): ReactNode }) {
  const { slug = '' } = useParams();
  const state = useApi(`${name}:${slug}`, (signal) => getPlan(slug, signal));
  return <LoadState state={state}>{children}</LoadState>;
}

/** The plan and what the page needs of it in one load, so the page has one loading state. */
export async function loadPlanWith<T>(
  slug: string,
  signal: AbortSignal,
  more: (plan: PlanDetail, signal: AbortSignal) => Promise<T>,
): Promise<{ plan: PlanDetail } & T> {
  const plan = await getPlan(slug, signal);
  return { plan, ...(await more(plan, signal)) };
}

/** Filters kept in the URL (so a filtered view can be linked to); '' removes one. */
export function useUrlFilters() {
  const [params, setParams] = useSearchParams();
  function setFilter(key: string, value: string, alsoClear: readonly string[] = []) {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    for (const other of alsoClear) next.delete(other);
    setParams(next, { replace: true });
  }
  return { params, setFilter };
}

/** Whether the signed-in user may do something on this plan (the server still decides). */
export function usePlanCan(
  plan: Pick<PlanDetail, 'id' | 'municipality'>,
): (permission: Permission) => boolean {
  const session = useSession();
  const scope = { planId: plan.id, municipalityId: plan.municipality.id };
  return (permission) => session.can(permission, scope);
}

/** The filters above a list or dashboard: they apply as they change, so there is no submit. */
export function FilterForm({ children }: { children: ReactNode }) {
  const m = useT().monitoring;
  return (
    <form className="progress-filters" onSubmit={(e) => e.preventDefault()} aria-label={m.progress.filters}>
      {children}
    </form>
  );
}
