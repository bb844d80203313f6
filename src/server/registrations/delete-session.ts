import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { type Actor, withAudit } from '../audit/with-audit';

/** Deletes a session with its attendance, staff and volunteer hours (the participants stay). */
export async function deleteSession(db: Db, actor: Actor, input: { id: string }): Promise<void> {
  const [session] = await db
    .select({ planId: t.activitySessions.planId })
    .from(t.activitySessions)
    .where(eq(t.activitySessions.id, input.id));
  if (!session) throw new AppError('SESSION_NOT_FOUND');
  await withAudit(db, actor, { name: 'deleteSession', planId: session.planId }, async (tx) => {
    await tx.delete(t.activitySessions).where(eq(t.activitySessions.id, input.id));
  });
}
