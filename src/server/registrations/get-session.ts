import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import type { SessionOut } from './sessions.schema';

type SessionRow = typeof t.activitySessions.$inferSelect;

export function openCountOf(row: Pick<SessionRow, 'openCount' | 'openFemale' | 'openMale'>) {
  return row.openCount === null ? null : { total: row.openCount, female: row.openFemale, male: row.openMale };
}

/** A session with its attendance (codes and attributes), staff and volunteers: four queries. */
export async function getSession(db: Executor, id: string): Promise<SessionOut> {
  const [row] = await db
    .select({ session: t.activitySessions, activityName: t.activities.name })
    .from(t.activitySessions)
    .innerJoin(t.activities, eq(t.activities.id, t.activitySessions.activityId))
    .where(eq(t.activitySessions.id, id));
  if (!row) throw new AppError('SESSION_NOT_FOUND');
  const attendance = await db
    .select({
      participantId: t.participants.id,
      code: t.participants.code,
      ageBand: t.participants.ageBand,
      gender: t.participants.gender,
      departmentId: t.participants.departmentId,
    })
    .from(t.attendances)
    .innerJoin(t.participants, eq(t.participants.id, t.attendances.participantId))
    .where(eq(t.attendances.sessionId, id))
    .orderBy(asc(t.participants.code));
  const staff = await db
    .select({ staffId: t.sessionStaff.staffId })
    .from(t.sessionStaff)
    .where(eq(t.sessionStaff.sessionId, id));
  const volunteers = await db
    .select({
      volunteerId: t.volunteers.id,
      code: t.volunteers.code,
      name: t.volunteers.name,
      hours: t.sessionVolunteers.hours,
    })
    .from(t.sessionVolunteers)
    .innerJoin(t.volunteers, eq(t.volunteers.id, t.sessionVolunteers.volunteerId))
    .where(eq(t.sessionVolunteers.sessionId, id))
    .orderBy(asc(t.volunteers.code));
  const s = row.session;
  return {
    id: s.id,
    planId: s.planId,
    activityId: s.activityId,
    activityName: row.activityName,
    date: s.date,
    departmentId: s.departmentId,
    place: s.place,
    note: s.note,
    openCount: openCountOf(s),
    imported: s.importId !== null,
    staffIds: staff.map((r) => r.staffId),
    attendance,
    volunteers: volunteers.map((v) => ({ ...v, hours: Number(v.hours) })),
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}
