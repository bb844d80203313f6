import { z } from 'zod';
import {
  ENROLMENT_OUTCOMES,
  INDICATOR_BASES,
  INDICATOR_DIRECTIONS,
  INDICATOR_KINDS,
  INDICATOR_UNITS,
  MEASUREMENT_METHODS,
} from '../../domain/monitoring/indicator-kinds';
import { PROGRESS_STATUSES } from '../../domain/monitoring/progress';
import { INDICATOR_SCOPES } from '../indicators/indicators.schema';

/** A count that is null where it is suppressed (small numbers stay private, issue #4 §4). */
const count = z.number().nullable();

/** Whether the figures are exact (the caller may read the plan) or suppressed below `threshold`. */
const privacy = {
  suppressed: z.boolean().describe('Små tal er skjult (null), fordi kalderen kun ser aggregerede tal'),
  threshold: z.number().int().nullable().describe('Tærsklen for skjulte tal, når suppressed'),
};

export const planYearOut = z.object({
  index: z.number().int(),
  label: z.string(),
  start: z.string(),
  end: z.string(),
});

export const indicatorProgressOut = z.object({
  indicatorId: z.uuid(),
  name: z.string(),
  scope: z.enum(INDICATOR_SCOPES),
  activityId: z.uuid().nullable(),
  /** The indicator's focus area, or its activity's. */
  focusAreaId: z.uuid().nullable(),
  kind: z.enum(INDICATOR_KINDS),
  unit: z.enum(INDICATOR_UNITS),
  direction: z.enum(INDICATOR_DIRECTIONS),
  basis: z.enum(INDICATOR_BASES),
  outcome: z.enum(ENROLMENT_OUTCOMES).nullable(),
  measurement: z.enum(MEASUREMENT_METHODS),
  baseline: z.number().nullable(),
  years: z.array(
    planYearOut.extend({
      actual: count,
      target: z.number().nullable(),
      cumulativeActual: count,
      cumulativeTarget: z.number().nullable(),
    }),
  ),
  total: z.object({ actual: count, target: z.number().nullable() }),
  /** Total actual as a percentage of the total target (null without a target or a figure). */
  shareOfTarget: z.number().nullable(),
  status: z.enum(PROGRESS_STATUSES),
  /** Registrations dated outside the plan's years, left out of the figures. */
  outsidePeriod: count,
  /** Open events' head counts are included: the figure is "mindst" (cannot be de-duplicated). */
  atLeast: z.boolean(),
});
export type IndicatorProgressOut = z.infer<typeof indicatorProgressOut>;

export const focusAreaRefOut = z.object({ id: z.uuid(), code: z.string(), name: z.string() });

export const planProgressOut = z.object({
  planId: z.uuid(),
  years: z.array(planYearOut),
  ...privacy,
  focusAreas: z.array(focusAreaRefOut),
  indicators: z.array(indicatorProgressOut),
});
export type PlanProgressOut = z.infer<typeof planProgressOut>;

export const breakdownOut = z.object({
  cells: z.array(z.object({ key: z.string(), label: z.string(), value: count })),
  total: count,
});
export type BreakdownOut = z.infer<typeof breakdownOut>;

export const indicatorProgressDetailOut = indicatorProgressOut.extend({
  planId: z.uuid(),
  ...privacy,
  /** Over the whole period, for participant-based bases; null for sessions, hours, shares, manual. */
  breakdowns: z.object({ ageBand: breakdownOut, gender: breakdownOut, department: breakdownOut }).nullable(),
});
export type IndicatorProgressDetailOut = z.infer<typeof indicatorProgressDetailOut>;

/** Filters are for exact viewers (plan:read): suppressed callers get 403 (decision 013). */
export const dashboardQuery = z.object({
  activityId: z.uuid().optional().describe('Kun denne indsats'),
  focusAreaId: z.uuid().optional().describe('Kun indsatser i dette indsatsområde'),
});
export type DashboardQuery = z.infer<typeof dashboardQuery>;

export const dashboardOut = z.object({
  planId: z.uuid(),
  ...privacy,
  additiveHidden: z
    .boolean()
    .describe(
      'Fremmøder, gange og timer er udeladt (null): de kan lægges sammen og trækkes fra; kalderen ser dem kun som indikatorer',
    ),
  filters: dashboardQuery,
  months: z.array(
    z.object({
      month: z.string().describe('ÅÅÅÅ-MM'),
      attendances: count,
      participants: count,
      sessions: count,
      volunteerHours: count,
    }),
  ),
  reach: z.object({ department: breakdownOut, gender: breakdownOut, ageBand: breakdownOut }),
  focusAreas: z.array(
    focusAreaRefOut.extend({
      activities: z.number().int(),
      sessions: count,
      participants: count,
      attendances: count,
      volunteerHours: count,
    }),
  ),
});
export type DashboardOut = z.infer<typeof dashboardOut>;
