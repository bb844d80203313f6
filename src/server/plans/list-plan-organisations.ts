import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import type { PlanOrganisation } from './plan-links.schema';

/** The housing organisations behind a plan: the applicant and those taking part. */
export async function listPlanOrganisations(
  db: Executor,
  input: { planId: string },
): Promise<PlanOrganisation[]> {
  return db
    .select({
      id: t.housingOrganisations.id,
      slug: t.housingOrganisations.slug,
      name: t.housingOrganisations.name,
      shortName: t.housingOrganisations.shortName,
      role: t.planOrganisations.role,
    })
    .from(t.planOrganisations)
    .innerJoin(t.housingOrganisations, eq(t.planOrganisations.organisationId, t.housingOrganisations.id))
    .where(eq(t.planOrganisations.planId, input.planId))
    .orderBy(asc(t.housingOrganisations.name));
}
