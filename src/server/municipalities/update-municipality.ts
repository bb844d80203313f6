import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { type Actor, withAudit } from '../audit/with-audit';
import { findMunicipality } from './find-municipality';
import { getMunicipality } from './get-municipality';
import type { Municipality, updateMunicipalityBody } from './municipalities.schema';

export async function updateMunicipality(
  db: Db,
  actor: Actor,
  input: { key: string; changes: z.infer<typeof updateMunicipalityBody> },
): Promise<Municipality> {
  const current = await findMunicipality(db, input.key);
  if (!current) throw new AppError('MUNICIPALITY_NOT_FOUND');
  await withAudit(db, actor, { name: 'updateMunicipality', municipalityId: current.id }, (tx) =>
    tx
      .update(t.municipalities)
      .set({ ...input.changes, updatedAt: new Date() })
      .where(eq(t.municipalities.id, current.id)),
  );
  return getMunicipality(db, { key: current.id });
}
