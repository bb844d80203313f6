import { and, asc, count, eq, ilike, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { findPlanRef, UUID } from '../plan-rows/parents';
import type { ActivityOut, ListActivitiesQuery } from './activities.schema';
import { withLinks } from './activity-links';

/** Activities across plans or in one, filtered by focus area (id or code), status and name. */
export async function listActivities(db: Executor, query: ListActivitiesQuery) {
  const filters: SQL[] = [];
  if (query.plan) {
    const plan = await findPlanRef(db, query.plan);
    if (!plan) throw new AppError('PLAN_NOT_FOUND');
    filters.push(eq(t.activities.planId, plan.planId));
  }
  if (query.focusArea) {
    filters.push(
      UUID.test(query.focusArea)
        ? eq(t.activities.focusAreaId, query.focusArea)
        : eq(t.focusAreas.code, query.focusArea),
    );
  }
  if (query.status) filters.push(eq(t.activities.status, query.status));
  if (query.q) filters.push(ilike(t.activities.name, `%${query.q.replace(/[%_\\]/g, '\\$&')}%`));
  const where = filters.length ? and(...filters) : undefined;

  const [total] = await db
    .select({ n: count() })
    .from(t.activities)
    .innerJoin(t.focusAreas, eq(t.activities.focusAreaId, t.focusAreas.id))
    .where(where);
  const rows = await db
    .select({ activity: t.activities })
    .from(t.activities)
    .innerJoin(t.focusAreas, eq(t.activities.focusAreaId, t.focusAreas.id))
    .where(where)
    .orderBy(
      asc(t.activities.planId),
      asc(t.focusAreas.position),
      asc(t.activities.position),
      asc(t.activities.name),
      asc(t.activities.id),
    )
    .limit(query.limit)
    .offset(query.offset);
  const items: ActivityOut[] = await withLinks(
    db,
    rows.map((r) => r.activity),
  );
  return { items, total: total?.n ?? 0, limit: query.limit, offset: query.offset };
}
