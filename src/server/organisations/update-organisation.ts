import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { type Actor, withAudit } from '../audit/with-audit';
import { findOrganisationByKey } from '../plans/find-by-key';
import { toOrganisation } from './organisation-output';
import type { Organisation, updateOrganisationBody } from './organisations.schema';

export async function updateOrganisation(
  db: Db,
  actor: Actor,
  input: { key: string; changes: z.infer<typeof updateOrganisationBody> },
): Promise<Organisation> {
  const current = await findOrganisationByKey(db, input.key);
  if (!current) throw new AppError('ORGANISATION_NOT_FOUND');
  return withAudit(db, actor, { name: 'updateOrganisation' }, async (tx) => {
    const [row] = await tx
      .update(t.housingOrganisations)
      .set({ ...input.changes, updatedAt: new Date() })
      .where(eq(t.housingOrganisations.id, current.id))
      .returning();
    if (!row) throw new AppError('ORGANISATION_NOT_FOUND');
    return toOrganisation(row);
  });
}
