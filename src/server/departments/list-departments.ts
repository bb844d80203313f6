import { and, asc, count, eq, ilike, inArray, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { findMunicipality } from '../municipalities/find-municipality';
import { findPlanRef } from '../plan-rows/parents';
import { findOrganisationByKey } from '../plans/find-by-key';
import { toDepartmentSummary } from './department-output';
import type { ListDepartmentsQuery } from './departments.schema';

/** Afdelinger filtered by municipality, plan, organisation and name; an unknown filter is a 404. */
export async function listDepartments(db: Executor, query: ListDepartmentsQuery) {
  const filters: SQL[] = [];
  if (query.municipality) {
    const m = await findMunicipality(db, query.municipality);
    if (!m) throw new AppError('MUNICIPALITY_NOT_FOUND');
    filters.push(eq(t.departments.municipalityId, m.id));
  }
  if (query.plan) {
    const plan = await findPlanRef(db, query.plan);
    if (!plan) throw new AppError('PLAN_NOT_FOUND');
    const inPlan = db
      .select({ id: t.planDepartments.departmentId })
      .from(t.planDepartments)
      .where(eq(t.planDepartments.planId, plan.planId));
    filters.push(inArray(t.departments.id, inPlan));
  }
  if (query.organisation) {
    const o = await findOrganisationByKey(db, query.organisation);
    if (!o) throw new AppError('ORGANISATION_NOT_FOUND');
    filters.push(eq(t.departments.organisationId, o.id));
  }
  if (query.q) filters.push(ilike(t.departments.name, `%${query.q.replace(/[%_\\]/g, '\\$&')}%`));
  const where = filters.length ? and(...filters) : undefined;
  const [total] = await db.select({ n: count() }).from(t.departments).where(where);
  const rows = await db
    .select()
    .from(t.departments)
    .where(where)
    .orderBy(asc(t.departments.name), asc(t.departments.id))
    .limit(query.limit)
    .offset(query.offset);
  return {
    items: rows.map(toDepartmentSummary),
    total: total?.n ?? 0,
    limit: query.limit,
    offset: query.offset,
  };
}
