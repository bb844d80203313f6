import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { type Actor, withAudit } from '../audit/with-audit';
import { checkOrganisation } from './check-organisation';
import { toDepartmentSummary } from './department-output';
import type { CreateDepartmentInput, DepartmentSummary } from './departments.schema';

/** Registers an afdeling of a municipality (municipal master data). */
export async function createDepartment(
  db: Db,
  actor: Actor,
  input: CreateDepartmentInput,
): Promise<DepartmentSummary> {
  return withAudit(
    db,
    actor,
    { name: 'createDepartment', municipalityId: input.municipalityId },
    async (tx) => {
      const [municipality] = await tx
        .select({ id: t.municipalities.id })
        .from(t.municipalities)
        .where(eq(t.municipalities.id, input.municipalityId));
      if (!municipality) {
        throw new AppError('MUNICIPALITY_NOT_FOUND', {}, [
          { field: 'municipalityId', message: 'Kommunen findes ikke' },
        ]);
      }
      const [taken] = await tx
        .select({ id: t.departments.id })
        .from(t.departments)
        .where(eq(t.departments.slug, input.slug));
      if (taken)
        throw new AppError('SLUG_TAKEN', {}, [{ field: 'slug', message: 'Kortnavnet er allerede i brug' }]);
      await checkOrganisation(tx, input.organisationId);
      const [row] = await tx.insert(t.departments).values(input).returning();
      if (!row) throw new Error('department was not created');
      return toDepartmentSummary(row);
    },
  );
}
