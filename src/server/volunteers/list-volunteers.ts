import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import type { VolunteerOut } from './volunteers.schema';

const v = t.volunteers;
const totals = {
  totalHours: sql<string>`(select coalesce(sum(sv.hours), 0) from session_volunteers sv where sv.volunteer_id = ${v.id})`,
  sessionCount: sql<number>`(select count(*) from session_volunteers sv where sv.volunteer_id = ${v.id})::int`,
};

function toVolunteer(
  row: typeof v.$inferSelect & { totalHours: string; sessionCount: number },
): VolunteerOut {
  return {
    id: row.id,
    planId: row.planId,
    code: row.code,
    name: row.name,
    consentDate: row.consentDate,
    active: row.active === 1,
    totalHours: Number(row.totalHours),
    sessionCount: row.sessionCount,
    createdAt: row.createdAt.toISOString(),
  };
}

/** A plan's volunteers by code, each with the hours and sessions registered on them. */
export async function listVolunteers(
  db: Executor,
  input: { planId: string; limit: number; offset: number; includeInactive: boolean },
) {
  const where = and(eq(v.planId, input.planId), input.includeInactive ? undefined : eq(v.active, 1));
  const [total] = await db.select({ n: count() }).from(v).where(where);
  const rows = await db
    .select({ volunteer: v, ...totals })
    .from(v)
    .where(where)
    .orderBy(asc(v.code))
    .limit(input.limit)
    .offset(input.offset);
  return {
    items: rows.map((r) =>
      toVolunteer({ ...r.volunteer, totalHours: r.totalHours, sessionCount: r.sessionCount }),
    ),
    total: total?.n ?? 0,
    limit: input.limit,
    offset: input.offset,
  };
}

export async function getVolunteer(db: Executor, id: string): Promise<VolunteerOut> {
  const [row] = await db
    .select({ volunteer: v, ...totals })
    .from(v)
    .where(eq(v.id, id));
  if (!row) throw new AppError('VOLUNTEER_NOT_FOUND');
  return toVolunteer({ ...row.volunteer, totalHours: row.totalHours, sessionCount: row.sessionCount });
}
