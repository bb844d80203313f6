import type { Executor } from '../../db/client';
import { AppError } from '../../domain/errors/app-error';
import { findMunicipality } from './find-municipality';
import type { Municipality } from './municipalities.schema';
import { withCoFinancingModels } from './municipality-output';

export async function getMunicipality(db: Executor, input: { key: string }): Promise<Municipality> {
  const row = await findMunicipality(db, input.key);
  if (!row) throw new AppError('MUNICIPALITY_NOT_FOUND');
  const [municipality] = await withCoFinancingModels(db, [row]);
  return municipality as Municipality;
}
