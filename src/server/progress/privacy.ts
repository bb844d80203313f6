import type { FastifyRequest } from 'fastify';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import { decide } from '../../domain/access/permissions';
import { AppError } from '../../domain/errors/app-error';
import { monitoringYears } from '../../domain/monitoring/monitoring-period';
import type { PlanYear } from '../../domain/monitoring/plan-years';
import { suppressBreakdown, suppressCount, suppressYearly } from '../../domain/monitoring/suppression';
import { planKey } from '../plan-rows/parents';
import { planPeriodColumns } from '../plans/plan-period';

/**
 * Who sees exact figures (decision 013): whoever may read the plan's internal data (plan:read —
 * the plan's people and the municipality's coordinators). Everyone else (LBF reader, partners,
 * the public) gets counts below the plan's threshold suppressed.
 */
export interface Privacy {
  suppressed: boolean;
  threshold: number;
}

export interface PlanFacts {
  planId: string;
  municipalityId: string;
  fundingPeriodId: string;
  threshold: number;
  years: PlanYear[] | null;
}

/** The plan by id or slug with what progress needs: its years and suppression threshold. */
export async function planFacts(db: Executor, idOrSlug: string): Promise<PlanFacts> {
  const [plan] = await db
    .select({
      planId: t.plans.id,
      municipalityId: t.plans.municipalityId,
      fundingPeriodId: t.plans.fundingPeriodId,
      threshold: t.plans.suppressionThreshold,
      ...planPeriodColumns,
    })
    .from(t.plans)
    .where(planKey(idOrSlug))
    .limit(1);
  if (!plan) throw new AppError('PLAN_NOT_FOUND');
  return { ...plan, years: monitoringYears(plan) };
}

export function yearsOrFail(plan: PlanFacts): PlanYear[] {
  if (!plan.years) throw new AppError('PLAN_PERIOD_UNKNOWN');
  return plan.years;
}

export function privacyFor(request: FastifyRequest, plan: PlanFacts): Privacy {
  const exact =
    decide(request.principal, 'plan:read', { planId: plan.planId, municipalityId: plan.municipalityId }) ===
    'allow';
  return { suppressed: !exact, threshold: plan.threshold };
}

export const privacyOut = (p: Privacy) => ({
  suppressed: p.suppressed,
  threshold: p.suppressed ? p.threshold : null,
});

export interface YearlyFigures {
  actual: (number | null)[];
  cumulative: (number | null)[];
  total: number | null;
}

/**
 * Yearly counts as the caller may see them: THE one place that suppresses a yearly series
 * (suppressYearly: complementary suppression across years and the cumulative figures, so no
 * hidden cell can be recovered by subtracting neighbouring figures).
 */
export function hideYearly(
  p: Privacy,
  yearly: { actual: number[]; cumulative: number[]; additive: boolean },
): YearlyFigures {
  if (!p.suppressed) {
    return { actual: yearly.actual, cumulative: yearly.cumulative, total: yearly.cumulative.at(-1) ?? null };
  }
  const { actual, cumulative, total } = suppressYearly(yearly, p.threshold);
  return { actual, cumulative, total };
}

/** A breakdown (cells and total) as the caller may see it. */
export function hideBreakdown(
  p: Privacy,
  cells: { key: string; label: string; value: number }[],
): { cells: { key: string; label: string; value: number | null }[]; total: number | null } {
  const total = cells.reduce((sum, c) => sum + c.value, 0);
  if (!p.suppressed) return { cells, total };
  const hidden = suppressBreakdown(Object.fromEntries(cells.map((c) => [c.key, c.value])), p.threshold);
  return { cells: cells.map((c) => ({ ...c, value: hidden.cells[c.key] ?? null })), total: hidden.total };
}

/** A share (%) of a group, hidden when the group, its part or the rest is small. */
export function hideShare(p: Privacy, share: number | null, part: number, whole: number): number | null {
  if (!p.suppressed || share === null) return share;
  const small = (n: number) => n > 0 && n < p.threshold;
  return small(whole) || small(part) || small(whole - part) ? null : share;
}

export function hideCount(p: Privacy, n: number): number | null {
  return p.suppressed ? suppressCount(n, p.threshold) : n;
}
