import { randomBytes, randomUUID } from 'node:crypto';
import type { Db, Tx } from '../../db/client';
import * as t from '../../db/schema/index';
import { generateParticipantCode } from '../../domain/participants/participant';
import { type Actor, withAudit } from '../audit/with-audit';
import { checkSession } from './check-session';
import { getSession } from './get-session';
import { type ActivityContext, loadActivityContext } from './session-context';
import type { SessionInput, SessionOut } from './sessions.schema';

/** Inserts the new participants of a group form; returns their ids and generated codes, in order. */
export async function insertNewParticipants(
  tx: Tx,
  context: ActivityContext,
  newParticipants: SessionInput['newParticipants'],
): Promise<{ id: string; code: string }[]> {
  if (newParticipants.length === 0) return [];
  const rows = newParticipants.map((p) => ({
    id: randomUUID(),
    planId: context.planId,
    code: generateParticipantCode(context.planSlug, randomBytes),
    ageBand: p.ageBand ?? null,
    gender: p.gender ?? null,
    departmentId: p.departmentId ?? null,
  }));
  await tx.insert(t.participants).values(rows);
  return rows.map(({ id, code }) => ({ id, code }));
}

/** The attendance, staff and volunteers of a session, each kind in one multi-row insert. */
export async function insertSessionParts(
  tx: Tx,
  planId: string,
  sessionId: string,
  parts: {
    participantIds?: string[];
    staffIds?: string[];
    volunteers?: { volunteerId: string; hours: number }[];
  },
): Promise<void> {
  if (parts.participantIds?.length) {
    await tx
      .insert(t.attendances)
      .values(parts.participantIds.map((participantId) => ({ sessionId, participantId, planId })));
  }
  if (parts.staffIds?.length) {
    await tx.insert(t.sessionStaff).values(parts.staffIds.map((staffId) => ({ sessionId, staffId, planId })));
  }
  if (parts.volunteers?.length) {
    await tx
      .insert(t.sessionVolunteers)
      .values(
        parts.volunteers.map((v) => ({ sessionId, volunteerId: v.volunteerId, hours: v.hours, planId })),
      );
  }
}

/**
 * Registers one session of an activity for a whole group in one transaction (journey 1): the
 * session, new participants with generated codes, the attendance of known and new participants,
 * staff and volunteer hours. Any bad input → 400 with field errors, and nothing is saved.
 */
export async function createSession(
  db: Db,
  actor: Actor,
  input: { activityId: string; body: SessionInput },
): Promise<SessionOut> {
  const context = await loadActivityContext(db, input.activityId);
  const body = input.body;
  return withAudit(db, actor, { name: 'registerSession', planId: context.planId }, async (tx) => {
    await checkSession(tx, context, {
      date: body.date,
      departmentId: body.departmentId ?? null,
      staffIds: body.staffIds,
      participantIds: body.participantIds,
      newParticipants: body.newParticipants,
      openCount: body.openCount ?? null,
      volunteers: body.volunteers,
    });
    const sessionId = randomUUID();
    await tx.insert(t.activitySessions).values({
      id: sessionId,
      planId: context.planId,
      activityId: context.activityId,
      date: body.date,
      departmentId: body.departmentId ?? null,
      place: body.place ?? null,
      note: body.note ?? null,
      openCount: body.openCount?.total ?? null,
      openFemale: body.openCount ? (body.openCount.female ?? null) : null,
      openMale: body.openCount ? (body.openCount.male ?? null) : null,
    });
    const created = await insertNewParticipants(tx, context, body.newParticipants);
    const newVolunteers = body.newVolunteers.map((v) => ({
      id: randomUUID(),
      code: generateParticipantCode('F', randomBytes),
      hours: v.hours,
    }));
    if (newVolunteers.length) {
      await tx
        .insert(t.volunteers)
        .values(newVolunteers.map(({ id, code }) => ({ id, code, planId: context.planId })));
    }
    await insertSessionParts(tx, context.planId, sessionId, {
      participantIds: [...body.participantIds, ...created.map((p) => p.id)],
      staffIds: body.staffIds,
      volunteers: [...body.volunteers, ...newVolunteers.map((v) => ({ volunteerId: v.id, hours: v.hours }))],
    });
    return {
      ...(await getSession(tx, sessionId)),
      newParticipantCodes: created.map((p) => p.code),
      newVolunteerCodes: newVolunteers.map((v) => v.code),
    };
  });
}
