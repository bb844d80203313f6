import { z } from 'zod';
import {
  ENROLMENT_OUTCOMES,
  INDICATOR_BASES,
  INDICATOR_DIRECTIONS,
  INDICATOR_KINDS,
  INDICATOR_UNITS,
  MEASUREMENT_METHODS,
} from '../../domain/monitoring/indicator-kinds';
import { nonEmptyText, optionalText } from '../http/common.schema';
import { partialOf } from '../plan-rows/plan-rows';

const yearIndex = z
  .number()
  .int({ message: 'Skal være et helt tal (planår 0, 1, 2 …)' })
  .min(0, { message: 'Planår tælles fra 0' })
  .max(20, { message: 'Højst planår 20' })
  .describe('Planår: 0 er planens første år');
/** numeric(14,2) in the database: under a trillion, two decimals. */
const figure = z
  .number({ message: 'Skal være et tal' })
  .min(-999_999_999_999.99, { message: 'Tallet er for stort' })
  .max(999_999_999_999.99, { message: 'Tallet er for stort' });

export const indicatorTarget = z.object({
  yearIndex,
  target: figure.min(0, { message: 'Måltallet må ikke være negativt' }),
});

/**
 * An indicator (mål/indikator) on an activity, on a focus area (all the plan's activities in it)
 * or on the whole plan (neither given). Registration-based ones are counted from sessions,
 * attendances and enrolments; survey/statistics ones (basis "manual") get their yearly values
 * through PUT /indicators/{id}/measurements.
 */
export const indicatorBody = z.object({
  activityId: z.uuid().nullable().optional().describe('Indsatsen; ellers indsatsområdet eller hele planen'),
  focusAreaId: z.uuid().nullable().optional().describe('Indsatsområdet (alle planens indsatser i det)'),
  name: nonEmptyText(300),
  description: optionalText(),
  kind: z.enum(INDICATOR_KINDS).describe('output (hvad planen gør) eller outcome (hvad der ændrer sig)'),
  unit: z.enum(INDICATOR_UNITS).optional().describe('Standard: grundlagets enhed'),
  direction: z.enum(INDICATOR_DIRECTIONS).default('increase'),
  basis: z.enum(INDICATOR_BASES).describe('Hvad der tælles'),
  outcome: z.enum(ENROLMENT_OUTCOMES).nullable().optional().describe('For enrolmentOutcome og outcomeShare'),
  measurement: z.enum(MEASUREMENT_METHODS).default('registration'),
  baseline: figure.nullable().optional(),
  baselineNote: optionalText(1000),
  periodTarget: figure.min(0, { message: 'Måltallet må ikke være negativt' }).nullable().optional(),
  /** Targets per plan year; given in full, they replace the stored set. */
  targets: z.array(indicatorTarget).max(21).default([]),
});
export type IndicatorInput = z.infer<typeof indicatorBody>;
export const updateIndicatorBody = partialOf(indicatorBody);
export type IndicatorUpdate = z.infer<typeof updateIndicatorBody>;

export const indicatorMeasurement = z.object({
  yearIndex,
  value: figure,
  note: optionalText(1000),
});
export const measurementsBody = z.object({
  /** All of the indicator's yearly values; they replace the stored set. */
  measurements: z.array(indicatorMeasurement).max(21),
});
export type MeasurementsInput = z.infer<typeof measurementsBody>;

export const INDICATOR_SCOPES = ['activity', 'focusArea', 'plan'] as const;
export type IndicatorScope = (typeof INDICATOR_SCOPES)[number];

export const indicatorOut = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  scope: z.enum(INDICATOR_SCOPES),
  activityId: z.uuid().nullable(),
  focusAreaId: z.uuid().nullable(),
  name: z.string(),
  description: z.string().nullable(),
  kind: z.enum(INDICATOR_KINDS),
  unit: z.enum(INDICATOR_UNITS),
  direction: z.enum(INDICATOR_DIRECTIONS),
  basis: z.enum(INDICATOR_BASES),
  outcome: z.enum(ENROLMENT_OUTCOMES).nullable(),
  measurement: z.enum(MEASUREMENT_METHODS),
  baseline: z.number().nullable(),
  baselineNote: z.string().nullable(),
  periodTarget: z.number().nullable(),
  position: z.number().int(),
  targets: z.array(indicatorTarget),
  measurements: z.array(
    z.object({ yearIndex: z.number().int(), value: z.number(), note: z.string().nullable() }),
  ),
});
export type IndicatorOut = z.infer<typeof indicatorOut>;

export const listIndicatorsQuery = z.object({
  activityId: z.uuid().optional().describe('Kun indsatsens indikatorer'),
  focusAreaId: z.uuid().optional().describe('Kun indsatsområdets (og dets indsatsers) indikatorer'),
});
export type ListIndicatorsQuery = z.infer<typeof listIndicatorsQuery>;
