import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';

/** Sets the afdelinger of an area: same municipality, and no afdeling in two areas. */
export async function setAreaDepartments(
  tx: Tx,
  area: { id: string; municipalityId: string },
  departmentIds: readonly string[],
): Promise<void> {
  const ids = [...new Set(departmentIds)];
  if (ids.length > 0) {
    const found = await tx
      .select({ id: t.departments.id, municipalityId: t.departments.municipalityId })
      .from(t.departments)
      .where(inArray(t.departments.id, ids));
    for (const [i, id] of departmentIds.entries()) {
      const d = found.find((f) => f.id === id);
      if (!d)
        throw new AppError('DEPARTMENT_NOT_FOUND', {}, [
          { field: `departmentIds.${i}`, message: 'Afdelingen findes ikke' },
        ]);
      if (d.municipalityId !== area.municipalityId)
        throw new AppError('DEPARTMENT_NOT_IN_MUNICIPALITY', {}, [
          { field: `departmentIds.${i}`, message: 'Afdelingen ligger i en anden kommune end området' },
        ]);
    }
    const taken = await tx
      .select({ departmentId: t.statutoryAreaDepartments.departmentId })
      .from(t.statutoryAreaDepartments)
      .where(
        and(
          inArray(t.statutoryAreaDepartments.departmentId, ids),
          ne(t.statutoryAreaDepartments.areaId, area.id),
        ),
      );
    if (taken.length > 0) {
      const i = departmentIds.indexOf(taken[0]?.departmentId ?? '');
      throw new AppError('DEPARTMENT_IN_OTHER_AREA', {}, [
        { field: `departmentIds.${i}`, message: 'Afdelingen hører allerede til et andet boligområde' },
      ]);
    }
  }
  await tx.delete(t.statutoryAreaDepartments).where(eq(t.statutoryAreaDepartments.areaId, area.id));
  if (ids.length > 0) {
    await tx
      .insert(t.statutoryAreaDepartments)
      .values(ids.map((departmentId) => ({ areaId: area.id, departmentId })));
  }
}
