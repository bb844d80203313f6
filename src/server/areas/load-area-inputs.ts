import { and, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import type { AreaInput } from '../../domain/classification/classify';
import {
  CLASSIFICATION_INDICATORS,
  type StoredFigure,
  yearFiguresFrom,
} from '../../domain/classification/inputs';

export interface LoadedArea {
  id: string;
  slug: string;
  name: string;
  municipality: { id: string; slug: string; name: string; region: string | null };
  input: AreaInput;
}

/**
 * Everything the classification needs for some areas, in a fixed number of queries: the areas'
 * own yearly figures (an area of a single afdeling falls back to that afdeling's figures), the
 * national share of convicted of each year and the region's average income of each year, and
 * what the official lists said.
 */
export async function loadAreaInputs(
  db: Executor,
  filter: { areaIds?: readonly string[]; municipalityId?: string } = {},
): Promise<LoadedArea[]> {
  const where: SQL[] = [];
  if (filter.areaIds) where.push(inArray(t.statutoryAreas.id, [...filter.areaIds]));
  if (filter.municipalityId) where.push(eq(t.statutoryAreas.municipalityId, filter.municipalityId));
  if (filter.areaIds?.length === 0) return [];
  const areas = await db
    .select({
      id: t.statutoryAreas.id,
      slug: t.statutoryAreas.slug,
      name: t.statutoryAreas.name,
      municipality: {
        id: t.municipalities.id,
        slug: t.municipalities.slug,
        name: t.municipalities.name,
        region: t.municipalities.region,
      },
    })
    .from(t.statutoryAreas)
    .innerJoin(t.municipalities, eq(t.municipalities.id, t.statutoryAreas.municipalityId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(t.statutoryAreas.name);
  if (areas.length === 0) return [];
  const ids = areas.map((a) => a.id);
  const scoped = filter.areaIds || filter.municipalityId;

  const figureColumns = {
    indicator: t.areaStatistics.indicator,
    year: t.areaStatistics.year,
    value: t.areaStatistics.value,
    valueMax: t.areaStatistics.valueMax,
  };
  const own = await db
    .select({ ...figureColumns, areaId: t.areaStatistics.statutoryAreaId })
    .from(t.areaStatistics)
    .where(
      and(
        eq(t.areaStatistics.scope, 'statutoryArea'),
        inArray(t.areaStatistics.indicator, CLASSIFICATION_INDICATORS),
        scoped ? inArray(t.areaStatistics.statutoryAreaId, ids) : undefined,
      ),
    );

  const members = await db
    .select({
      areaId: t.statutoryAreaDepartments.areaId,
      departmentId: t.statutoryAreaDepartments.departmentId,
    })
    .from(t.statutoryAreaDepartments)
    .where(scoped ? inArray(t.statutoryAreaDepartments.areaId, ids) : undefined);
  const soleDepartment = new Map<string, string>();
  const membersByArea = groupBy(members, (m) => m.areaId);
  for (const id of ids) {
    const ds = membersByArea.get(id) ?? [];
    if (ds.length === 1 && ds[0]) soleDepartment.set(id, ds[0].departmentId);
  }
  const departmentFigures =
    soleDepartment.size > 0
      ? await db
          .select({ ...figureColumns, departmentId: t.areaStatistics.departmentId })
          .from(t.areaStatistics)
          .where(
            and(
              eq(t.areaStatistics.scope, 'department'),
              inArray(t.areaStatistics.indicator, CLASSIFICATION_INDICATORS),
              inArray(t.areaStatistics.departmentId, [...soleDepartment.values()]),
            ),
          )
      : [];

  const national = new Map<number, number>();
  for (const r of await db
    .select(figureColumns)
    .from(t.areaStatistics)
    .where(
      and(
        eq(t.areaStatistics.scope, 'country'),
        eq(t.areaStatistics.indicator, 'shareConvicted18plus'),
        isNull(t.areaStatistics.valueMax),
      ),
    )) {
    national.set(r.year, r.value);
  }
  const regions = [...new Set(areas.map((a) => a.municipality.region).filter((r): r is string => !!r))];
  const regionIncome = new Map<string, Map<number, number>>();
  if (regions.length > 0) {
    for (const r of await db
      .select({ ...figureColumns, region: t.areaStatistics.region })
      .from(t.areaStatistics)
      .where(
        and(
          eq(t.areaStatistics.scope, 'region'),
          eq(t.areaStatistics.indicator, 'averageIncome15to64'),
          inArray(t.areaStatistics.region, regions),
          isNull(t.areaStatistics.valueMax),
        ),
      )) {
      const m = regionIncome.get(r.region ?? '') ?? new Map<number, number>();
      m.set(r.year, r.value);
      regionIncome.set(r.region ?? '', m);
    }
  }
  const listings = await db
    .select({
      areaId: t.statutoryAreaListings.areaId,
      listYear: t.statutoryAreaListings.listYear,
      category: t.statutoryAreaListings.category,
      listed: t.statutoryAreaListings.listed,
      source: t.statutoryAreaListings.source,
    })
    .from(t.statutoryAreaListings)
    .where(scoped ? inArray(t.statutoryAreaListings.areaId, ids) : undefined);

  const ownByArea = groupBy(own, (r) => r.areaId ?? '');
  const byDepartment = groupBy(departmentFigures, (r) => r.departmentId ?? '');
  const listingsByArea = groupBy(listings, (r) => r.areaId);
  return areas.map((a) => {
    const figures: StoredFigure[] = [...(ownByArea.get(a.id) ?? [])];
    const sole = soleDepartment.get(a.id);
    if (sole) {
      const have = new Set(figures.map((f) => `${f.indicator}:${f.year}`));
      for (const f of byDepartment.get(sole) ?? [])
        if (!have.has(`${f.indicator}:${f.year}`)) figures.push(f);
    }
    const region = regionIncome.get(a.municipality.region ?? '') ?? new Map<number, number>();
    return {
      ...a,
      input: {
        name: a.name,
        figures: yearFiguresFrom(figures, national, region),
        officialListings: listingsByArea.get(a.id) ?? [],
      },
    };
  });
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return map;
}
