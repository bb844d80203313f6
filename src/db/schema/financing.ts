import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { FINANCING_KINDS, FINANCING_SCOPES, FINANCING_SOURCES } from '../../domain/financing/financing-kinds';
import { MAX_AMOUNT_ORE } from '../../domain/money/money';
import { id, oneOf, source, timestamps } from './columns';
import { departments, housingOrganisations } from './organisations';
import { plans } from './plans';

/** One amount from one source of one kind, in integer øre, for a year or the whole period. */
export const financingLines = pgTable(
  'financing_lines',
  {
    id: id(),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    scope: text({ enum: FINANCING_SCOPES }).notNull().default('plan'),
    source: text({ enum: FINANCING_SOURCES }).notNull(),
    /** The payer's name as the document gives it ("Holbæk Kommune", "Boligorganisationerne"). */
    sourceName: text().notNull(),
    organisationId: uuid().references(() => housingOrganisations.id),
    departmentId: uuid().references(() => departments.id),
    kind: text({ enum: FINANCING_KINDS }).notNull(),
    /** What the money or in-kind contribution is for ("Lokaleleje", "Driftschef (30 t/år)"). */
    description: text(),
    amountOre: bigint({ mode: 'number' }).notNull(),
    isApproximate: boolean().notNull().default(false),
    /** A single budget year, or null for the whole period (periodStart/End narrow it if known). */
    year: integer(),
    periodStart: date({ mode: 'string' }),
    periodEnd: date({ mode: 'string' }),
    position: integer().notNull().default(0),
    documentSource: source(),
    ...timestamps(),
  },
  (t) => [
    check('financing_lines_scope', oneOf('scope', FINANCING_SCOPES)),
    check('financing_lines_source', oneOf('source', FINANCING_SOURCES)),
    check('financing_lines_kind', oneOf('kind', FINANCING_KINDS)),
    check(
      'financing_lines_amount_range',
      sql`${t.amountOre} between 0 and ${sql.raw(String(MAX_AMOUNT_ORE))}`,
    ),
    check(
      'financing_lines_period',
      sql`${t.periodEnd} is null or ${t.periodStart} is null or ${t.periodEnd} >= ${t.periodStart}`,
    ),
    index('financing_lines_plan').on(t.planId),
  ],
);
