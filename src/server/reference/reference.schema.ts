import { z } from 'zod';

export const focusAreaSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  goal: z.string().nullable(),
});

export const fundingPeriodSchema = z.object({
  id: z.string(),
  name: z.string(),
  startYear: z.number().int(),
  endYear: z.number().int(),
  /** LBF's national frame per year, in øre; null where not known. */
  annualFrameOre: z.number().int().nullable(),
  focusAreas: z.array(focusAreaSchema),
});
export type FundingPeriod = z.infer<typeof fundingPeriodSchema>;

export const fundingPeriodParam = z.object({ id: z.string().min(1).max(20).describe('Fx 2019-26') });
