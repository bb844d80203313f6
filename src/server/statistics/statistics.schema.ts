import { z } from 'zod';
import { STATISTIC_INDICATORS } from '../../domain/statistics/indicators';
import { nonEmptyText, optionalText, paginationQuery } from '../http/common.schema';
import { partialOf } from '../plan-rows/plan-rows';
import { statisticSchema } from '../plans/plan-detail.schema';

/** The fields of one figure; its subject (afdeling, plan's areas, kommune, country) is in the URL. */
export const statisticFields = z.object({
  indicator: z.enum(STATISTIC_INDICATORS),
  year: z.number().int().min(1990).max(2100),
  value: z.number().min(0),
  valueMax: z.number().min(0).nullable().optional(),
  isApproximate: z.boolean().default(false),
  referencePeriod: optionalText(200),
  note: optionalText(1000),
  source: nonEmptyText(500),
});

/** A new figure: shares are percentages (0–100) and a range's upper end is not below its lower. */
export const statisticBody = statisticFields.superRefine((s, ctx) => {
  if (s.indicator.startsWith('share')) {
    if (s.value > 100)
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'En andel kan højst være 100 %' });
    if ((s.valueMax ?? 0) > 100)
      ctx.addIssue({ code: 'custom', path: ['valueMax'], message: 'En andel kan højst være 100 %' });
  }
  if (s.valueMax != null && s.valueMax < s.value) {
    ctx.addIssue({
      code: 'custom',
      path: ['valueMax'],
      message: 'Intervallets øvre grænse er mindre end den nedre',
    });
  }
});
export type StatisticInput = z.infer<typeof statisticBody>;
/** An edit; the same rules are checked on the figure as it will be after the edit. */
export const updateStatisticBody = partialOf(statisticFields);
export type StatisticUpdate = z.infer<typeof updateStatisticBody>;

/** A figure with its subject. */
export const statisticOut = statisticSchema.extend({
  departmentId: z.uuid().nullable(),
  planId: z.uuid().nullable(),
  municipalityId: z.uuid().nullable(),
  statutoryAreaId: z.uuid().nullable(),
  region: z.string().nullable(),
});
export type StatisticOut = z.infer<typeof statisticOut>;

export const listStatisticsQuery = paginationQuery.extend({
  indicator: z.enum(STATISTIC_INDICATORS).optional(),
  year: z.coerce.number().int().min(1900).max(2200).optional(),
});
export type ListStatisticsQuery = z.infer<typeof listStatisticsQuery>;
