import { and, asc, desc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { UUID } from '../plan-rows/parents';
import { toStatistic } from '../plans/get-plan-detail';
import type { DepartmentDetail } from '../plans/plan-detail.schema';
import { sourceText, toCitationOrNull } from '../reference/citation';

/** An afdeling with all its figures and the municipality's and country's for comparison. */
export async function getDepartmentDetail(db: Executor, idOrSlug: string): Promise<DepartmentDetail> {
  const [row] = await db
    .select({
      department: t.departments,
      municipality: { id: t.municipalities.id, slug: t.municipalities.slug, name: t.municipalities.name },
      organisationId: t.housingOrganisations.id,
      organisationSlug: t.housingOrganisations.slug,
      organisationName: t.housingOrganisations.name,
    })
    .from(t.departments)
    .innerJoin(t.municipalities, eq(t.departments.municipalityId, t.municipalities.id))
    .leftJoin(t.housingOrganisations, eq(t.departments.organisationId, t.housingOrganisations.id))
    .where(
      UUID.test(idOrSlug)
        ? or(eq(t.departments.id, idOrSlug), eq(t.departments.slug, idOrSlug))
        : eq(t.departments.slug, idOrSlug),
    );
  if (!row) throw new AppError('DEPARTMENT_NOT_FOUND');
  const d = row.department;

  const [plans, statistics] = await Promise.all([
    db
      .select({
        id: t.plans.id,
        slug: t.plans.slug,
        name: t.plans.name,
        status: t.plans.status,
        startDate: t.plans.startDate,
        endDate: t.plans.endDate,
      })
      .from(t.planDepartments)
      .innerJoin(t.plans, eq(t.planDepartments.planId, t.plans.id))
      .where(eq(t.planDepartments.departmentId, d.id))
      .orderBy(desc(t.plans.startDate), asc(t.plans.name)),
    db
      .select()
      .from(t.areaStatistics)
      .where(eq(t.areaStatistics.departmentId, d.id))
      .orderBy(desc(t.areaStatistics.year), asc(t.areaStatistics.indicator)),
  ]);
  const indicators = [...new Set(statistics.map((s) => s.indicator))];
  const comparisons = indicators.length
    ? await db
        .select()
        .from(t.areaStatistics)
        .where(
          and(
            inArray(t.areaStatistics.indicator, indicators),
            or(
              eq(t.areaStatistics.municipalityId, d.municipalityId),
              and(eq(t.areaStatistics.scope, 'country'), isNull(t.areaStatistics.municipalityId)),
            ),
          ),
        )
        .orderBy(desc(t.areaStatistics.year))
    : [];

  return {
    id: d.id,
    slug: d.slug,
    name: d.name,
    kind: d.kind,
    description: d.description,
    units: d.units,
    residents: d.residents,
    source: sourceText(d.source),
    citation: toCitationOrNull(d.source),
    municipality: row.municipality,
    organisation:
      row.organisationId && row.organisationSlug && row.organisationName
        ? { id: row.organisationId, slug: row.organisationSlug, name: row.organisationName }
        : null,
    plans,
    statistics: statistics.map(toStatistic),
    comparisons: comparisons.map(toStatistic),
  };
}
