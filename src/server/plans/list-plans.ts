import { and, asc, count, eq, ilike, inArray, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { departments, financingLines, municipalities, planDepartments, plans } from '../../db/schema/index';
import { planFinancing } from '../../domain/financing/plan-total';
import { statementOf, toFinancingLine } from '../financing/financing-summary';
import type { ListPlansQuery, PlanSummary } from './plans.schema';

/** Plans for the front page and the portfolio: one query for the page, one for its areas, one for its financing. */
export async function listPlans(db: Executor, query: ListPlansQuery) {
  const filters: SQL[] = [];
  if (query.municipality) filters.push(eq(municipalities.slug, query.municipality));
  if (query.status) filters.push(eq(plans.status, query.status));
  if (query.q) filters.push(ilike(plans.name, `%${query.q.replace(/[%_\\]/g, '\\$&')}%`));
  const where = filters.length > 0 ? and(...filters) : undefined;

  const [totalRow] = await db
    .select({ n: count() })
    .from(plans)
    .innerJoin(municipalities, eq(plans.municipalityId, municipalities.id))
    .where(where);
  const rows = await db
    .select({
      id: plans.id,
      slug: plans.slug,
      name: plans.name,
      status: plans.status,
      startDate: plans.startDate,
      endDate: plans.endDate,
      firstYear: plans.firstYear,
      lastYear: plans.lastYear,
      fundingPeriodId: plans.fundingPeriodId,
      financingStatedTotalOre: plans.financingStatedTotalOre,
      financingStatedTotalSource: plans.financingStatedTotalSource,
      financingAllFundersKnown: plans.financingAllFundersKnown,
      financingAllFundersKnownSource: plans.financingAllFundersKnownSource,
      municipality: { id: municipalities.id, slug: municipalities.slug, name: municipalities.name },
    })
    .from(plans)
    .innerJoin(municipalities, eq(plans.municipalityId, municipalities.id))
    .where(where)
    .orderBy(sql`${plans.startDate} desc nulls last`, asc(plans.name))
    .limit(query.limit)
    .offset(query.offset);

  const ids = rows.map((r) => r.id);
  const areaRows = ids.length
    ? await db
        .select({
          planId: planDepartments.planId,
          id: departments.id,
          slug: departments.slug,
          name: departments.name,
        })
        .from(planDepartments)
        .innerJoin(departments, eq(planDepartments.departmentId, departments.id))
        .where(inArray(planDepartments.planId, ids))
        .orderBy(asc(departments.name))
    : [];
  const financingRows = ids.length
    ? await db
        .select()
        .from(financingLines)
        .where(and(inArray(financingLines.planId, ids), eq(financingLines.scope, 'plan')))
        .orderBy(asc(financingLines.position))
    : [];

  const items: PlanSummary[] = rows.map((row) => {
    const {
      financingStatedTotalOre,
      financingStatedTotalSource,
      financingAllFundersKnown,
      financingAllFundersKnownSource,
      ...plan
    } = row;
    // The same mapping as the plan page (toFinancingLine): amounts as numbers, sources as citations.
    const lines = financingRows.filter((l) => l.planId === row.id).map((l) => toFinancingLine(l, null));
    const statement = statementOf({
      financingStatedTotalOre,
      financingStatedTotalSource,
      financingAllFundersKnown,
      financingAllFundersKnownSource,
    });
    return {
      ...plan,
      departments: areaRows.filter((a) => a.planId === row.id).map(({ planId: _, ...a }) => a),
      financingTotal: planFinancing(lines, statement).total,
    };
  });
  return { items, total: totalRow?.n ?? 0, limit: query.limit, offset: query.offset };
}
