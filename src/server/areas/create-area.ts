import { eq, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { type Actor, withAudit } from '../audit/with-audit';
import { toAreaDetail } from './area-output';
import type { AreaDetail, CreateAreaInput } from './areas.schema';
import { setAreaDepartments } from './set-area-departments';

/** Registers a boligområde (§ 61 a, stk. 3) of a municipality, with its afdelinger. */
export async function createArea(db: Db, actor: Actor, input: CreateAreaInput): Promise<AreaDetail> {
  return withAudit(
    db,
    actor,
    { name: 'createStatutoryArea', municipalityId: input.municipalityId },
    async (tx) => {
      const [municipality] = await tx
        .select({ id: t.municipalities.id })
        .from(t.municipalities)
        .where(eq(t.municipalities.id, input.municipalityId));
      if (!municipality)
        throw new AppError('MUNICIPALITY_NOT_FOUND', {}, [
          { field: 'municipalityId', message: 'Kommunen findes ikke' },
        ]);
      const [taken] = await tx
        .select({ slug: t.statutoryAreas.slug })
        .from(t.statutoryAreas)
        .where(
          or(
            eq(t.statutoryAreas.slug, input.slug),
            sql`lower(${t.statutoryAreas.name}) = lower(${input.name})`,
          ),
        );
      if (taken) {
        const field = taken.slug === input.slug ? 'slug' : 'name';
        throw new AppError('SLUG_TAKEN', {}, [
          {
            field,
            message:
              field === 'slug'
                ? 'Kortnavnet er allerede i brug'
                : 'Der findes allerede et boligområde med det navn',
          },
        ]);
      }
      const { departmentIds, ...values } = input;
      const [row] = await tx.insert(t.statutoryAreas).values(values).returning();
      if (!row) throw new Error('area was not created');
      await setAreaDepartments(tx, row, departmentIds);
      return toAreaDetail(tx, row);
    },
  );
}
