import { asc, count, ilike } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import type { ListMunicipalitiesQuery } from './municipalities.schema';
import { withCoFinancingModels } from './municipality-output';

export async function listMunicipalities(db: Executor, query: ListMunicipalitiesQuery) {
  const where = query.q ? ilike(t.municipalities.name, `%${query.q.replace(/[%_\\]/g, '\\$&')}%`) : undefined;
  const [total] = await db.select({ n: count() }).from(t.municipalities).where(where);
  const rows = await db
    .select()
    .from(t.municipalities)
    .where(where)
    .orderBy(asc(t.municipalities.name), asc(t.municipalities.id))
    .limit(query.limit)
    .offset(query.offset);
  return {
    items: await withCoFinancingModels(db, rows),
    total: total?.n ?? 0,
    limit: query.limit,
    offset: query.offset,
  };
}
