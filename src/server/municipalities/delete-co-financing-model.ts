import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { type Actor, withAudit } from '../audit/with-audit';
import { findCoFinancingModel } from './find-co-financing-model';

export async function deleteCoFinancingModel(db: Db, actor: Actor, input: { id: string }): Promise<void> {
  const current = await findCoFinancingModel(db, input.id);
  if (!current) throw new AppError('CO_FINANCING_MODEL_NOT_FOUND');
  await withAudit(
    db,
    actor,
    { name: 'deleteCoFinancingModel', municipalityId: current.municipalityId },
    (tx) =>
      tx.delete(t.municipalityCoFinancingModels).where(eq(t.municipalityCoFinancingModels.id, input.id)),
  );
}
