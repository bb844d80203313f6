import { and, asc, count, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { findMunicipality } from '../municipalities/find-municipality';
import { UUID } from '../plan-rows/parents';
import { findDepartmentByKey } from '../plans/find-by-key';
import type { AreaSummary, ListAreasQuery } from './areas.schema';

/** The id of a row by id or slug, as a subquery (the finders' rule: an id, else a slug). */
function idByKey(db: Executor, table: typeof t.municipalities | typeof t.departments, key: string) {
  return db
    .select({ id: table.id })
    .from(table)
    .where(UUID.test(key) ? or(eq(table.id, key), eq(table.slug, key)) : eq(table.slug, key))
    .limit(1);
}

/** The area's afdelinger by name, as one JSON array (a page of areas costs one query). */
const departmentsJson = sql<{ id: string; slug: string; name: string }[]>`coalesce((
  select json_agg(json_build_object('id', d.id, 'slug', d.slug, 'name', d.name) order by d.name)
  from ${t.statutoryAreaDepartments} sd join ${t.departments} d on d.id = sd.department_id
  where sd.area_id = ${t.statutoryAreas.id}), '[]'::json)`;

/**
 * Statutory areas, by municipality or name; public (the official lists are public). The page,
 * the total, each area's municipality and afdelinger come in one query; only an empty page
 * looks again, to tell an unknown municipality or afdeling (404) from one without areas.
 */
export async function listAreas(db: Executor, query: ListAreasQuery) {
  const where: SQL[] = [];
  if (query.municipality)
    where.push(inArray(t.statutoryAreas.municipalityId, idByKey(db, t.municipalities, query.municipality)));
  if (query.department)
    where.push(
      inArray(
        t.statutoryAreas.id,
        db
          .select({ id: t.statutoryAreaDepartments.areaId })
          .from(t.statutoryAreaDepartments)
          .where(
            inArray(t.statutoryAreaDepartments.departmentId, idByKey(db, t.departments, query.department)),
          ),
      ),
    );
  if (query.q) where.push(ilike(t.statutoryAreas.name, `%${query.q.replace(/[%_\\]/g, '\\$&')}%`));
  const filter = where.length ? and(...where) : undefined;
  const rows = await db
    .select({
      id: t.statutoryAreas.id,
      slug: t.statutoryAreas.slug,
      name: t.statutoryAreas.name,
      municipality: {
        id: t.municipalities.id,
        slug: t.municipalities.slug,
        name: t.municipalities.name,
        region: t.municipalities.region,
      },
      residents: t.statutoryAreas.residents,
      departments: departmentsJson,
      description: t.statutoryAreas.description,
      source: t.statutoryAreas.source,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(t.statutoryAreas)
    .innerJoin(t.municipalities, eq(t.municipalities.id, t.statutoryAreas.municipalityId))
    .where(filter)
    .orderBy(asc(t.statutoryAreas.name))
    .limit(query.limit)
    .offset(query.offset);
  if (rows.length === 0) {
    if (query.municipality && !(await findMunicipality(db, query.municipality)))
      throw new AppError('MUNICIPALITY_NOT_FOUND');
    if (query.department && !(await findDepartmentByKey(db, query.department)))
      throw new AppError('DEPARTMENT_NOT_FOUND');
  }
  const total =
    rows[0]?.total ??
    (query.offset > 0
      ? Number((await db.select({ n: count() }).from(t.statutoryAreas).where(filter))[0]?.n ?? 0)
      : 0);
  const items: AreaSummary[] = rows.map(({ total: _, departments, ...area }) => ({
    ...area,
    departments: typeof departments === 'string' ? JSON.parse(departments) : departments,
  }));
  return { items, total, limit: query.limit, offset: query.offset };
}
