import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { assertCoFinancingShares } from '../../domain/financing/co-financing-model';
import { type Actor, withAudit } from '../audit/with-audit';
import { findCoFinancingModel } from './find-co-financing-model';
import type { CoFinancingModel, updateCoFinancingModelBody } from './municipalities.schema';

/** Edits a model; the shares are checked as they will be after the edit. */
export async function updateCoFinancingModel(
  db: Db,
  actor: Actor,
  input: { id: string; changes: z.infer<typeof updateCoFinancingModelBody> },
): Promise<CoFinancingModel> {
  const current = await findCoFinancingModel(db, input.id);
  if (!current) throw new AppError('CO_FINANCING_MODEL_NOT_FOUND');
  assertCoFinancingShares({ ...current, ...input.changes });
  return withAudit(
    db,
    actor,
    { name: 'updateCoFinancingModel', municipalityId: current.municipalityId },
    async (tx) => {
      const [row] = await tx
        .update(t.municipalityCoFinancingModels)
        .set(input.changes)
        .where(eq(t.municipalityCoFinancingModels.id, input.id))
        .returning();
      if (!row) throw new AppError('CO_FINANCING_MODEL_NOT_FOUND');
      return row;
    },
  );
}
