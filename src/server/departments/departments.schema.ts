import { z } from 'zod';
import { STATISTIC_INDICATORS, STATISTIC_SCOPES } from '../../domain/statistics/indicators';
import { nonEmptyText, optionalText, paginationQuery, slug } from '../http/common.schema';

export const departmentSummarySchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  kind: z.enum(['department', 'estate']),
  municipalityId: z.uuid(),
  organisationId: z.uuid().nullable(),
  units: z.number().int().nullable(),
  residents: z.number().int().nullable(),
});

export const listDepartmentsQuery = paginationQuery.extend({
  municipality: z.string().max(80).optional().describe('Kommunens kortnavn'),
  plan: z.string().max(120).optional().describe('Planens kortnavn eller id'),
  q: z.string().max(200).optional().describe('Søg i navnet'),
});

export const createDepartmentBody = z.object({
  slug,
  name: nonEmptyText(200),
  kind: z.enum(['department', 'estate']).default('department'),
  municipalityId: z.uuid(),
  organisationId: z.uuid().nullable().optional(),
  units: z.number().int().min(0).max(100_000).nullable().optional(),
  residents: z.number().int().min(0).max(1_000_000).nullable().optional(),
  description: optionalText(),
});

export const updateDepartmentBody = createDepartmentBody
  .omit({ slug: true, municipalityId: true })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'Angiv mindst ét felt at ændre' });

/** A figure for an afdeling; shares are percentages and must lie in 0–100. */
export const statisticBody = z
  .object({
    indicator: z.enum(STATISTIC_INDICATORS),
    year: z.number().int().min(1990).max(2100),
    value: z.number().min(0),
    valueMax: z.number().min(0).nullable().optional(),
    isApproximate: z.boolean().default(false),
    referencePeriod: optionalText(200),
    note: optionalText(1000),
    source: nonEmptyText(500),
  })
  .superRefine((s, ctx) => {
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

export { STATISTIC_SCOPES };
