import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  BUDGET_CATEGORIES,
  BUDGET_VERSION_KINDS,
  BUDGET_VERSION_STATUSES,
  MUNICIPALITY_PURPOSES,
  SPENDING_ORIGINS,
} from '../../domain/budget/budget-kinds';
import { FINANCING_KINDS, FINANCING_SCOPES, FINANCING_SOURCES } from '../../domain/financing/financing-kinds';
import { MAX_AMOUNT_ORE } from '../../domain/money/money';
import { activities } from './activities';
import { id, oneOf, source, timestamps } from './columns';
import { departments, housingOrganisations } from './organisations';
import { plans } from './plans';
import { focusAreas } from './reference';

/**
 * A budget version of a plan (decision 011): the applied budget, the approved one, and revisions.
 * Each is a full set of lines; an approved version is frozen, a change is a new revision.
 */
export const budgetVersions = pgTable(
  'budget_versions',
  {
    id: id(),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    kind: text({ enum: BUDGET_VERSION_KINDS }).notNull(),
    status: text({ enum: BUDGET_VERSION_STATUSES }).notNull().default('draft'),
    name: text().notNull(),
    /** The budget years the version covers (calendar years, or the plan years starting in them). */
    firstYear: integer().notNull(),
    lastYear: integer().notNull(),
    basedOnVersionId: uuid().references((): AnyPgColumn => budgetVersions.id, { onDelete: 'set null' }),
    note: text(),
    /** When it was approved: the moment of approval here, or the date its source gives. */
    approvedAt: timestamp({ withTimezone: true }),
    approvedBy: text(),
    /** Why an approved version has no date (or approver): its source does not give it. */
    approvalNote: text(),
    documentSource: source(),
    ...timestamps(),
  },
  (t) => [
    check('budget_versions_kind', oneOf('kind', BUDGET_VERSION_KINDS)),
    check('budget_versions_status', oneOf('status', BUDGET_VERSION_STATUSES)),
    check(
      'budget_versions_years',
      sql`${t.lastYear} >= ${t.firstYear} and ${t.firstYear} between 1990 and 2100 and ${t.lastYear} <= 2100`,
    ),
    check(
      'budget_versions_approved',
      sql`${t.status} <> 'approved' or ${t.approvedAt} is not null or ${t.approvalNote} is not null`,
    ),
    index('budget_versions_plan').on(t.planId),
  ],
);

/** One cost post for one year (or the whole period when null), in integer øre. */
export const budgetLines = pgTable(
  'budget_lines',
  {
    id: id(),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    versionId: uuid()
      .notNull()
      .references(() => budgetVersions.id, { onDelete: 'cascade' }),
    scope: text({ enum: FINANCING_SCOPES }).notNull().default('plan'),
    year: integer(),
    category: text({ enum: BUDGET_CATEGORIES }).notNull(),
    description: text().notNull(),
    activityId: uuid().references(() => activities.id, { onDelete: 'set null' }),
    focusAreaId: uuid().references(() => focusAreas.id),
    amountOre: bigint({ mode: 'number' }).notNull(),
    position: integer().notNull().default(0),
    documentSource: source(),
    ...timestamps(),
  },
  (t) => [
    check('budget_lines_scope', oneOf('scope', FINANCING_SCOPES)),
    check('budget_lines_category', oneOf('category', BUDGET_CATEGORIES)),
    check('budget_lines_amount_range', sql`${t.amountOre} between 0 and ${sql.raw(String(MAX_AMOUNT_ORE))}`),
    check('budget_lines_year', sql`${t.year} is null or ${t.year} between 1990 and 2100`),
    index('budget_lines_version').on(t.versionId),
  ],
);

