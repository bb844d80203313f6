import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { type Actor, withAudit } from '../audit/with-audit';
import type { PlanScope } from '../plan-rows/parents';
import { findOrganisationByKey } from './find-by-key';

export async function removePlanOrganisation(
  db: Db,
  actor: Actor,
  input: { plan: PlanScope; organisation: string },
): Promise<void> {
  const { planId } = input.plan;
  await withAudit(db, actor, { name: 'removePlanOrganisation', planId }, async (tx) => {
    const organisation = await findOrganisationByKey(tx, input.organisation);
    if (!organisation) throw new AppError('ORGANISATION_NOT_FOUND');
    const removed = await tx
      .delete(t.planOrganisations)
      .where(
        and(eq(t.planOrganisations.planId, planId), eq(t.planOrganisations.organisationId, organisation.id)),
      )
      .returning({ id: t.planOrganisations.organisationId });
    if (removed.length === 0) throw new AppError('ORGANISATION_NOT_FOUND');
  });
}
