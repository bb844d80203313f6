import { z } from 'zod';
import { DEPARTMENT_KINDS, PLAN_ORGANISATION_ROLES } from '../../db/schema/index';
import { PLAN_STATUSES, PREDECESSOR_KINDS } from '../../domain/plans/plan-status';
import { optionalText } from '../http/common.schema';

/** A plan's afdelinger, organisations and predecessors: links set with PUT, removed with DELETE. */
const key = z.string().min(1).max(120);
export const planDepartmentParams = z.object({
  id: key,
  departmentId: key.describe('Afdelingens id eller kortnavn'),
});
export const planOrganisationParams = z.object({
  id: key,
  organisationId: key.describe('Boligorganisationens id eller kortnavn'),
});
export const predecessorParams = z.object({
  id: key,
  predecessorId: key.describe('Den tidligere plans id eller kortnavn'),
});

export const setPlanDepartmentBody = z.object({
  /** E.g. "2/3 af Bjergmarken" when the plan covers only part of the afdeling. */
  coverageNote: optionalText(300),
});
export const planDepartmentSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  kind: z.enum(DEPARTMENT_KINDS),
  municipalityId: z.uuid(),
  organisationId: z.uuid().nullable(),
  units: z.number().int().nullable(),
  residents: z.number().int().nullable(),
  coverageNote: z.string().nullable(),
});
export type PlanDepartment = z.infer<typeof planDepartmentSchema>;

export const setPlanOrganisationBody = z.object({
  role: z.enum(PLAN_ORGANISATION_ROLES).default('participant').describe('Ansøger eller deltager'),
});
export const planOrganisationSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  role: z.enum(PLAN_ORGANISATION_ROLES),
});
export type PlanOrganisation = z.infer<typeof planOrganisationSchema>;

export const setPredecessorBody = z.object({
  kind: z.enum(PREDECESSOR_KINDS).describe('replaces: afløser planen; mergedFrom: lagt sammen af flere'),
});
export const predecessorSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  status: z.enum(PLAN_STATUSES),
  kind: z.enum(PREDECESSOR_KINDS),
});
export type Predecessor = z.infer<typeof predecessorSchema>;
