import { sql } from 'drizzle-orm';
import { bigint, check, integer, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { id, source } from './columns';

/** LBF funding periods ("2019-26-midlerne"); the focus areas hang off them. */
export const fundingPeriods = pgTable(
  'funding_periods',
  {
    id: text().primaryKey(),
    name: text().notNull(),
    startYear: integer().notNull(),
    endYear: integer().notNull(),
    annualFrameOre: bigint({ mode: 'number' }),
    source: source(),
  },
  (t) => [check('funding_periods_years', sql`${t.endYear} >= ${t.startYear}`)],
);

export const focusAreas = pgTable(
  'focus_areas',
  {
    id: id(),
    fundingPeriodId: text()
      .notNull()
      .references(() => fundingPeriods.id),
    code: text().notNull(),
    name: text().notNull(),
    nameEn: text().notNull(),
    goal: text(),
    position: integer().notNull(),
  },
  (t) => [unique('focus_areas_period_code').on(t.fundingPeriodId, t.code)],
);

export type FocusAreaRow = typeof focusAreas.$inferSelect;
export const focusAreaId = () => uuid().references(() => focusAreas.id);
