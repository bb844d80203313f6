import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { type Actor, withAudit } from '../audit/with-audit';

/** Deletes an activity and its links to afdelinger and partners. */
export async function deleteActivity(db: Db, actor: Actor, input: { id: string }): Promise<void> {
  const [current] = await db
    .select({ planId: t.activities.planId })
    .from(t.activities)
    .where(eq(t.activities.id, input.id));
  if (!current) throw new AppError('ACTIVITY_NOT_FOUND');
  await withAudit(db, actor, { name: 'delete:activities', planId: current.planId }, async (tx) => {
    await tx.delete(t.activities).where(eq(t.activities.id, input.id));
  });
}
