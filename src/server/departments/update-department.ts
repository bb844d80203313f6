import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { type Actor, withAudit } from '../audit/with-audit';
import { findDepartmentByKey } from '../plans/find-by-key';
import { checkOrganisation } from './check-organisation';
import { toDepartmentSummary } from './department-output';
import type { DepartmentSummary, UpdateDepartmentInput } from './departments.schema';

export async function updateDepartment(
  db: Db,
  actor: Actor,
  input: { key: string; changes: UpdateDepartmentInput },
): Promise<DepartmentSummary> {
  const current = await findDepartmentByKey(db, input.key);
  if (!current) throw new AppError('DEPARTMENT_NOT_FOUND');
  return withAudit(
    db,
    actor,
    { name: 'updateDepartment', municipalityId: current.municipalityId },
    async (tx) => {
      await checkOrganisation(tx, input.changes.organisationId);
      const [row] = await tx
        .update(t.departments)
        .set({ ...input.changes, updatedAt: new Date() })
        .where(eq(t.departments.id, current.id))
        .returning();
      if (!row) throw new AppError('DEPARTMENT_NOT_FOUND');
      return toDepartmentSummary(row);
    },
  );
}
