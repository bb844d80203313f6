import { and, asc, count, eq, ilike, inArray, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { findMunicipality } from '../municipalities/find-municipality';
import { findDepartmentByKey } from '../plans/find-by-key';
import { toAreaSummaries } from './area-output';
import type { AreaSummary, ListAreasQuery } from './areas.schema';

/** Statutory areas, by municipality or name; public (the official lists are public). */
export async function listAreas(db: Executor, query: ListAreasQuery) {
  const where: SQL[] = [];
  if (query.municipality) {
    const m = await findMunicipality(db, query.municipality);
    if (!m) throw new AppError('MUNICIPALITY_NOT_FOUND');
    where.push(eq(t.statutoryAreas.municipalityId, m.id));
  }
  if (query.department) {
    const d = await findDepartmentByKey(db, query.department);
    if (!d) throw new AppError('DEPARTMENT_NOT_FOUND');
    where.push(
      inArray(
        t.statutoryAreas.id,
        db
          .select({ id: t.statutoryAreaDepartments.areaId })
          .from(t.statutoryAreaDepartments)
          .where(eq(t.statutoryAreaDepartments.departmentId, d.id)),
      ),
    );
  }
  if (query.q) where.push(ilike(t.statutoryAreas.name, `%${query.q.replace(/[%_\\]/g, '\\$&')}%`));
  const filter = where.length ? and(...where) : undefined;
  // The page and the total in one round trip (a window count), as the national bench measures it.
  const paged = await db
    .select({ area: t.statutoryAreas, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(t.statutoryAreas)
    .where(filter)
    .orderBy(asc(t.statutoryAreas.name))
    .limit(query.limit)
    .offset(query.offset);
  const total =
    paged[0]?.total ??
    (query.offset > 0
      ? Number((await db.select({ n: count() }).from(t.statutoryAreas).where(filter))[0]?.n ?? 0)
      : 0);
  const items: AreaSummary[] = await toAreaSummaries(
    db,
    paged.map((r) => r.area),
  );
  return { items, total, limit: query.limit, offset: query.offset };
}
