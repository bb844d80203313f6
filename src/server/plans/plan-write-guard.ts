import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client';
import { AppError } from '../../domain/errors/app-error';
import { formatKroner, MAX_PLAN_SUM_ORE } from '../../domain/money/money';
import type { PlanStatus } from '../../domain/plans/plan-status';
import { type PlanWriteState, planWriteState } from '../../domain/plans/plan-write-state';
import { UUID } from '../plan-rows/parents';

export interface PlanWriteInfo {
  state: PlanWriteState;
  successors: string[];
  reopenedAt: string | null;
  reopenReason: string | null;
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * A plan's write state (decision 016), or null when there is no such plan. With `lock`, the plan
 * row is held FOR KEY SHARE until the transaction ends: that conflicts only with the FOR UPDATE of
 * a reopening or closing (and with deleting the plan), so ordinary writers never wait on each
 * other, and no write can slip in while a plan is being closed.
 */
export async function loadPlanWriteInfo(
  db: Executor,
  planId: string,
  options: { lock?: 'keyShare' | 'update' } = {},
): Promise<PlanWriteInfo | null> {
  if (!UUID.test(planId)) return null;
  const lock = options.lock === 'update' ? sql`for update` : options.lock ? sql`for key share` : sql``;
  const [plan] = await queryRows<{
    status: PlanStatus;
    endDate: string | null;
    lastYear: number | null;
    reopenedAt: string | Date | null;
    reopenReason: string | null;
  }>(
    db,
    sql`select status, end_date::text as "endDate", last_year as "lastYear",
               reopened_at as "reopenedAt", reopen_reason as "reopenReason"
        from plans where id = ${planId} ${lock}`,
  );
  if (!plan) return null;
  const successors = await queryRows<{ name: string }>(
    db,
    sql`select p.name from plan_predecessors pp join plans p on p.id = pp.plan_id
        where pp.predecessor_plan_id = ${planId} order by p.name`,
  );
  const reopenedAt =
    plan.reopenedAt === null ? null : new Date(plan.reopenedAt as string | Date).toISOString();
  return {
    state: planWriteState({
      status: plan.status,
      endDate: plan.endDate,
      lastYear: plan.lastYear,
      successors: successors.map((s) => s.name),
      reopened: reopenedAt !== null,
      today: today(),
    }),
    successors: successors.map((s) => s.name),
    reopenedAt,
    reopenReason: plan.reopenReason,
  };
}

/** The refusal of a write to a read-only plan: 409 PLAN_READ_ONLY, saying why. */
export function planReadOnlyError(info: PlanWriteInfo): AppError {
  const why =
    !info.state.writable && info.state.reason === 'superseded'
      ? `Planen er afløst af ${info.successors.join(' og ')}.`
      : 'Planen er afsluttet, og dens periode er slut.';
  return new AppError('PLAN_READ_ONLY', { detail: why });
}

/**
 * The one check every write to a plan passes through (decision 016): withAudit calls it inside
 * the write's transaction for every audited action that names a plan, and the access guard calls
 * it for every plan-scoped HTTP write before the body is validated. A plan that does not exist
 * passes (the use case reports PLAN_NOT_FOUND, or the write creates it).
 */
export async function assertPlanWritable(
  db: Executor,
  planId: string,
  options: { lock?: 'keyShare' } = {},
): Promise<void> {
  const info = await loadPlanWriteInfo(db, planId, options);
  if (info && !info.state.writable) throw planReadOnlyError(info);
}

/**
 * The other half of the plan write boundary: after a write, the plan's money sums stay within
 * MAX_PLAN_SUM_ORE (decision 016) — its spending (absolute amounts, so credits cannot hide a
 * huge debit), the lines of each budget version, its financing lines. Summed exactly in SQL
 * (bigint → numeric). Every figure read from them is then an exact JSON integer.
 */
export async function assertPlanSumsInRange(db: Executor, planId: string): Promise<void> {
  if (!UUID.test(planId)) return;
  const max = sql.raw(String(MAX_PLAN_SUM_ORE));
  const [row] = await queryRows<{ spending: boolean; budget: boolean; financing: boolean }>(
    db,
    sql`select
          (select coalesce(sum(abs(amount_ore)), 0) from spending_entries where plan_id = ${planId}) > ${max} as spending,
          (select coalesce(max(s), 0) from (select sum(amount_ore) as s from budget_lines
             where plan_id = ${planId} group by version_id) v) > ${max} as budget,
          (select coalesce(sum(amount_ore), 0) from financing_lines where plan_id = ${planId}) > ${max} as financing`,
  );
  const what = row?.spending
    ? 'Planens samlede forbrug'
    : row?.budget
      ? 'Budgetversionens samlede beløb'
      : row?.financing
        ? 'Planens samlede finansiering'
        : null;
  if (what) {
    throw new AppError('AMOUNT_OUT_OF_RANGE', {}, [
      { field: 'amountOre', message: `${what} må højst være ${formatKroner(MAX_PLAN_SUM_ORE)}` },
    ]);
  }
}
