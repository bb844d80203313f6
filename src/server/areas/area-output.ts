import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import { categoryNamesForYear } from '../../domain/classification/rule-sets';
import { renderSource } from '../../domain/reference/source-documents';
import { sourceText, toCitationOrNull } from '../reference/citation';
import type { AreaDetail, AreaSummary } from './areas.schema';

type AreaRow = typeof t.statutoryAreas.$inferSelect;

/** Areas with their municipality and afdelinger, in two queries whatever the number of areas. */
export async function toAreaSummaries(db: Executor, rows: readonly AreaRow[]): Promise<AreaSummary[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [municipalities, members] = await Promise.all([
    db
      .select({
        id: t.municipalities.id,
        slug: t.municipalities.slug,
        name: t.municipalities.name,
        region: t.municipalities.region,
      })
      .from(t.municipalities)
      .where(inArray(t.municipalities.id, [...new Set(rows.map((r) => r.municipalityId))])),
    db
      .select({
        areaId: t.statutoryAreaDepartments.areaId,
        id: t.departments.id,
        slug: t.departments.slug,
        name: t.departments.name,
      })
      .from(t.statutoryAreaDepartments)
      .innerJoin(t.departments, eq(t.departments.id, t.statutoryAreaDepartments.departmentId))
      .where(inArray(t.statutoryAreaDepartments.areaId, ids))
      .orderBy(asc(t.departments.name)),
  ]);
  const byArea = new Map<string, (typeof members)[number][]>();
  for (const m of members) {
    const list = byArea.get(m.areaId);
    if (list) list.push(m);
    else byArea.set(m.areaId, [m]);
  }
  return rows.map((r) => {
    const m = municipalities.find((x) => x.id === r.municipalityId);
    if (!m) throw new Error('area without municipality');
    return {
      id: r.id,
      slug: r.slug,
      name: r.name,
      municipality: m,
      residents: r.residents,
      departments: (byArea.get(r.id) ?? []).map(({ areaId: _, ...d }) => d),
      description: r.description,
      source: sourceText(r.source),
      citation: toCitationOrNull(r.source),
    };
  });
}

export async function toAreaDetail(db: Executor, row: AreaRow): Promise<AreaDetail> {
  const [summary] = await toAreaSummaries(db, [row]);
  if (!summary) throw new Error('area summary missing');
  const listings = await db
    .select({
      id: t.statutoryAreaListings.id,
      listYear: t.statutoryAreaListings.listYear,
      category: t.statutoryAreaListings.category,
      listed: t.statutoryAreaListings.listed,
      source: t.statutoryAreaListings.source,
    })
    .from(t.statutoryAreaListings)
    .where(eq(t.statutoryAreaListings.areaId, row.id))
    .orderBy(asc(t.statutoryAreaListings.listYear), asc(t.statutoryAreaListings.category));
  return {
    ...summary,
    listings: listings.map((l) => ({
      ...l,
      categoryName: categoryNamesForYear(l.listYear, l.category),
      source: renderSource(l.source),
    })),
  };
}
