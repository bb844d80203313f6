import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { summariseDepartments } from '../../domain/statistics/department-summary';
import { financingSummaryOf, statementOf, toFinancingLine } from '../financing/financing-summary';
import { planKey } from '../plan-rows/parents';
import { sourceText, toCitation, toCitationOrNull } from '../reference/citation';
import type { Contact, PlanDetail, Statistic } from './plan-detail.schema';

export function toStatistic(row: typeof t.areaStatistics.$inferSelect): Statistic {
  return {
    id: row.id,
    scope: row.scope,
    indicator: row.indicator,
    year: row.year,
    value: Number(row.value),
    valueMax: row.valueMax === null ? null : Number(row.valueMax),
    isApproximate: row.isApproximate,
    referencePeriod: row.referencePeriod,
    note: row.note,
    source: sourceText(row.source) as string,
    citation: toCitation(row.source),
  };
}

/** The newest figure of each indicator. */
export function latestByIndicator(rows: readonly Statistic[]): Statistic[] {
  const latest = new Map<string, Statistic>();
  for (const s of rows) {
    const current = latest.get(s.indicator);
    if (!current || s.year > current.year) latest.set(s.indicator, s);
  }
  return [...latest.values()];
}

const toContact = (c: typeof t.contacts.$inferSelect): Contact => ({
  id: c.id,
  name: c.name,
  title: c.title,
  phone: c.phone,
  email: c.email,
});

export async function findPlanId(db: Executor, idOrSlug: string): Promise<string> {
  const [row] = await db.select({ id: t.plans.id }).from(t.plans).where(planKey(idOrSlug));
  if (!row) throw new AppError('PLAN_NOT_FOUND');
  return row.id;
}

