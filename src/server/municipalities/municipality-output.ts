import { asc, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import { sourceText, toCitationOrNull } from '../reference/citation';
import type { Municipality } from './municipalities.schema';

type Row = typeof t.municipalities.$inferSelect;

/** Municipalities with their co-financing models: one query for the models of them all. */
export async function withCoFinancingModels(db: Executor, rows: readonly Row[]): Promise<Municipality[]> {
  const ids = rows.map((m) => m.id);
  const models = ids.length
    ? await db
        .select()
        .from(t.municipalityCoFinancingModels)
        .where(inArray(t.municipalityCoFinancingModels.municipalityId, ids))
        .orderBy(asc(t.municipalityCoFinancingModels.description))
    : [];
  return rows.map((m) => ({
    id: m.id,
    slug: m.slug,
    name: m.name,
    region: m.region,
    population: m.population,
    reportedPlanCount: m.reportedPlanCount,
    districtForumCount: m.districtForumCount,
    description: m.description,
    source: sourceText(m.source),
    citation: toCitationOrNull(m.source),
    coFinancingModels: models
      .filter((x) => x.municipalityId === m.id)
      .map((x) => ({ ...x, source: sourceText(x.source) })),
  }));
}
