import { eq, or } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import { UUID } from '../plan-rows/parents';

/** An afdeling by id or slug. */
export async function findDepartmentByKey(db: Executor, key: string) {
  const [row] = await db
    .select()
    .from(t.departments)
    .where(
      UUID.test(key)
        ? or(eq(t.departments.id, key), eq(t.departments.slug, key))
        : eq(t.departments.slug, key),
    )
    .limit(1);
  return row ?? null;
}

/** A housing organisation by id or slug. */
export async function findOrganisationByKey(db: Executor, key: string) {
  const [row] = await db
    .select()
    .from(t.housingOrganisations)
    .where(
      UUID.test(key)
        ? or(eq(t.housingOrganisations.id, key), eq(t.housingOrganisations.slug, key))
        : eq(t.housingOrganisations.slug, key),
    )
    .limit(1);
  return row ?? null;
}
