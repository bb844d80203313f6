import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { AREA_CATEGORIES } from '../../domain/classification/rule-sets';
import { id, oneOf, source, timestamps } from './columns';
import { departments, municipalities } from './organisations';

/**
 * A boligområde in the legal sense (almenboligloven § 61 a, stk. 3): contiguous parcels owned by
 * almene afdelinger, at least 1,000 residents, made of one or more afdelinger. Its yearly figures
 * live in `area_statistics` with scope `statutoryArea` (decision 012).
 */
export const statutoryAreas = pgTable(
  'statutory_areas',
  {
    id: id(),
    slug: text().notNull().unique(),
    /** The name on the official list, e.g. "Karlemoseparken"; imports find areas by it. */
    name: text().notNull(),
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    /** Residents as last reported (the yearly figure is in area_statistics). */
    residents: integer(),
    description: text(),
    source: source(),
    ...timestamps(),
  },
  (t) => [
    check('statutory_areas_residents', sql`${t.residents} is null or ${t.residents} >= 1000`),
    index('statutory_areas_municipality').on(t.municipalityId),
    // Names are what imports and the CLI match on: one area per name, whatever the case.
    uniqueIndex('statutory_areas_name_ci').on(sql`lower(${t.name})`),
  ],
);

/** The afdelinger an area consists of; an afdeling belongs to at most one area. */
export const statutoryAreaDepartments = pgTable(
  'statutory_area_departments',
  {
    areaId: uuid()
      .notNull()
      .references(() => statutoryAreas.id, { onDelete: 'cascade' }),
    departmentId: uuid()
      .notNull()
      .references(() => departments.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.areaId, t.departmentId] }),
    unique('statutory_area_department_once').on(t.departmentId),
  ],
);

/**
 * What an official 1 December list said about an area in one category, where known ("on the
 * ghetto list 2019"). It overrides the computed verdict for that year in "years in a row".
 */
export const statutoryAreaListings = pgTable(
  'statutory_area_listings',
  {
    id: id(),
    areaId: uuid()
      .notNull()
      .references(() => statutoryAreas.id, { onDelete: 'cascade' }),
    listYear: integer().notNull(),
    category: text({ enum: AREA_CATEGORIES }).notNull(),
    listed: boolean().notNull(),
    source: source().notNull(),
    ...timestamps(),
  },
  (t) => [
    check('statutory_area_listings_category', oneOf('category', AREA_CATEGORIES)),
    check('statutory_area_listings_year', sql`${t.listYear} between 2010 and 2200`),
    unique('statutory_area_listing_once').on(t.areaId, t.listYear, t.category),
  ],
);
