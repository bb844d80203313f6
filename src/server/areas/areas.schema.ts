import { z } from 'zod';
import { AREA_CATEGORIES } from '../../domain/classification/rule-sets';
import { nonEmptyText, optionalText, paginationQuery, slug } from '../http/common.schema';
import { citationSchema } from '../reference/citation';

export const areaSummarySchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  municipality: z.object({ id: z.uuid(), slug: z.string(), name: z.string(), region: z.string().nullable() }),
  residents: z.number().int().nullable(),
  departments: z.array(z.object({ id: z.uuid(), slug: z.string(), name: z.string() })),
  description: z.string().nullable(),
  source: z.string().nullable(),
  citation: citationSchema.nullable(),
});
export type AreaSummary = z.infer<typeof areaSummarySchema>;

export const listingSchema = z.object({
  id: z.uuid(),
  listYear: z.number().int(),
  category: z.enum(AREA_CATEGORIES),
  categoryName: z
    .object({ da: z.string(), en: z.string() })
    .describe('Kategoriens navn med listeårets ord (fx ghettoområde i 2019)'),
  listed: z.boolean(),
  source: z.string(),
});
export type ListingOut = z.infer<typeof listingSchema>;

export const areaDetailSchema = areaSummarySchema.extend({ listings: z.array(listingSchema) });
export type AreaDetail = z.infer<typeof areaDetailSchema>;

export const listAreasQuery = paginationQuery.extend({
  municipality: z.string().max(80).optional().describe('Kommunens kortnavn eller id'),
  q: z.string().max(200).optional().describe('Søg i navnet'),
  department: z.string().max(120).optional().describe('Områder, som afdelingen (kortnavn eller id) indgår i'),
});
export type ListAreasQuery = z.infer<typeof listAreasQuery>;

const residents = z
  .number()
  .int()
  .min(1000, 'Et boligområde har mindst 1.000 beboere (almenboligloven § 61 a, stk. 3)')
  .max(1_000_000)
  .nullable()
  .optional();

export const createAreaBody = z.object({
  slug,
  name: nonEmptyText(200),
  municipalityId: z.uuid(),
  residents,
  departmentIds: z.array(z.uuid()).max(200).default([]).describe('Afdelingerne, området består af'),
  description: optionalText(),
  source: optionalText(500),
});
export type CreateAreaInput = z.infer<typeof createAreaBody>;

export const updateAreaBody = z.object({
  name: nonEmptyText(200).optional(),
  residents,
  departmentIds: z.array(z.uuid()).max(200).optional(),
  description: optionalText(),
  source: optionalText(500),
});
export type UpdateAreaInput = z.infer<typeof updateAreaBody>;

export const listingBody = z.object({
  listYear: z.number().int().min(2010).max(2200),
  category: z.enum(AREA_CATEGORIES),
  listed: z.boolean(),
  source: nonEmptyText(500).describe('Hvor listen er offentliggjort'),
});
export type ListingInput = z.infer<typeof listingBody>;
