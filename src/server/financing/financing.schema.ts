import { z } from 'zod';
import { FINANCING_KINDS, FINANCING_SCOPES, FINANCING_SOURCES } from '../../domain/financing/financing-kinds';
import { amountOre, isoDate, nonEmptyText, optionalText } from '../http/common.schema';
import { partialOf } from '../plan-rows/plan-rows';

/** One amount from one source, in integer øre (never negative, never a fraction of an øre). */
export const financingLineBody = z.object({
  scope: z.enum(FINANCING_SCOPES).default('plan'),
  source: z.enum(FINANCING_SOURCES),
  sourceName: nonEmptyText(300),
  organisationId: z.uuid().nullable().optional(),
  departmentId: z.uuid().nullable().optional(),
  kind: z.enum(FINANCING_KINDS),
  description: optionalText(500),
  amountOre,
  isApproximate: z.boolean().default(false),
  year: z.number().int().min(1990).max(2100).nullable().optional(),
  periodStart: isoDate.nullable().optional(),
  periodEnd: isoDate.nullable().optional(),
  /** Where the amount is stated (a document, page or link). */
  documentSource: optionalText(1000),
});
export const updateFinancingLineBody = partialOf(financingLineBody);
export const financingLineOut = financingLineBody.extend({ id: z.uuid(), planId: z.uuid() });
