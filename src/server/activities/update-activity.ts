import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { type Actor, withAudit } from '../audit/with-audit';
import type { ActivityOut, ActivityUpdate } from './activities.schema';
import { replaceLinks, withLinks } from './activity-links';
import { checkActivity } from './activity-rules';

/** Edits an activity; the rules are checked against the activity as it will be after the edit. */
export async function updateActivity(
  db: Db,
  actor: Actor,
  input: { id: string; changes: ActivityUpdate },
): Promise<ActivityOut> {
  const [current] = await db.select().from(t.activities).where(eq(t.activities.id, input.id));
  if (!current) throw new AppError('ACTIVITY_NOT_FOUND');
  const { departmentIds, partnerIds, ...fields } = input.changes;
  return withAudit(db, actor, { name: 'update:activities', planId: current.planId }, async (tx) => {
    const [before] = await withLinks(tx, [current]);
    await checkActivity(tx, current.planId, { ...before, ...input.changes } as ActivityOut);
    const [row] = Object.keys(fields).length
      ? await tx
          .update(t.activities)
          .set({ ...fields, updatedAt: new Date() })
          .where(eq(t.activities.id, input.id))
          .returning()
      : [current];
    if (!row) throw new AppError('ACTIVITY_NOT_FOUND');
    await replaceLinks(tx, row.id, { departmentIds, partnerIds });
    const [updated] = await withLinks(tx, [row]);
    return updated as ActivityOut;
  });
}
