import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { type Actor, withAudit } from '../audit/with-audit';
import type { PlanScope } from '../plan-rows/parents';
import { findOrganisationByKey } from './find-by-key';
import { listPlanOrganisations } from './list-plan-organisations';
import type { PlanOrganisation } from './plan-links.schema';

/** Adds a housing organisation to the plan, or changes its role (applicant or participant). */
export async function setPlanOrganisation(
  db: Db,
  actor: Actor,
  input: { plan: PlanScope; organisation: string; role: PlanOrganisation['role'] },
): Promise<PlanOrganisation> {
  const { planId } = input.plan;
  return withAudit(db, actor, { name: 'setPlanOrganisation', planId }, async (tx) => {
    const organisation = await findOrganisationByKey(tx, input.organisation);
    if (!organisation) throw new AppError('ORGANISATION_NOT_FOUND');
    await tx
      .insert(t.planOrganisations)
      .values({ planId, organisationId: organisation.id, role: input.role })
      .onConflictDoUpdate({
        target: [t.planOrganisations.planId, t.planOrganisations.organisationId],
        set: { role: input.role },
      });
    const all = await listPlanOrganisations(tx, { planId });
    return all.find((o) => o.id === organisation.id) as PlanOrganisation;
  });
}
