import { and, count, desc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import { openCountOf } from './get-session';
import type { ListSessionsQuery, SessionListItem } from './sessions.schema';

const s = t.activitySessions;

/** The counts of a session, computed by the database (no codes: lists are for plan:read). */
export const sessionCounts = {
  attendanceCount: sql<number>`(select count(*) from attendances a where a.session_id = ${s.id})::int`,
  staffCount: sql<number>`(select count(*) from session_staff ss where ss.session_id = ${s.id})::int`,
  volunteerCount: sql<number>`(select count(*) from session_volunteers sv where sv.session_id = ${s.id})::int`,
  volunteerHours: sql<string>`(select coalesce(sum(sv.hours), 0) from session_volunteers sv where sv.session_id = ${s.id})`,
};

/** A plan's (or one activity's) sessions, newest first, with counts; one page and its total. */
export async function listSessions(
  db: Executor,
  input: { planId: string; activityId?: string; query: Omit<ListSessionsQuery, 'activityId'> },
): Promise<{ items: SessionListItem[]; total: number; limit: number; offset: number }> {
  const { from, to, limit, offset } = input.query;
  const where = and(
    eq(s.planId, input.planId),
    input.activityId ? eq(s.activityId, input.activityId) : undefined,
    from ? gte(s.date, from) : undefined,
    to ? lte(s.date, to) : undefined,
  );
  const [total] = await db.select({ n: count() }).from(s).where(where);
  const rows = await db
    .select({ session: s, activityName: t.activities.name, ...sessionCounts })
    .from(s)
    .innerJoin(t.activities, eq(t.activities.id, s.activityId))
    .where(where)
    .orderBy(desc(s.date), desc(s.createdAt), desc(s.id))
    .limit(limit)
    .offset(offset);
  return {
    items: rows.map((r) => ({
      id: r.session.id,
      planId: r.session.planId,
      activityId: r.session.activityId,
      activityName: r.activityName,
      date: r.session.date,
      departmentId: r.session.departmentId,
      place: r.session.place,
      openCount: openCountOf(r.session),
      imported: r.session.importId !== null,
      attendanceCount: r.attendanceCount,
      staffCount: r.staffCount,
      volunteerCount: r.volunteerCount,
      volunteerHours: Number(r.volunteerHours),
    })),
    total: total?.n ?? 0,
    limit,
    offset,
  };
}
