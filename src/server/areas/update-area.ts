import { and, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { type Actor, withAudit } from '../audit/with-audit';
import { toAreaDetail } from './area-output';
import type { AreaDetail, UpdateAreaInput } from './areas.schema';
import { findArea } from './find-area';
import { setAreaDepartments } from './set-area-departments';

export async function updateArea(
  db: Db,
  actor: Actor,
  input: { key: string; changes: UpdateAreaInput },
): Promise<AreaDetail> {
  const area = await findArea(db, input.key);
  if (!area) throw new AppError('STATUTORY_AREA_NOT_FOUND');
  return withAudit(
    db,
    actor,
    { name: 'updateStatutoryArea', municipalityId: area.municipalityId },
    async (tx) => {
      const { departmentIds, ...changes } = input.changes;
      if (changes.name) {
        const [taken] = await tx
          .select({ id: t.statutoryAreas.id })
          .from(t.statutoryAreas)
          .where(
            and(
              sql`lower(${t.statutoryAreas.name}) = lower(${changes.name})`,
              ne(t.statutoryAreas.id, area.id),
            ),
          );
        if (taken)
          throw new AppError('SLUG_TAKEN', {}, [
            { field: 'name', message: 'Der findes allerede et boligområde med det navn' },
          ]);
      }
      const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
      const [row] =
        Object.keys(defined).length > 0
          ? await tx
              .update(t.statutoryAreas)
              .set({ ...defined, updatedAt: new Date() })
              .where(eq(t.statutoryAreas.id, area.id))
              .returning()
          : [area];
      if (!row) throw new AppError('STATUTORY_AREA_NOT_FOUND');
      if (departmentIds) await setAreaDepartments(tx, row, departmentIds);
      return toAreaDetail(tx, row);
    },
  );
}
