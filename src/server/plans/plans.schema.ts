import { z } from 'zod';
import { PLAN_STATUSES } from '../../domain/plans/plan-status';
import { paginationQuery } from '../http/common.schema';
import { planTotalSchema } from './plan-detail.schema';

export const planSummarySchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  status: z.enum(PLAN_STATUSES),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  /** The years a source names when it gives no dates. */
  firstYear: z.number().int().nullable(),
  lastYear: z.number().int().nullable(),
  fundingPeriodId: z.string(),
  municipality: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }),
  departments: z.array(z.object({ id: z.uuid(), slug: z.string(), name: z.string() })),
  /**
   * The plan's total with its kind (decision 015): an amount only where a source gives it or all
   * funders are known; otherwise unknown, or at least a derived lower bound. Never a funder's sum.
   */
  financingTotal: planTotalSchema,
});
export type PlanSummary = z.infer<typeof planSummarySchema>;

export const listPlansQuery = paginationQuery.extend({
  municipality: z.string().max(80).optional().describe('Kommunens kortnavn (slug)'),
  status: z.enum(PLAN_STATUSES).optional(),
  q: z.string().max(200).optional().describe('Søg i planens navn'),
});
export type ListPlansQuery = z.infer<typeof listPlansQuery>;
