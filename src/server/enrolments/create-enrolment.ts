import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { type Actor, withAudit } from '../audit/with-audit';
import { loadActivityContext } from '../registrations/session-context';
import { checkEnrolment } from './enrolment-rules';
import type { EnrolmentInput, EnrolmentOut } from './enrolments.schema';
import { getEnrolment } from './list-enrolments';

/** Enrols a participant of the plan in an activity (a forløb), optionally already ended. */
export async function createEnrolment(
  db: Db,
  actor: Actor,
  input: { activityId: string; body: EnrolmentInput },
): Promise<EnrolmentOut> {
  const context = await loadActivityContext(db, input.activityId);
  const body = input.body;
  const enrolment = {
    startDate: body.startDate,
    endDate: body.endDate ?? null,
    outcome: body.outcome ?? null,
  };
  checkEnrolment(enrolment, context.planPeriod);
  return withAudit(db, actor, { name: 'createEnrolment', planId: context.planId }, async (tx) => {
    // In the writing transaction: a participant erased meanwhile cannot be enrolled.
    const [participant] = await tx
      .select({ planId: t.participants.planId, erasedAt: t.participants.erasedAt })
      .from(t.participants)
      .where(eq(t.participants.id, body.participantId));
    if (!participant || participant.planId !== context.planId) {
      throw new AppError('PARTICIPANT_NOT_IN_PLAN', {}, [
        { field: 'participantId', message: 'Deltageren hører ikke til denne helhedsplan.' },
      ]);
    }
    if (participant.erasedAt) {
      throw new AppError('PARTICIPANT_ERASED', {}, [
        { field: 'participantId', message: 'Deltageren er slettet efter anmodning.' },
      ]);
    }
    const [row] = await tx
      .insert(t.enrolments)
      .values({
        planId: context.planId,
        activityId: context.activityId,
        participantId: body.participantId,
        ...enrolment,
      })
      .returning({ id: t.enrolments.id });
    if (!row) throw new Error('enrolment was not created');
    return getEnrolment(tx, row.id);
  });
}
