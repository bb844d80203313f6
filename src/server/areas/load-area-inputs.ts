import { and, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
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

const indicatorList = sql.join(
  CLASSIFICATION_INDICATORS.map((i) => sql`${i}`),
  sql`, `,
);

/** An area's stored figures of one scope, as one JSON array of [indicator, year, value, valueMax]. */
const figuresJson = (where: SQL) => sql<FigureTuple[] | string | null>`(
  select json_agg(json_build_array(s.indicator, s.year, s.value, s.value_max) order by s.created_at, s.id)
  from ${t.areaStatistics} s where ${where} and s.indicator in (${indicatorList}))`;

type FigureTuple = [StoredFigure['indicator'], number, number, number | null];
type ListingRow = NonNullable<AreaInput['officialListings']>[number] & { areaId: string };

const fromJson = <T>(value: T | string | null): T | null =>
  typeof value === 'string' ? (JSON.parse(value) as T) : value;

/**
 * Everything the classification needs for some areas, in two queries run side by side: the areas
 * with their own yearly figures (an area of a single afdeling falls back to that afdeling's
 * figures) and what the official lists said, each as JSON per area; and the yardsticks — the
 * national share of convicted of each year and each region's average income of each year.
 */
export async function loadAreaInputs(
  db: Executor,
  filter: { areaIds?: readonly string[]; municipalityId?: string } = {},
): Promise<LoadedArea[]> {
  const where: SQL[] = [];
  if (filter.areaIds) where.push(inArray(t.statutoryAreas.id, [...filter.areaIds]));
  if (filter.municipalityId) where.push(eq(t.statutoryAreas.municipalityId, filter.municipalityId));
  if (filter.areaIds?.length === 0) return [];
  const areaId = t.statutoryAreas.id;
  const [areas, yardsticks] = await Promise.all([
    db
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
        own: figuresJson(sql`s.scope = 'statutoryArea' and s.statutory_area_id = ${areaId}`),
        sole: figuresJson(
          sql`s.scope = 'department' and s.department_id = (
            select (array_agg(sd.department_id))[1] from ${t.statutoryAreaDepartments} sd
            where sd.area_id = ${areaId} having count(*) = 1)`,
        ),
        listings: sql<ListingRow[] | string | null>`(
          select json_agg(json_build_object('areaId', l.area_id, 'listYear', l.list_year,
            'category', l.category, 'listed', l.listed, 'source', l.source) order by l.list_year, l.category)
          from ${t.statutoryAreaListings} l where l.area_id = ${areaId})`,
      })
      .from(t.statutoryAreas)
      .innerJoin(t.municipalities, eq(t.municipalities.id, t.statutoryAreas.municipalityId))
      .where(where.length ? and(...where) : undefined)
      .orderBy(t.statutoryAreas.name),
    db
      .select({
        scope: t.areaStatistics.scope,
        region: t.areaStatistics.region,
        year: t.areaStatistics.year,
        value: t.areaStatistics.value,
      })
      .from(t.areaStatistics)
      .where(
        and(
          isNull(t.areaStatistics.valueMax),
          or(
            and(
              eq(t.areaStatistics.scope, 'country'),
              eq(t.areaStatistics.indicator, 'shareConvicted18plus'),
            ),
            and(eq(t.areaStatistics.scope, 'region'), eq(t.areaStatistics.indicator, 'averageIncome15to64')),
          ),
        ),
      )
      .orderBy(t.areaStatistics.createdAt, t.areaStatistics.id),
  ]);
  const national = new Map<number, number>();
  const regionIncome = new Map<string, Map<number, number>>();
  for (const r of yardsticks) {
    if (r.scope === 'country') national.set(r.year, r.value);
    else {
      const m = regionIncome.get(r.region ?? '') ?? new Map<number, number>();
      m.set(r.year, r.value);
      regionIncome.set(r.region ?? '', m);
    }
  }
  const stored = (tuples: FigureTuple[] | null): StoredFigure[] =>
    (tuples ?? []).map(([indicator, year, value, valueMax]) => ({
      indicator,
      year,
      value: Number(value),
      valueMax: valueMax === null ? null : Number(valueMax),
    }));
  return areas.map(({ own, sole, listings, ...a }) => {
    const figures = stored(fromJson(own));
    const fallback = stored(fromJson(sole));
    if (fallback.length > 0) {
      const have = new Set(figures.map((f) => `${f.indicator}:${f.year}`));
      for (const f of fallback) if (!have.has(`${f.indicator}:${f.year}`)) figures.push(f);
    }
    const region = regionIncome.get(a.municipality.region ?? '') ?? new Map<number, number>();
    return {
      ...a,
      input: {
        name: a.name,
        figures: yearFiguresFrom(figures, national, region),
        officialListings: fromJson(listings) ?? [],
      },
    };
  });
}