/** Who pays (part of) a line, and how: cash, hours (hours × rate), premises, or unspecified. */
export const budgetLineFinancings = pgTable(
  'budget_line_financings',
  {
    id: id(),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    lineId: uuid()
      .notNull()
      .references(() => budgetLines.id, { onDelete: 'cascade' }),
    source: text({ enum: FINANCING_SOURCES }).notNull(),
    sourceName: text().notNull(),
    organisationId: uuid().references(() => housingOrganisations.id),
    departmentId: uuid().references(() => departments.id),
    kind: text({ enum: FINANCING_KINDS }).notNull(),
    amountOre: bigint({ mode: 'number' }).notNull(),
    hours: numeric({ precision: 12, scale: 2, mode: 'number' }),
    hourlyRateOre: bigint({ mode: 'number' }),
    /** Given as a share of the line (basis points): the amount was derived from it. */
    shareBp: integer(),
    purpose: text({ enum: MUNICIPALITY_PURPOSES }),
    isApproximate: boolean().notNull().default(false),
    position: integer().notNull().default(0),
    ...timestamps(),
  },
  (t) => [
    check('budget_line_financings_source', oneOf('source', FINANCING_SOURCES)),
    check('budget_line_financings_kind', oneOf('kind', FINANCING_KINDS)),
    check(
      'budget_line_financings_purpose',
      sql`${t.purpose} is null or ${sql.raw(`purpose in (${MUNICIPALITY_PURPOSES.map((p) => `'${p}'`).join(', ')})`)}`,
    ),
    check(
      'budget_line_financings_amount_range',
      sql`${t.amountOre} between 0 and ${sql.raw(String(MAX_AMOUNT_ORE))}`,
    ),
    check('budget_line_financings_share', sql`${t.shareBp} is null or ${t.shareBp} between 0 and 10000`),
    check(
      'budget_line_financings_hours',
      sql`(${t.hours} is null and ${t.hourlyRateOre} is null) or (${t.kind} = 'inKindHours' and ${t.hours} >= 0 and ${t.hourlyRateOre} >= 0 and ${t.amountOre} = round(${t.hours} * ${t.hourlyRateOre}))`,
    ),
    index('budget_line_financings_line').on(t.lineId),
  ],
);

/** The budget rules' settings of a plan, where the sources leave a rule open (decision 011). */
export const budgetRuleSettings = pgTable(
  'budget_rule_settings',
  {
    id: id(),
    planId: uuid()
      .notNull()
      .unique()
      .references(() => plans.id, { onDelete: 'cascade' }),
    minimumLocalShareBp: integer().notNull().default(2500),
    municipalityShareToleranceBp: integer().notNull().default(10),
    countInKindHours: boolean().notNull().default(true),
    countInKindPremises: boolean().notNull().default(true),
    lbfCeilingOre: bigint({ mode: 'number' }),
    note: text(),
    ...timestamps(),
  },
  (t) => [
    check(
      'budget_rule_settings_shares',
      sql`${t.minimumLocalShareBp} between 0 and 10000 and ${t.municipalityShareToleranceBp} between 0 and 10000`,
    ),
    check(
      'budget_rule_settings_ceiling',
      sql`${t.lbfCeilingOre} is null or ${t.lbfCeilingOre} between 0 and ${sql.raw(String(MAX_AMOUNT_ORE))}`,
    ),
  ],
);

/** How a plan's accounting accounts map to budget posts (category, optionally one line's text). */
export const accountMappings = pgTable(
  'account_mappings',
  {
    id: id(),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    account: text().notNull(),
    category: text({ enum: BUDGET_CATEGORIES }).notNull(),
    lineDescription: text(),
    label: text(),
    position: integer().notNull().default(0),
    ...timestamps(),
  },
  (t) => [
    check('account_mappings_category', oneOf('category', BUDGET_CATEGORIES)),
    check('account_mappings_account', sql`length(trim(${t.account})) > 0`),
    unique('account_mappings_plan_account').on(t.planId, t.account),
  ],
);

/**
 * Actual spending, one booking per row. Amounts may be negative: accounting exports carry credit
 * notes and reversals, which must net out (decision 011).
 */
export const spendingEntries = pgTable(
  'spending_entries',
  {
    id: id(),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    date: date({ mode: 'string' }).notNull(),
    account: text(),
    category: text({ enum: BUDGET_CATEGORIES }).notNull(),
    lineDescription: text(),
    description: text(),
    amountOre: bigint({ mode: 'number' }).notNull(),
    origin: text({ enum: SPENDING_ORIGINS }).notNull().default('manual'),
    importId: uuid(),
    fileRow: integer(),
    position: integer().notNull().default(0),
    ...timestamps(),
  },
  (t) => [
    check('spending_entries_category', oneOf('category', BUDGET_CATEGORIES)),
    check('spending_entries_origin', oneOf('origin', SPENDING_ORIGINS)),
    check('spending_entries_date', sql`${t.date} between '1990-01-01' and '2100-12-31'`),
    check(
      'spending_entries_amount_range',
      sql`${t.amountOre} between -${sql.raw(String(MAX_AMOUNT_ORE))} and ${sql.raw(String(MAX_AMOUNT_ORE))}`,
    ),
    index('spending_entries_plan_date').on(t.planId, t.date),
  ],
);
