import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import type { Predecessor } from './plan-links.schema';

/** The plans this plan continues (Køge 2021–25 replaces 2017–21; Amager merges two). */
export async function listPredecessors(db: Executor, input: { planId: string }): Promise<Predecessor[]> {
  return db
    .select({
      id: t.plans.id,
      slug: t.plans.slug,
      name: t.plans.name,
      status: t.plans.status,
      kind: t.planPredecessors.kind,
    })
    .from(t.planPredecessors)
    .innerJoin(t.plans, eq(t.planPredecessors.predecessorPlanId, t.plans.id))
    .where(eq(t.planPredecessors.planId, input.planId))
    .orderBy(asc(t.plans.name));
}
