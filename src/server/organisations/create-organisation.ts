import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { type Actor, withAudit } from '../audit/with-audit';
import { toOrganisation } from './organisation-output';
import type { Organisation, organisationBody } from './organisations.schema';

export async function createOrganisation(
  db: Db,
  actor: Actor,
  input: z.infer<typeof organisationBody>,
): Promise<Organisation> {
  return withAudit(db, actor, { name: 'createOrganisation' }, async (tx) => {
    const [taken] = await tx
      .select({ id: t.housingOrganisations.id })
      .from(t.housingOrganisations)
      .where(eq(t.housingOrganisations.slug, input.slug));
    if (taken)
      throw new AppError('SLUG_TAKEN', {}, [{ field: 'slug', message: 'Kortnavnet er allerede i brug' }]);
    const [row] = await tx.insert(t.housingOrganisations).values(input).returning();
    if (!row) throw new Error('organisation was not created');
    return toOrganisation(row);
  });
}
