import { eq } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import type { ResourceScope } from '../../domain/access/permissions';
import { AppError } from '../../domain/errors/app-error';
import { type Actor, withAudit } from '../audit/with-audit';

export async function listingAccess(db: Executor, id: string): Promise<ResourceScope | null> {
  const [row] = await db
    .select({ municipalityId: t.statutoryAreas.municipalityId })
    .from(t.statutoryAreaListings)
    .innerJoin(t.statutoryAreas, eq(t.statutoryAreas.id, t.statutoryAreaListings.areaId))
    .where(eq(t.statutoryAreaListings.id, id));
  return row ? { municipalityId: row.municipalityId } : null;
}

export async function deleteListing(db: Db, actor: Actor, input: { id: string }): Promise<void> {
  const scope = await listingAccess(db, input.id);
  if (!scope) throw new AppError('AREA_LISTING_NOT_FOUND');
  await withAudit(db, actor, { name: 'deleteAreaListing', municipalityId: scope.municipalityId }, (tx) =>
    tx.delete(t.statutoryAreaListings).where(eq(t.statutoryAreaListings.id, input.id)),
  );
}
