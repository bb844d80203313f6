import type { z } from 'zod';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { assertCoFinancingShares } from '../../domain/financing/co-financing-model';
import { type Actor, withAudit } from '../audit/with-audit';
import type { CoFinancingModel, coFinancingModelBody } from './municipalities.schema';

export async function createCoFinancingModel(
  db: Db,
  actor: Actor,
  input: { municipalityId: string; model: z.infer<typeof coFinancingModelBody> },
): Promise<CoFinancingModel> {
  assertCoFinancingShares(input.model);
  return withAudit(
    db,
    actor,
    { name: 'createCoFinancingModel', municipalityId: input.municipalityId },
    async (tx) => {
      const [row] = await tx
        .insert(t.municipalityCoFinancingModels)
        .values({ ...input.model, municipalityId: input.municipalityId })
        .returning();
      if (!row) throw new Error('model was not created');
      return row;
    },
  );
}
