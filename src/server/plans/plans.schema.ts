import { z } from 'zod';
import { PLAN_STATUSES } from '../../domain/plans/plan-status';
import { paginationQuery } from '../http/common.schema';

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
  /** Sum of the plan-scope financing lines, in øre; null when the plan has none. */
  totalBudgetOre: z.number().int().nullable(),
  totalBudgetIsApproximate: z.boolean(),
});
export type PlanSummary = z.infer<typeof planSummarySchema>;

export const listPlansQuery = paginationQuery.extend({
  municipality: z.string().max(80).optional().describe('Kommunens kortnavn (slug)'),
  status: z.enum(PLAN_STATUSES).optional(),
  q: z.string().max(200).optional().describe('Søg i planens navn'),
});
export type ListPlansQuery = z.infer<typeof listPlansQuery>;
