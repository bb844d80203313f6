import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { type Actor, withAudit } from '../audit/with-audit';
import { getStatistic } from './get-statistic';

export async function deleteStatistic(db: Db, actor: Actor, input: { id: string }): Promise<void> {
  const current = await getStatistic(db, input);
  await withAudit(
    db,
    actor,
    { name: 'deleteStatistic', planId: current.planId, municipalityId: current.municipalityId },
    (tx) => tx.delete(t.areaStatistics).where(eq(t.areaStatistics.id, input.id)),
  );
}
