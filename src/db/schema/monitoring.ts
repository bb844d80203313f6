import { sql } from 'drizzle-orm';
import { check, index, integer, numeric, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import {
  ENROLMENT_OUTCOMES,
  INDICATOR_BASES,
  INDICATOR_DIRECTIONS,
  INDICATOR_KINDS,
  INDICATOR_UNITS,
  MEASUREMENT_METHODS,
} from '../../domain/monitoring/indicator-kinds';
import { activities } from './activities';
import { id, oneOf, source, timestamps } from './columns';
import { plans } from './plans';
import { focusAreas } from './reference';

const figure = () => numeric({ precision: 14, scale: 2, mode: 'number' });

/**
 * A target and its indicator (issue #4 §1), on an activity, on a focus area (all its activities)
 * or on the whole plan (neither set). Registration-based ones are computed from sessions,
 * attendances and enrolments; survey/statistics ones hold their yearly values in
 * indicator_measurements.
 */
export const indicators = pgTable(
  'indicators',
  {
    id: id(),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    activityId: uuid().references(() => activities.id, { onDelete: 'cascade' }),
    focusAreaId: uuid().references(() => focusAreas.id),
    name: text().notNull(),
    description: text(),
    kind: text({ enum: INDICATOR_KINDS }).notNull(),
    unit: text({ enum: INDICATOR_UNITS }).notNull(),
    direction: text({ enum: INDICATOR_DIRECTIONS }).notNull().default('increase'),
    basis: text({ enum: INDICATOR_BASES }).notNull(),
    /** For enrolmentOutcome / outcomeShare: which outcome counts. */
    outcome: text({ enum: ENROLMENT_OUTCOMES }),
    measurement: text({ enum: MEASUREMENT_METHODS }).notNull(),
    baseline: figure(),
    baselineNote: text(),
    /** A target for the whole period where the plan states one; otherwise the yearly targets add up. */
    periodTarget: figure(),
    position: integer().notNull().default(0),
    source: source(),
    ...timestamps(),
  },
  (t) => [
    check('indicators_kind', oneOf('kind', INDICATOR_KINDS)),
    check('indicators_unit', oneOf('unit', INDICATOR_UNITS)),
    check('indicators_direction', oneOf('direction', INDICATOR_DIRECTIONS)),
    check('indicators_basis', oneOf('basis', INDICATOR_BASES)),
    check('indicators_outcome', sql`outcome is null or ${oneOf('outcome', ENROLMENT_OUTCOMES)}`),
    check('indicators_measurement', oneOf('measurement', MEASUREMENT_METHODS)),
    check(
      'indicators_outcome_needed',
      sql`(${t.basis} in ('enrolmentOutcome', 'outcomeShare')) = (${t.outcome} is not null)`,
    ),
    check('indicators_manual_measured', sql`(${t.basis} = 'manual') = (${t.measurement} <> 'registration')`),
    check('indicators_period_target', sql`${t.periodTarget} is null or ${t.periodTarget} >= 0`),
    index('indicators_plan').on(t.planId),
    index('indicators_activity').on(t.activityId),
  ],
);

/** The number aimed for in one plan year (index 0 = the plan's first year). */
export const indicatorTargets = pgTable(
  'indicator_targets',
  {
    indicatorId: uuid()
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    yearIndex: integer().notNull(),
    target: figure().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.indicatorId, t.yearIndex] }),
    check('indicator_targets_year', sql`${t.yearIndex} between 0 and 20`),
    check('indicator_targets_target', sql`${t.target} >= 0`),
  ],
);

/** A survey or statistics value for one plan year of a manual indicator. */
export const indicatorMeasurements = pgTable(
  'indicator_measurements',
  {
    indicatorId: uuid()
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    yearIndex: integer().notNull(),
    value: figure().notNull(),
    note: text(),
    source: source(),
  },
  (t) => [
    primaryKey({ columns: [t.indicatorId, t.yearIndex] }),
    check('indicator_measurements_year', sql`${t.yearIndex} between 0 and 20`),
  ],
);
