import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import type { FundingPeriod } from './reference.schema';

/** LBF's funding periods, oldest first, each with its focus areas in LBF's order. */
export async function listFundingPeriods(
  db: Executor,
  input: { id?: string } = {},
): Promise<FundingPeriod[]> {
  const periods = await db
    .select()
    .from(t.fundingPeriods)
    .where(input.id ? eq(t.fundingPeriods.id, input.id) : undefined)
    .orderBy(asc(t.fundingPeriods.startYear));
  const ids = periods.map((p) => p.id);
  const areas = ids.length
    ? await db
        .select()
        .from(t.focusAreas)
        .where(inArray(t.focusAreas.fundingPeriodId, ids))
        .orderBy(asc(t.focusAreas.position))
    : [];
  return periods.map((p) => ({
    id: p.id,
    name: p.name,
    startYear: p.startYear,
    endYear: p.endYear,
    annualFrameOre: p.annualFrameOre === null ? null : Number(p.annualFrameOre),
    focusAreas: areas
      .filter((a) => a.fundingPeriodId === p.id)
      .map((a) => ({ id: a.id, code: a.code, name: a.name, goal: a.goal })),
  }));
}
