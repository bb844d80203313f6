import { eq, inArray } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client';
import * as t from '../../db/schema/index';
import type { ActivityOut } from './activities.schema';

type ActivityRow = typeof t.activities.$inferSelect;

/** Activities with their afdelinger and partners: one query per link table, whatever the count. */
export async function withLinks(db: Executor, rows: readonly ActivityRow[]): Promise<ActivityOut[]> {
  const ids = rows.map((r) => r.id);
  const [departments, partners] = ids.length
    ? await Promise.all([
        db
          .select({ activityId: t.activityDepartments.activityId, id: t.activityDepartments.departmentId })
          .from(t.activityDepartments)
          .where(inArray(t.activityDepartments.activityId, ids)),
        db
          .select({ activityId: t.activityPartners.activityId, id: t.activityPartners.partnerId })
          .from(t.activityPartners)
          .where(inArray(t.activityPartners.activityId, ids)),
      ])
    : [[], []];
  return rows.map((a) => ({
    id: a.id,
    planId: a.planId,
    focusAreaId: a.focusAreaId,
    name: a.name,
    purpose: a.purpose,
    targetGroups: a.targetGroups,
    status: a.status,
    startDate: a.startDate,
    endDate: a.endDate,
    departmentIds: departments.filter((d) => d.activityId === a.id).map((d) => d.id),
    partnerIds: partners.filter((p) => p.activityId === a.id).map((p) => p.id),
  }));
}

/** Replaces the links that are given; a list left out keeps what is stored. */
export async function replaceLinks(
  tx: Tx,
  activityId: string,
  links: { departmentIds?: readonly string[]; partnerIds?: readonly string[] },
): Promise<void> {
  if (links.departmentIds) {
    await tx.delete(t.activityDepartments).where(eq(t.activityDepartments.activityId, activityId));
    if (links.departmentIds.length) {
      await tx
        .insert(t.activityDepartments)
        .values(links.departmentIds.map((departmentId) => ({ activityId, departmentId })));
    }
  }
  if (links.partnerIds) {
    await tx.delete(t.activityPartners).where(eq(t.activityPartners.activityId, activityId));
    if (links.partnerIds.length) {
      await tx
        .insert(t.activityPartners)
        .values(links.partnerIds.map((partnerId) => ({ activityId, partnerId })));
    }
  }
}
