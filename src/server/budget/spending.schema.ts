import { z } from 'zod';
import { BUDGET_CATEGORIES, SPENDING_ORIGINS } from '../../domain/budget/budget-kinds';
import { isoDate, nonEmptyText, optionalText, signedAmountOre } from '../http/common.schema';

export const spendingEntryBody = z.object({
  date: isoDate,
  account: z.string().trim().max(50).nullable().optional(),
  /** Omitted: taken from the account's mapping. */
  category: z.enum(BUDGET_CATEGORIES).optional(),
  lineDescription: optionalText(500),
  description: optionalText(500),
  /** Negative for a credit note or reversal (decision 011). */
  amountOre: signedAmountOre,
});
export const spendingEntryOut = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  date: z.string(),
  account: z.string().nullable(),
  category: z.enum(BUDGET_CATEGORIES),
  lineDescription: z.string().nullable(),
  description: z.string().nullable(),
  amountOre: z.number().int(),
  origin: z.enum(SPENDING_ORIGINS),
  importId: z.string().nullable(),
  fileRow: z.number().int().nullable(),
});
export const listSpendingQuery = z.object({
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(500),
  offset: z.coerce.number().int().min(0).default(0),
});

export const accountMappingIn = z.object({
  account: nonEmptyText(50),
  category: z.enum(BUDGET_CATEGORIES),
  lineDescription: optionalText(500),
  label: optionalText(300),
});
export const accountMappingsBody = z.object({ mappings: z.array(accountMappingIn).max(2000) });
export const accountMappingOut = z.object({
  account: z.string(),
  category: z.enum(BUDGET_CATEGORIES),
  lineDescription: z.string().nullable(),
  label: z.string().nullable(),
});
export const accountMappingsOut = z.object({ items: z.array(accountMappingOut) });

export const budgetVsActualQuery = z.object({
  version: z.uuid().optional().describe('Budgetversion; ellers den senest godkendte (eller nyeste)'),
  asOf: isoDate.optional().describe('Opgørelsesdato; ellers i dag'),
});
const yearRow = z.object({
  year: z.number().int(),
  budgetOre: z.number().int(),
  actualOre: z.number().int(),
  forecastOre: z.number().int(),
  varianceOre: z.number().int(),
});
export const budgetVsActualOut = z.object({
  versionId: z.uuid().nullable(),
  versionName: z.string().nullable(),
  asOf: z.string(),
  firstYear: z.number().int().nullable(),
  lastYear: z.number().int().nullable(),
  years: z.array(yearRow),
  months: z.array(
    z.object({
      month: z.string(),
      budgetCumulativeOre: z.number().int(),
      actualCumulativeOre: z.number().int().nullable(),
      forecastCumulativeOre: z.number().int().nullable(),
    }),
  ),
  byCategory: z.array(
    z.object({
      category: z.enum(BUDGET_CATEGORIES),
      budgetOre: z.number().int(),
      actualOre: z.number().int(),
    }),
  ),
  budgetTotalOre: z.number().int(),
  actualTotalOre: z.number().int(),
  forecastTotalOre: z.number().int(),
  runRatePerMonthOre: z.number().int().nullable(),
  monthsElapsed: z.number(),
  monthsLeft: z.number(),
  /** Spending dated outside the budget's years (not in the figures above). */
  outsidePeriodOre: z.number().int(),
});
export { nonEmptyText };

export type BudgetVsActualOut = z.infer<typeof budgetVsActualOut>;
export type AccountMappingsOut = z.infer<typeof accountMappingsOut>;
