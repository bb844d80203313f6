import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { id, oneOf, source, timestamps } from './columns';

export const municipalities = pgTable('municipalities', {
  id: id(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  region: text(),
  population: integer(),
  /** Number of helhedsplaner the municipality reports (Copenhagen: 33, seed 004). */
  reportedPlanCount: integer(),
  /** Number of district-wide boligsociale fora (Copenhagen: 6, seed 004). */
  districtForumCount: integer(),
  description: text(),
  source: source(),
  ...timestamps(),
});

/**
 * A municipality's own co-financing model, e.g. Copenhagen pays 12.5 % of each plan's total,
 * of which 10.6 points may be staff secondment/activities and 1.9 points coordination
 * (facts.md §5). Shares in basis points (1/100 of a percent) to keep them exact.
 */
export const municipalityCoFinancingModels = pgTable(
  'municipality_co_financing_models',
  {
    id: id(),
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id, { onDelete: 'cascade' }),
    description: text().notNull(),
    payer: text(),
    totalShareBp: integer().notNull(),
    secondmentAndActivitiesShareBp: integer(),
    coordinationShareBp: integer(),
    source: source(),
  },
  (t) => [
    check('co_financing_share_range', sql`${t.totalShareBp} between 0 and 10000`),
    check(
      'co_financing_parts_within_total',
      sql`coalesce(${t.secondmentAndActivitiesShareBp}, 0) + coalesce(${t.coordinationShareBp}, 0) <= ${t.totalShareBp}`,
    ),
  ],
);

export const housingOrganisations = pgTable('housing_organisations', {
  id: id(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  shortName: text(),
  source: source(),
  ...timestamps(),
});

export const DEPARTMENT_KINDS = ['department', 'estate'] as const;

/**
 * An afdeling, or an estate (boligområde) as the seeds report it when they do not split it into
 * afdelinger (Hastrupparken has four afdelingsbestyrelser but is given as one area).
 */
export const departments = pgTable(
  'departments',
  {
    id: id(),
    slug: text().notNull().unique(),
    name: text().notNull(),
    kind: text({ enum: DEPARTMENT_KINDS }).notNull().default('department'),
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    organisationId: uuid().references(() => housingOrganisations.id),
    units: integer(),
    residents: integer(),
    description: text(),
    source: source(),
    ...timestamps(),
  },
  (t) => [
    check('departments_kind', oneOf('kind', DEPARTMENT_KINDS)),
    check('departments_units_nonneg', sql`${t.units} is null or ${t.units} >= 0`),
    check('departments_residents_nonneg', sql`${t.residents} is null or ${t.residents} >= 0`),
    index('departments_municipality').on(t.municipalityId),
  ],
);
