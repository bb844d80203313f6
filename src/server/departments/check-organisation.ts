import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';

/** An afdeling's organisation, when given, must exist. */
export async function checkOrganisation(
  db: Executor,
  organisationId: string | null | undefined,
): Promise<void> {
  if (!organisationId) return;
  const [o] = await db
    .select({ id: t.housingOrganisations.id })
    .from(t.housingOrganisations)
    .where(eq(t.housingOrganisations.id, organisationId));
  if (!o) {
    throw new AppError('ORGANISATION_NOT_FOUND', {}, [
      { field: 'organisationId', message: 'Boligorganisationen findes ikke' },
    ]);
  }
}
