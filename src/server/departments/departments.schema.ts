import { z } from 'zod';
import { DEPARTMENT_KINDS } from '../../db/schema/index';
import { nonEmptyText, optionalText, paginationQuery, slug } from '../http/common.schema';
import { partialOf } from '../plan-rows/plan-rows';

export const departmentSummarySchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  kind: z.enum(DEPARTMENT_KINDS),
  municipalityId: z.uuid(),
  organisationId: z.uuid().nullable(),
  units: z.number().int().nullable(),
  residents: z.number().int().nullable(),
});
export type DepartmentSummary = z.infer<typeof departmentSummarySchema>;

export const listDepartmentsQuery = paginationQuery.extend({
  municipality: z.string().max(80).optional().describe('Kommunens kortnavn eller id'),
  plan: z.string().max(120).optional().describe('Planens kortnavn eller id'),
  organisation: z.string().max(120).optional().describe('Boligorganisationens kortnavn eller id'),
  q: z.string().max(200).optional().describe('Søg i navnet'),
});
export type ListDepartmentsQuery = z.infer<typeof listDepartmentsQuery>;

export const createDepartmentBody = z.object({
  slug,
  name: nonEmptyText(200),
  kind: z.enum(DEPARTMENT_KINDS).default('department'),
  municipalityId: z.uuid(),
  organisationId: z.uuid().nullable().optional(),
  units: z.number().int().min(0).max(100_000).nullable().optional(),
  residents: z.number().int().min(0).max(1_000_000).nullable().optional(),
  description: optionalText(),
  source: optionalText(500),
});
export type CreateDepartmentInput = z.infer<typeof createDepartmentBody>;

/** An afdeling keeps its slug and municipality; everything else can be corrected. */
export const updateDepartmentBody = partialOf(
  createDepartmentBody.omit({ slug: true, municipalityId: true }),
);
export type UpdateDepartmentInput = z.infer<typeof updateDepartmentBody>;
