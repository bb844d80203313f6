import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, numeric, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { STATISTIC_INDICATORS, STATISTIC_SCOPES } from '../../domain/statistics/indicators';
import { statutoryAreas } from './areas';
import { id, oneOf, source, timestamps } from './columns';
import { departments, municipalities } from './organisations';
import { plans } from './plans';

/**
 * One figure, for one subject, with its own source and reference year. A figure the source
 * gives as a range ("170–175.000 kr.") keeps both ends; an approximate one ("ca. 40 %") is
 * flagged. Unknown figures have no row — they are never invented.
 */
export const areaStatistics = pgTable(
  'area_statistics',
  {
    id: id(),
    scope: text({ enum: STATISTIC_SCOPES }).notNull(),
    departmentId: uuid().references(() => departments.id, { onDelete: 'cascade' }),
    planId: uuid().references(() => plans.id, { onDelete: 'cascade' }),
    municipalityId: uuid().references(() => municipalities.id, { onDelete: 'cascade' }),
    statutoryAreaId: uuid().references(() => statutoryAreas.id, { onDelete: 'cascade' }),
    /** For scope `region`: the region's name as on municipalities.region ("Region Sjælland"). */
    region: text(),
    indicator: text({ enum: STATISTIC_INDICATORS }).notNull(),
    year: integer().notNull(),
    value: numeric({ precision: 14, scale: 3, mode: 'number' }).notNull(),
    valueMax: numeric({ precision: 14, scale: 3, mode: 'number' }),
    isApproximate: boolean().notNull().default(false),
    /** Free text for the exact reference date or population, e.g. "pr. 1/1 2020". */
    referencePeriod: text(),
    note: text(),
    source: source().notNull(),
    ...timestamps(),
  },
  (t) => [
    check('area_statistics_scope', oneOf('scope', STATISTIC_SCOPES)),
    check('area_statistics_indicator', oneOf('indicator', STATISTIC_INDICATORS)),
    check(
      'area_statistics_subject',
      sql`num_nonnulls(department_id, plan_id, municipality_id, statutory_area_id, region) = case when scope = 'country' then 0 else 1 end
       and (scope <> 'department' or department_id is not null)
       and (scope <> 'planAreas' or plan_id is not null)
       and (scope <> 'municipality' or municipality_id is not null)
       and (scope <> 'statutoryArea' or statutory_area_id is not null)
       and (scope <> 'region' or region is not null)`,
    ),
    check('area_statistics_range', sql`${t.valueMax} is null or ${t.valueMax} >= ${t.value}`),
    check(
      'area_statistics_share_range',
      sql`indicator not like 'share%' or (value between 0 and 100 and (value_max is null or value_max <= 100))`,
    ),
    check('area_statistics_nonneg', sql`${t.value} >= 0`),
    check('area_statistics_year', sql`${t.year} between 1900 and 2200`),
    index('area_statistics_department').on(t.departmentId),
    index('area_statistics_plan').on(t.planId),
    index('area_statistics_municipality').on(t.municipalityId),
    index('area_statistics_statutory_area').on(t.statutoryAreaId, t.indicator, t.year),
  ],
);
