import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { PLAN_STATUSES, PREDECESSOR_KINDS, STAFF_ROLES } from '../../domain/plans/plan-status';
import { id, oneOf, source, timestamps } from './columns';
import { departments, housingOrganisations, municipalities } from './organisations';
import { fundingPeriods } from './reference';

export const plans = pgTable(
  'plans',
  {
    id: id(),
    slug: text().notNull().unique(),
    name: text().notNull(),
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    fundingPeriodId: text()
      .notNull()
      .references(() => fundingPeriods.id),
    /** Nullable: a predecessor plan's exact dates are often not given by the sources. */
    startDate: date({ mode: 'string' }),
    endDate: date({ mode: 'string' }),
    status: text({ enum: PLAN_STATUSES }).notNull().default('idea'),
    summary: text(),
    vision: text(),
    /** How long participant data is kept after the plan ends (GDPR storage limitation). */
    participantRetentionMonths: integer().notNull().default(12),
    /**
     * The years a source names when it gives no dates (Holbæk's pixi: "2024–2027"); the plan then
     * runs in calendar years. Dates win when both are known.
     */
    firstYear: integer(),
    lastYear: integer(),
    /** Counts below this are hidden from roles that see aggregates only (issue #4 §4). */
    suppressionThreshold: integer().notNull().default(5),
    /**
     * Set while an administrator has reopened a completed or superseded plan for corrections
     * (decision 016); cleared when it is closed again. The audit trail keeps every reopening.
     */
    reopenedAt: timestamp({ withTimezone: true }),
    reopenReason: text(),
    /**
     * What the sources say about the plan's financing as a whole (issue #13, decision 015): a
     * total the source gives itself ("Samlet budget: 31 mio. kr."), in øre, with where it says so;
     * and whether the source lists every funder, so their sum is the total. Neither set: the total
     * is not known, whatever the financing lines add up to.
     */
    financingStatedTotalOre: bigint({ mode: 'number' }),
    financingStatedTotalSource: text(),
    financingAllFundersKnown: boolean().notNull().default(false),
    financingAllFundersKnownSource: text(),
    source: source(),
    ...timestamps(),
  },
  (t) => [
    check('plans_status', oneOf('status', PLAN_STATUSES)),
    check(
      'plans_period',
      sql`${t.endDate} is null or ${t.startDate} is null or ${t.endDate} >= ${t.startDate}`,
    ),
    check(
      'plans_years',
      sql`(${t.firstYear} is null) = (${t.lastYear} is null) and (${t.lastYear} is null or (${t.lastYear} >= ${t.firstYear} and ${t.firstYear} between 1990 and 2100 and ${t.lastYear} <= 2100))`,
    ),
    check('plans_reopened', sql`(${t.reopenedAt} is null) = (${t.reopenReason} is null)`),
    check(
      'plans_financing_stated_total',
      sql`${t.financingStatedTotalOre} is null or ${t.financingStatedTotalOre} >= 0`,
    ),
    check('plans_suppression_threshold', sql`${t.suppressionThreshold} between 2 and 50`),
    index('plans_municipality').on(t.municipalityId),
  ],
);

export const planPredecessors = pgTable(
  'plan_predecessors',
  {
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    predecessorPlanId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    kind: text({ enum: PREDECESSOR_KINDS }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.planId, t.predecessorPlanId] }),
    check('plan_predecessors_kind', oneOf('kind', PREDECESSOR_KINDS)),
    check('plan_predecessors_not_self', sql`${t.planId} <> ${t.predecessorPlanId}`),
  ],
);

export const planDepartments = pgTable(
  'plan_departments',
  {
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    departmentId: uuid()
      .notNull()
      .references(() => departments.id),
    /** E.g. "2/3 af Bjergmarken" when only part of an area is covered. */
    coverageNote: text(),
  },
  (t) => [
    primaryKey({ columns: [t.planId, t.departmentId] }),
    index('plan_departments_department').on(t.departmentId),
  ],
);

export const PLAN_ORGANISATION_ROLES = ['applicant', 'participant'] as const;
export const planOrganisations = pgTable(
  'plan_organisations',
  {
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    organisationId: uuid()
      .notNull()
      .references(() => housingOrganisations.id),
    role: text({ enum: PLAN_ORGANISATION_ROLES }).notNull().default('participant'),
  },
  (t) => [
    primaryKey({ columns: [t.planId, t.organisationId] }),
    check('plan_organisations_role', oneOf('role', PLAN_ORGANISATION_ROLES)),
  ],
);

export const planStaff = pgTable(
  'plan_staff',
  {
    id: id(),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    role: text({ enum: STAFF_ROLES }).notNull(),
    title: text().notNull(),
    name: text(),
    weeklyHours: numeric({ precision: 5, scale: 2, mode: 'number' }),
    employerOrganisationId: uuid().references(() => housingOrganisations.id),
    position: integer().notNull().default(0),
    source: source(),
    ...timestamps(),
  },
  (t) => [
    check('plan_staff_role', oneOf('role', STAFF_ROLES)),
    check('plan_staff_hours', sql`${t.weeklyHours} is null or ${t.weeklyHours} between 0 and 168`),
    index('plan_staff_plan').on(t.planId),
  ],
);
