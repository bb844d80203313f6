import { eq, max } from 'drizzle-orm';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { type Actor, withAudit } from '../audit/with-audit';
import type { PlanScope } from '../plan-rows/parents';
import type { ActivityInput, ActivityOut } from './activities.schema';
import { replaceLinks, withLinks } from './activity-links';
import { checkActivity } from './activity-rules';

/** Adds an activity to the end of the plan's list, with its afdelinger and partners. */
export async function createActivity(
  db: Db,
  actor: Actor,
  input: { plan: PlanScope; activity: ActivityInput },
): Promise<ActivityOut> {
  const { planId } = input.plan;
  const { departmentIds, partnerIds, ...fields } = input.activity;
  return withAudit(db, actor, { name: 'create:activities', planId }, async (tx) => {
    await checkActivity(tx, planId, input.activity);
    const [last] = await tx
      .select({ position: max(t.activities.position) })
      .from(t.activities)
      .where(eq(t.activities.planId, planId));
    const [row] = await tx
      .insert(t.activities)
      .values({ ...fields, planId, position: (last?.position ?? -1) + 1 })
      .returning();
    if (!row) throw new Error('activity was not created');
    await replaceLinks(tx, row.id, { departmentIds, partnerIds });
    const [created] = await withLinks(tx, [row]);
    return created as ActivityOut;
  });
}
