import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client';
import type { ResourceScope } from '../../domain/access/permissions';
import type { StatisticScope } from '../../domain/statistics/indicators';
import { findArea } from '../areas/find-area';
import { findMunicipality } from '../municipalities/find-municipality';
import { findPlanRef, UUID } from '../plan-rows/parents';
import { findDepartmentByKey } from '../plans/find-by-key';

/** Who a figure describes, with the columns that name it and the access scope it falls under. */
export interface StatisticSubject {
  scope: StatisticScope;
  columns: {
    departmentId: string | null;
    planId: string | null;
    municipalityId: string | null;
    statutoryAreaId: string | null;
    region: string | null;
  };
  access: ResourceScope;
}

const none = { departmentId: null, planId: null, municipalityId: null, statutoryAreaId: null, region: null };

export async function departmentSubject(db: Executor, key: string): Promise<StatisticSubject | null> {
  const d = await findDepartmentByKey(db, key);
  return d
    ? {
        scope: 'department',
        columns: { ...none, departmentId: d.id },
        access: { municipalityId: d.municipalityId },
      }
    : null;
}

/** The plan's areas together (e.g. Holbæk: 3.498 beboere in the three afdelinger). */
export async function planAreasSubject(db: Executor, key: string): Promise<StatisticSubject | null> {
  const p = await findPlanRef(db, key);
  return p
    ? {
        scope: 'planAreas',
        columns: { ...none, planId: p.planId },
        access: { planId: p.planId, municipalityId: p.municipalityId },
      }
    : null;
}

export async function municipalitySubject(db: Executor, key: string): Promise<StatisticSubject | null> {
  const m = await findMunicipality(db, key);
  return m
    ? { scope: 'municipality', columns: { ...none, municipalityId: m.id }, access: { municipalityId: m.id } }
    : null;
}

/** A boligområde (§ 61 a): its figures are the municipality's master data. */
export async function statutoryAreaSubject(db: Executor, key: string): Promise<StatisticSubject | null> {
  const a = await findArea(db, key);
  return a
    ? {
        scope: 'statutoryArea',
        columns: { ...none, statutoryAreaId: a.id },
        access: { municipalityId: a.municipalityId },
      }
    : null;
}

/** A region's figures (the yardstick of the income criterion) belong to no municipality. */
export function regionSubject(region: string): StatisticSubject {
  return { scope: 'region', columns: { ...none, region }, access: {} };
}

/** Country-wide figures belong to no municipality: only an administrator maintains them. */
export const countrySubject: StatisticSubject = { scope: 'country', columns: none, access: {} };

/** The access scope of an existing figure, or null when there is none with this id. */
export async function statisticAccess(db: Executor, id: string): Promise<ResourceScope | null> {
  if (!UUID.test(id)) return null;
  const [row] = await queryRows<{ planId: string | null; municipalityId: string | null }>(
    db,
    sql`select s.plan_id as "planId",
               coalesce(s.municipality_id, d.municipality_id, p.municipality_id, a.municipality_id) as "municipalityId"
        from area_statistics s
        left join departments d on d.id = s.department_id
        left join plans p on p.id = s.plan_id
        left join statutory_areas a on a.id = s.statutory_area_id
        where s.id = ${id}`,
  );
  if (!row) return null;
  return {
    ...(row.planId ? { planId: row.planId } : {}),
    ...(row.municipalityId ? { municipalityId: row.municipalityId } : {}),
  };
}
