import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { type Actor, withAudit } from '../audit/with-audit';
import { findArea } from './find-area';

/** Removes an area with its figures and listings (the afdelinger themselves stay). */
export async function deleteArea(db: Db, actor: Actor, input: { key: string }): Promise<void> {
  const area = await findArea(db, input.key);
  if (!area) throw new AppError('STATUTORY_AREA_NOT_FOUND');
  await withAudit(db, actor, { name: 'deleteStatutoryArea', municipalityId: area.municipalityId }, (tx) =>
    tx.delete(t.statutoryAreas).where(eq(t.statutoryAreas.id, area.id)),
  );
}
