import { eq, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import { UUID } from '../plan-rows/parents';

/** A statutory area by id, slug or (case-insensitive) name. */
export async function findArea(db: Executor, key: string) {
  const byName = sql`lower(${t.statutoryAreas.name}) = lower(${key})`;
  const [row] = await db
    .select()
    .from(t.statutoryAreas)
    .where(
      UUID.test(key)
        ? or(eq(t.statutoryAreas.id, key), eq(t.statutoryAreas.slug, key))
        : or(eq(t.statutoryAreas.slug, key), byName),
    )
    .limit(1);
  return row ?? null;
}
