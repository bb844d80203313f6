import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { type Actor, withAudit } from '../audit/with-audit';
import { findPlanRef, type PlanScope } from '../plan-rows/parents';
import { listPredecessors } from './list-predecessors';
import type { Predecessor } from './plan-links.schema';

/**
 * Records that the plan continues another, or changes how. A plan cannot continue itself or a
 * plan that (directly or further back) continues it.
 */
export async function setPredecessor(
  db: Db,
  actor: Actor,
  input: { plan: PlanScope; predecessor: string; kind: Predecessor['kind'] },
): Promise<Predecessor> {
  const { planId } = input.plan;
  return withAudit(db, actor, { name: 'setPredecessor', planId }, async (tx) => {
    const predecessor = await findPlanRef(tx, input.predecessor);
    if (!predecessor) throw new AppError('PLAN_NOT_FOUND');
    const [cycle] = await queryRows<{ found: number }>(
      tx,
      sql`with recursive earlier(id) as (
            select ${predecessor.planId}::uuid
            union
            select pp.predecessor_plan_id from plan_predecessors pp join earlier e on pp.plan_id = e.id
          )
          select 1 as found from earlier where id = ${planId}::uuid limit 1`,
    );
    if (cycle) {
      throw new AppError('PREDECESSOR_INVALID', {}, [
        { field: 'predecessorId', message: 'Planen kan ikke afløse sig selv eller en af sine efterfølgere' },
      ]);
    }
    await tx
      .insert(t.planPredecessors)
      .values({ planId, predecessorPlanId: predecessor.planId, kind: input.kind })
      .onConflictDoUpdate({
        target: [t.planPredecessors.planId, t.planPredecessors.predecessorPlanId],
        set: { kind: input.kind },
      });
    const all = await listPredecessors(tx, { planId });
    return all.find((p) => p.id === predecessor.planId) as Predecessor;
  });
}
