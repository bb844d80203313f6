import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { type Actor, withAudit } from '../audit/with-audit';
import { getMunicipality } from './get-municipality';
import type { Municipality, municipalityBody } from './municipalities.schema';

export async function createMunicipality(
  db: Db,
  actor: Actor,
  input: z.infer<typeof municipalityBody>,
): Promise<Municipality> {
  const id = await withAudit(db, actor, { name: 'createMunicipality' }, async (tx) => {
    const [taken] = await tx
      .select({ id: t.municipalities.id })
      .from(t.municipalities)
      .where(eq(t.municipalities.slug, input.slug));
    if (taken)
      throw new AppError('SLUG_TAKEN', {}, [{ field: 'slug', message: 'Kortnavnet er allerede i brug' }]);
    const [row] = await tx.insert(t.municipalities).values(input).returning({ id: t.municipalities.id });
    return row?.id as string;
  });
  return getMunicipality(db, { key: id });
}
