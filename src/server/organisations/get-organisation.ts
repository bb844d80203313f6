import type { Executor } from '../../db/client';
import { AppError } from '../../domain/errors/app-error';
import { findOrganisationByKey } from '../plans/find-by-key';
import { toOrganisation } from './organisation-output';
import type { Organisation } from './organisations.schema';

export async function getOrganisation(db: Executor, input: { key: string }): Promise<Organisation> {
  const row = await findOrganisationByKey(db, input.key);
  if (!row) throw new AppError('ORGANISATION_NOT_FOUND');
  return toOrganisation(row);
}
