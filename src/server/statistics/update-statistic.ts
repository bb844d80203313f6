import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { assertFigureInRange } from '../../domain/statistics/statistic-rules';
import { type Actor, withAudit } from '../audit/with-audit';
import { getStatistic } from './get-statistic';
import { toStatisticOut } from './statistic-output';
import type { StatisticOut, StatisticUpdate } from './statistics.schema';

/** Corrects a figure; its subject stays. The ranges are checked on the figure after the edit. */
export async function updateStatistic(
  db: Db,
  actor: Actor,
  input: { id: string; changes: StatisticUpdate },
): Promise<StatisticOut> {
  const current = await getStatistic(db, { id: input.id });
  assertFigureInRange({ ...current, ...input.changes });
  return withAudit(
    db,
    actor,
    { name: 'updateStatistic', planId: current.planId, municipalityId: current.municipalityId },
    async (tx) => {
      const [row] = await tx
        .update(t.areaStatistics)
        .set({ ...input.changes, updatedAt: new Date() })
        .where(eq(t.areaStatistics.id, input.id))
        .returning();
      if (!row) throw new AppError('STATISTIC_NOT_FOUND');
      return toStatisticOut(row);
    },
  );
}
