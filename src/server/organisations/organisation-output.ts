import type * as t from '../../db/schema/index';
import { sourceText } from '../reference/citation';
import type { Organisation } from './organisations.schema';

export const toOrganisation = (row: typeof t.housingOrganisations.$inferSelect): Organisation => ({
  id: row.id,
  slug: row.slug,
  name: row.name,
  shortName: row.shortName,
  source: sourceText(row.source),
});
