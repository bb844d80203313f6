import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { UUID } from '../plan-rows/parents';
import type { ActivityOut } from './activities.schema';
import { withLinks } from './activity-links';

export async function getActivity(db: Executor, input: { id: string }): Promise<ActivityOut> {
  if (!UUID.test(input.id)) throw new AppError('ACTIVITY_NOT_FOUND');
  const rows = await db.select().from(t.activities).where(eq(t.activities.id, input.id));
  const [activity] = await withLinks(db, rows);
  if (!activity) throw new AppError('ACTIVITY_NOT_FOUND');
  return activity;
}
