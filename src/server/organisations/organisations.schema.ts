import { z } from 'zod';
import { nonEmptyText, optionalText, paginationQuery, slug } from '../http/common.schema';
import { partialOf } from '../plan-rows/plan-rows';

export const organisationBody = z.object({
  slug,
  name: nonEmptyText(300),
  shortName: optionalText(50),
  source: optionalText(500),
});
export const updateOrganisationBody = partialOf(organisationBody.omit({ slug: true }));

export const organisationSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  source: z.string().nullable(),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const listOrganisationsQuery = paginationQuery.extend({
  q: z.string().max(200).optional().describe('Søg i navn og forkortelse'),
});
export type ListOrganisationsQuery = z.infer<typeof listOrganisationsQuery>;