/** Everything the plan page shows, loaded with one query per table (no N+1). */
export async function getPlanDetail(db: Executor, idOrSlug: string): Promise<PlanDetail> {
  const planId = await findPlanId(db, idOrSlug);
  const [plan] = await db
    .select({
      plan: t.plans,
      municipality: { id: t.municipalities.id, slug: t.municipalities.slug, name: t.municipalities.name },
      fundingPeriod: { id: t.fundingPeriods.id, name: t.fundingPeriods.name },
    })
    .from(t.plans)
    .innerJoin(t.municipalities, eq(t.plans.municipalityId, t.municipalities.id))
    .innerJoin(t.fundingPeriods, eq(t.plans.fundingPeriodId, t.fundingPeriods.id))
    .where(eq(t.plans.id, planId));
  if (!plan) throw new AppError('PLAN_NOT_FOUND');

  const [predecessors, successors, organisations, departmentRows, staff, focusAreas, activities, partners] =
    await Promise.all([
      db
        .select({ id: t.plans.id, slug: t.plans.slug, name: t.plans.name, kind: t.planPredecessors.kind })
        .from(t.planPredecessors)
        .innerJoin(t.plans, eq(t.planPredecessors.predecessorPlanId, t.plans.id))
        .where(eq(t.planPredecessors.planId, planId))
        .orderBy(asc(t.plans.name)),
      db
        .select({ id: t.plans.id, slug: t.plans.slug, name: t.plans.name, kind: t.planPredecessors.kind })
        .from(t.planPredecessors)
        .innerJoin(t.plans, eq(t.planPredecessors.planId, t.plans.id))
        .where(eq(t.planPredecessors.predecessorPlanId, planId))
        .orderBy(asc(t.plans.name)),
      db
        .select({
          id: t.housingOrganisations.id,
          slug: t.housingOrganisations.slug,
          name: t.housingOrganisations.name,
          shortName: t.housingOrganisations.shortName,
          role: t.planOrganisations.role,
        })
        .from(t.planOrganisations)
        .innerJoin(t.housingOrganisations, eq(t.planOrganisations.organisationId, t.housingOrganisations.id))
        .where(eq(t.planOrganisations.planId, planId))
        .orderBy(asc(t.housingOrganisations.name)),
      db
        .select({
          id: t.departments.id,
          slug: t.departments.slug,
          name: t.departments.name,
          kind: t.departments.kind,
          units: t.departments.units,
          residents: t.departments.residents,
          coverageNote: t.planDepartments.coverageNote,
          organisationId: t.housingOrganisations.id,
          organisationName: t.housingOrganisations.name,
        })
        .from(t.planDepartments)
        .innerJoin(t.departments, eq(t.planDepartments.departmentId, t.departments.id))
        .leftJoin(t.housingOrganisations, eq(t.departments.organisationId, t.housingOrganisations.id))
        .where(eq(t.planDepartments.planId, planId))
        .orderBy(asc(t.departments.name)),
      db.select().from(t.planStaff).where(eq(t.planStaff.planId, planId)).orderBy(asc(t.planStaff.position)),
      db
        .select()
        .from(t.focusAreas)
        .where(eq(t.focusAreas.fundingPeriodId, plan.plan.fundingPeriodId))
        .orderBy(asc(t.focusAreas.position)),
      db
        .select()
        .from(t.activities)
        .where(eq(t.activities.planId, planId))
        .orderBy(asc(t.activities.position), asc(t.activities.name)),
      db.select().from(t.partners).where(eq(t.partners.planId, planId)).orderBy(asc(t.partners.position)),
    ]);

  const activityIds = activities.map((a) => a.id);
  const departmentIds = departmentRows.map((d) => d.id);
  const [
    activityDepartments,
    activityPartners,
    statistics,
    areaFigures,
    financing,
    bodies,
    networks,
    planContacts,
  ] = await Promise.all([
    activityIds.length
      ? db
          .select({
            activityId: t.activityDepartments.activityId,
            id: t.departments.id,
            slug: t.departments.slug,
            name: t.departments.name,
          })
          .from(t.activityDepartments)
          .innerJoin(t.departments, eq(t.activityDepartments.departmentId, t.departments.id))
          .where(inArray(t.activityDepartments.activityId, activityIds))
      : [],
    activityIds.length
      ? db
          .select({ activityId: t.activityPartners.activityId, id: t.partners.id, name: t.partners.name })
          .from(t.activityPartners)
          .innerJoin(t.partners, eq(t.activityPartners.partnerId, t.partners.id))
          .where(inArray(t.activityPartners.activityId, activityIds))
      : [],
    departmentIds.length
      ? db
          .select()
          .from(t.areaStatistics)
          .where(inArray(t.areaStatistics.departmentId, departmentIds))
          .orderBy(desc(t.areaStatistics.year))
      : [],
    db
      .select()
      .from(t.areaStatistics)
      .where(and(eq(t.areaStatistics.planId, planId), eq(t.areaStatistics.scope, 'planAreas')))
      .orderBy(asc(t.areaStatistics.indicator)),
    db
      .select({ line: t.financingLines, departmentName: t.departments.name })
      .from(t.financingLines)
      .leftJoin(t.departments, eq(t.financingLines.departmentId, t.departments.id))
      .where(eq(t.financingLines.planId, planId))
      .orderBy(asc(t.financingLines.position)),
    db.select().from(t.bodies).where(eq(t.bodies.planId, planId)).orderBy(asc(t.bodies.position)),
    db.select().from(t.networks).where(eq(t.networks.planId, planId)).orderBy(asc(t.networks.position)),
    db.select().from(t.contacts).where(eq(t.contacts.planId, planId)).orderBy(asc(t.contacts.position)),
  ]);

  const bodyIds = bodies.map((b) => b.id);
  const networkIds = networks.map((n) => n.id);
  const [members, bodyContacts, groups, networkActivities, networkContacts] = await Promise.all([
    bodyIds.length
      ? db
          .select()
          .from(t.bodyMembers)
          .where(inArray(t.bodyMembers.bodyId, bodyIds))
          .orderBy(asc(t.bodyMembers.position))
      : [],
    bodyIds.length
      ? db
          .select()
          .from(t.contacts)
          .where(inArray(t.contacts.bodyId, bodyIds))
          .orderBy(asc(t.contacts.position))
      : [],
    networkIds.length
      ? db
          .select()
          .from(t.networkGroups)
          .where(inArray(t.networkGroups.networkId, networkIds))
          .orderBy(asc(t.networkGroups.position))
      : [],
    networkIds.length
      ? db
          .select()
          .from(t.networkActivities)
          .where(inArray(t.networkActivities.networkId, networkIds))
          .orderBy(asc(t.networkActivities.position))
      : [],
    networkIds.length
      ? db
          .select()
          .from(t.contacts)
          .where(inArray(t.contacts.networkId, networkIds))
          .orderBy(asc(t.contacts.position))
      : [],
  ]);

  const lines = financing.map(({ line, departmentName }) => toFinancingLine(line, departmentName));
  const statsByDepartment = new Map<string, Statistic[]>();
  for (const row of statistics) {
    if (!row.departmentId) continue;
    statsByDepartment.set(row.departmentId, [
      ...(statsByDepartment.get(row.departmentId) ?? []),
      toStatistic(row),
    ]);
  }

  return {
    id: plan.plan.id,
    slug: plan.plan.slug,
    name: plan.plan.name,
    status: plan.plan.status,
    startDate: plan.plan.startDate,
    endDate: plan.plan.endDate,
    firstYear: plan.plan.firstYear,
    lastYear: plan.plan.lastYear,
    suppressionThreshold: plan.plan.suppressionThreshold,
    summary: plan.plan.summary,
    vision: plan.plan.vision,
    source: sourceText(plan.plan.source),
    citation: toCitationOrNull(plan.plan.source),
    fundingPeriod: plan.fundingPeriod,
    municipality: plan.municipality,
    predecessors,
    successors,
    organisations,
    departments: departmentRows.map((d) => ({
      id: d.id,
      slug: d.slug,
      name: d.name,
      kind: d.kind,
      organisation:
        d.organisationId && d.organisationName ? { id: d.organisationId, name: d.organisationName } : null,
      units: d.units,
      residents: d.residents,
      coverageNote: d.coverageNote,
      keyFigures: latestByIndicator(statsByDepartment.get(d.id) ?? []),
    })),
    areaFigures: areaFigures.map(toStatistic),
    areaSummaries: summariseDepartments(
      departmentRows.map((d) => ({ name: d.name, figures: statsByDepartment.get(d.id) ?? [] })),
      areaFigures.map(toStatistic),
    ),
    staff: staff.map((s) => ({
      id: s.id,
      role: s.role,
      title: s.title,
      name: s.name,
      weeklyHours: s.weeklyHours === null ? null : Number(s.weeklyHours),
    })),
    focusAreas: focusAreas.map((f) => ({
      id: f.id,
      code: f.code,
      name: f.name,
      goal: f.goal,
      activities: activities
        .filter((a) => a.focusAreaId === f.id)
        .map((a) => ({
          id: a.id,
          planId: a.planId,
          focusAreaId: a.focusAreaId,
          name: a.name,
          purpose: a.purpose,
          targetGroups: a.targetGroups,
          status: a.status,
          startDate: a.startDate,
          endDate: a.endDate,
          departments: activityDepartments
            .filter((d) => d.activityId === a.id)
            .map(({ activityId: _, ...d }) => d),
          partners: activityPartners.filter((p) => p.activityId === a.id).map(({ activityId: _, ...p }) => p),
        })),
    })),
    partners: partners.map((p) => ({
      id: p.id,
      planId: p.planId,
      name: p.name,
      type: p.type,
      contributionInsidePlan: p.contributionInsidePlan,
      contributionOutsidePlan: p.contributionOutsidePlan,
    })),
    financing: financingSummaryOf(lines, statementOf(plan.plan)),
    bodies: bodies.map((b) => ({
      id: b.id,
      planId: b.planId,
      municipalityId: b.municipalityId,
      kind: b.kind,
      name: b.name,
      purpose: b.purpose,
      hasDecisionAuthority: b.hasDecisionAuthority,
      meetingsPerYearMin: b.meetingsPerYearMin,
      meetingsPerYearMax: b.meetingsPerYearMax,
      members: members
        .filter((m) => m.bodyId === b.id)
        .map((m) => ({
          id: m.id,
          name: m.name,
          role: m.role,
          organisation: m.organisation,
          party: m.party,
          seats: m.seats,
        })),
      contacts: bodyContacts.filter((c) => c.bodyId === b.id).map(toContact),
    })),
    networks: networks.map((n) => ({
      id: n.id,
      planId: n.planId,
      name: n.name,
      purpose: n.purpose,
      howToJoin: n.howToJoin,
      groups: groups
        .filter((g) => g.networkId === n.id)
        .map((g) => ({ id: g.id, name: g.name, description: g.description, status: g.status })),
      activities: networkActivities
        .filter((a) => a.networkId === n.id)
        .map((a) => ({ id: a.id, groupId: a.groupId, name: a.name, description: a.description })),
      contacts: networkContacts.filter((c) => c.networkId === n.id).map(toContact),
    })),
    contacts: planContacts.map(toContact),
  };
}
