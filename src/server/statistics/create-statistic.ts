import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { assertFigureInRange } from '../../domain/statistics/statistic-rules';
import { type Actor, withAudit } from '../audit/with-audit';
import { toStatisticOut } from './statistic-output';
import type { StatisticSubject } from './statistic-subject';
import type { StatisticInput, StatisticOut } from './statistics.schema';

/** Adds one figure, with its source, for an afdeling, a plan's areas, a municipality or the country. */
export async function createStatistic(
  db: Db,
  actor: Actor,
  input: { subject: StatisticSubject; statistic: StatisticInput },
): Promise<StatisticOut> {
  assertFigureInRange(input.statistic);
  const { subject } = input;
  return withAudit(
    db,
    actor,
    { name: 'createStatistic', planId: subject.access.planId, municipalityId: subject.access.municipalityId },
    async (tx) => {
      const [row] = await tx
        .insert(t.areaStatistics)
        .values({ ...input.statistic, scope: subject.scope, ...subject.columns })
        .returning();
      if (!row) throw new Error('statistic was not created');
      return toStatisticOut(row);
    },
  );
}
