import { asc, count, ilike, or } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import { toOrganisation } from './organisation-output';
import type { ListOrganisationsQuery } from './organisations.schema';

export async function listOrganisations(db: Executor, query: ListOrganisationsQuery) {
  const pattern = query.q ? `%${query.q.replace(/[%_\\]/g, '\\$&')}%` : undefined;
  const where = pattern
    ? or(ilike(t.housingOrganisations.name, pattern), ilike(t.housingOrganisations.shortName, pattern))
    : undefined;
  const [total] = await db.select({ n: count() }).from(t.housingOrganisations).where(where);
  const rows = await db
    .select()
    .from(t.housingOrganisations)
    .where(where)
    .orderBy(asc(t.housingOrganisations.name), asc(t.housingOrganisations.id))
    .limit(query.limit)
    .offset(query.offset);
  return { items: rows.map(toOrganisation), total: total?.n ?? 0, limit: query.limit, offset: query.offset };
}
