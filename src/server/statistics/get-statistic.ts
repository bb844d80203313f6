import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { UUID } from '../plan-rows/parents';
import { toStatisticOut } from './statistic-output';
import type { StatisticOut } from './statistics.schema';

export async function getStatistic(db: Executor, input: { id: string }): Promise<StatisticOut> {
  if (!UUID.test(input.id)) throw new AppError('STATISTIC_NOT_FOUND');
  const [row] = await db.select().from(t.areaStatistics).where(eq(t.areaStatistics.id, input.id));
  if (!row) throw new AppError('STATISTIC_NOT_FOUND');
  return toStatisticOut(row);
}
