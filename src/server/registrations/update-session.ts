import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { type Actor, withAudit } from '../audit/with-audit';
import { checkSession } from './check-session';
import { insertNewParticipants, insertSessionParts } from './create-session';
import { getSession, openCountOf } from './get-session';
import { loadActivityContext } from './session-context';
import type { SessionOut, SessionUpdate } from './sessions.schema';

/**
 * Edits a session: the parts given replace the stored ones — `participantIds` the whole attendance
 * set (new participants are added to it), `staffIds`, `volunteers`, `openCount` (null removes it).
 * The result is checked as a whole with the same rules as a new session.
 */
export async function updateSession(
  db: Db,
  actor: Actor,
  input: { id: string; body: SessionUpdate },
): Promise<SessionOut> {
  const [session] = await db.select().from(t.activitySessions).where(eq(t.activitySessions.id, input.id));
  if (!session) throw new AppError('SESSION_NOT_FOUND');
  const context = await loadActivityContext(db, session.activityId);
  const body = input.body;
  return withAudit(db, actor, { name: 'updateSession', planId: session.planId }, async (tx) => {
    const id = session.id;
    const attending = (
      await tx
        .select({ id: t.attendances.participantId })
        .from(t.attendances)
        .where(eq(t.attendances.sessionId, id))
    ).map((r) => r.id);
    const staff =
      body.staffIds ??
      (
        await tx
          .select({ id: t.sessionStaff.staffId })
          .from(t.sessionStaff)
          .where(eq(t.sessionStaff.sessionId, id))
      ).map((r) => r.id);
    const volunteers =
      body.volunteers ??
      (
        await tx
          .select({ volunteerId: t.sessionVolunteers.volunteerId, hours: t.sessionVolunteers.hours })
          .from(t.sessionVolunteers)
          .where(eq(t.sessionVolunteers.sessionId, id))
      ).map((v) => ({ volunteerId: v.volunteerId, hours: Number(v.hours) }));
    const participantIds = body.participantIds ?? attending;
    const newParticipants = body.newParticipants ?? [];
    const openCount = body.openCount === undefined ? openCountOf(session) : body.openCount;
    await checkSession(
      tx,
      context,
      {
        date: body.date ?? session.date,
        departmentId: body.departmentId === undefined ? session.departmentId : body.departmentId,
        staffIds: staff,
        // Only the given ones are checked for duplicates and plan; the stored ones passed before.
        participantIds,
        newParticipants,
        openCount,
        volunteers,
      },
      new Set(attending),
    );
    await tx
      .update(t.activitySessions)
      .set({
        ...(body.date !== undefined ? { date: body.date } : {}),
        ...(body.departmentId !== undefined ? { departmentId: body.departmentId } : {}),
        ...(body.place !== undefined ? { place: body.place } : {}),
        ...(body.note !== undefined ? { note: body.note } : {}),
        ...(body.openCount !== undefined
          ? {
              openCount: body.openCount?.total ?? null,
              openFemale: body.openCount ? (body.openCount.female ?? null) : null,
              openMale: body.openCount ? (body.openCount.male ?? null) : null,
            }
          : {}),
        updatedAt: new Date(),
      })
      .where(eq(t.activitySessions.id, id));
    const created = await insertNewParticipants(tx, context, newParticipants);
    const keep = new Set(participantIds);
    const stored = new Set(attending);
    const removed = attending.filter((p) => !keep.has(p));
    if (removed.length > 0) {
      // Only the attendances that went: the ones that stay keep their audit history untouched.
      await tx
        .delete(t.attendances)
        .where(and(eq(t.attendances.sessionId, id), inArray(t.attendances.participantId, removed)));
    }
    if (body.staffIds !== undefined) await tx.delete(t.sessionStaff).where(eq(t.sessionStaff.sessionId, id));
    if (body.volunteers !== undefined)
      await tx.delete(t.sessionVolunteers).where(eq(t.sessionVolunteers.sessionId, id));
    await insertSessionParts(tx, session.planId, id, {
      participantIds: [...participantIds.filter((p) => !stored.has(p)), ...created.map((p) => p.id)],
      ...(body.staffIds !== undefined ? { staffIds: body.staffIds } : {}),
      ...(body.volunteers !== undefined ? { volunteers: body.volunteers } : {}),
    });
    const out = await getSession(tx, id);
    return created.length > 0 ? { ...out, newParticipantCodes: created.map((p) => p.code) } : out;
  });
}
