import { eq, or } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import { UUID } from '../plan-rows/parents';

/** A municipality by id or slug, or null. */
export async function findMunicipality(db: Executor, key: string) {
  const [row] = await db
    .select()
    .from(t.municipalities)
    .where(
      UUID.test(key)
        ? or(eq(t.municipalities.id, key), eq(t.municipalities.slug, key))
        : eq(t.municipalities.slug, key),
    )
    .limit(1);
  return row ?? null;
}
