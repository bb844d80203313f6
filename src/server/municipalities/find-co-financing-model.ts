import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import { UUID } from '../plan-rows/parents';
import type { CoFinancingModel } from './municipalities.schema';

/** A model by id with its municipality, or null. */
export async function findCoFinancingModel(db: Executor, id: string): Promise<CoFinancingModel | null> {
  if (!UUID.test(id)) return null;
  const [row] = await db
    .select()
    .from(t.municipalityCoFinancingModels)
    .where(eq(t.municipalityCoFinancingModels.id, id));
  return row ?? null;
}
