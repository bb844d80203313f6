import { z } from 'zod';
import { nonEmptyText, optionalText, paginationQuery, slug } from '../http/common.schema';
import { partialOf } from '../plan-rows/plan-rows';
import { citationSchema } from '../reference/citation';

/** Shares in basis points: 1250 = 12,5 %. */
const shareBp = z.number().int().min(0).max(10_000);
const count = z.number().int().min(0).max(10_000_000).nullable().optional();

export const coFinancingModelBody = z.object({
  description: nonEmptyText(1000),
  payer: optionalText(300),
  totalShareBp: shareBp.describe('Kommunens samlede andel i basispoint (1250 = 12,5 %)'),
  secondmentAndActivitiesShareBp: shareBp.nullable().optional(),
  coordinationShareBp: shareBp.nullable().optional(),
  source: optionalText(500),
});
export const updateCoFinancingModelBody = partialOf(coFinancingModelBody);
export const coFinancingModelSchema = z.object({
  id: z.uuid(),
  municipalityId: z.uuid(),
  description: z.string(),
  payer: z.string().nullable(),
  totalShareBp: z.number().int(),
  secondmentAndActivitiesShareBp: z.number().int().nullable(),
  coordinationShareBp: z.number().int().nullable(),
  source: z.string().nullable(),
});
export type CoFinancingModel = z.infer<typeof coFinancingModelSchema>;

export const municipalityBody = z.object({
  slug,
  name: nonEmptyText(200),
  region: optionalText(100),
  population: count,
  reportedPlanCount: count,
  districtForumCount: count,
  description: optionalText(),
  source: optionalText(500),
});
export const updateMunicipalityBody = partialOf(municipalityBody.omit({ slug: true }));

export const municipalitySchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  region: z.string().nullable(),
  population: z.number().int().nullable(),
  reportedPlanCount: z.number().int().nullable(),
  districtForumCount: z.number().int().nullable(),
  description: z.string().nullable(),
  source: z.string().nullable(),
  citation: citationSchema.nullable(),
  coFinancingModels: z.array(coFinancingModelSchema),
});
export type Municipality = z.infer<typeof municipalitySchema>;

export const listMunicipalitiesQuery = paginationQuery.extend({
  q: z.string().max(200).optional().describe('Søg i kommunens navn'),
});
export type ListMunicipalitiesQuery = z.infer<typeof listMunicipalitiesQuery>;
