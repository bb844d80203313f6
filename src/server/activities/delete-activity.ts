import { count, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { type Actor, withAudit } from '../audit/with-audit';

/**
 * Deletes an activity and its links to afdelinger and partners. One with registered sessions or
 * forløb is kept: they are the plan's record of who took part (and deleting personal data has its
 * own route, the participant's erasure), so the activity is closed instead.
 */
export async function deleteActivity(db: Db, actor: Actor, input: { id: string }): Promise<void> {
  const [current] = await db
    .select({ planId: t.activities.planId })
    .from(t.activities)
    .where(eq(t.activities.id, input.id));
  if (!current) throw new AppError('ACTIVITY_NOT_FOUND');
  await withAudit(db, actor, { name: 'delete:activities', planId: current.planId }, async (tx) => {
    const [sessions] = await tx
      .select({ n: count() })
      .from(t.activitySessions)
      .where(eq(t.activitySessions.activityId, input.id));
    const [enrolments] = await tx
      .select({ n: count() })
      .from(t.enrolments)
      .where(eq(t.enrolments.activityId, input.id));
    if ((sessions?.n ?? 0) > 0 || (enrolments?.n ?? 0) > 0) {
      throw new AppError('ACTIVITY_HAS_REGISTRATIONS', {
        sessions: sessions?.n ?? 0,
        enrolments: enrolments?.n ?? 0,
      });
    }
    await tx.delete(t.activities).where(eq(t.activities.id, input.id));
  });
}
