import { z } from 'zod';
import { PLAN_STATUSES } from '../../domain/plans/plan-status';
import { amountOre, isoDate, nonEmptyText, optionalText, slug } from '../http/common.schema';

export const createPlanBody = z.object({
  slug,
  name: nonEmptyText(300),
  municipalityId: z.uuid(),
  fundingPeriodId: z.string().min(1).max(20),
  startDate: isoDate.nullable().optional(),
  endDate: isoDate.nullable().optional(),
  firstYear: z.number().int().min(1990).max(2100).nullable().optional(),
  lastYear: z.number().int().min(1990).max(2100).nullable().optional(),
  summary: optionalText(),
  vision: optionalText(),
  departmentIds: z.array(z.uuid()).max(100).default([]),
});

export const updatePlanBody = z
  .object({
    name: nonEmptyText(300),
    startDate: isoDate.nullable(),
    endDate: isoDate.nullable(),
    firstYear: z.number().int().min(1990).max(2100).nullable(),
    lastYear: z.number().int().min(1990).max(2100).nullable(),
    suppressionThreshold: z.number().int().min(2).max(50),
    status: z.enum(PLAN_STATUSES),
    summary: optionalText(),
    vision: optionalText(),
    /** A total the plan's source gives itself, in øre, and where (decision 015). */
    financingStatedTotalOre: amountOre.nullable(),
    financingStatedTotalSource: optionalText(1000),
    /** The source lists every funder, so the financing lines' sum is the total. */
    financingAllFundersKnown: z.boolean(),
    financingAllFundersKnownSource: optionalText(1000),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'Angiv mindst ét felt at ændre' });
