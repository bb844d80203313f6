import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { UUID } from '../plan-rows/parents';
import { withTargets } from './indicator-output';
import type { IndicatorOut } from './indicators.schema';

export async function getIndicator(db: Executor, input: { id: string }): Promise<IndicatorOut> {
  if (!UUID.test(input.id)) throw new AppError('INDICATOR_NOT_FOUND');
  const rows = await db.select().from(t.indicators).where(eq(t.indicators.id, input.id));
  const [indicator] = await withTargets(db, rows);
  if (!indicator) throw new AppError('INDICATOR_NOT_FOUND');
  return indicator;
}
