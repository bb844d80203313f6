import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { type Actor, withAudit } from '../audit/with-audit';
import { getVolunteer } from './list-volunteers';

/** Deletes a volunteer without registered hours; one with hours is kept (make it inactive). */
export async function deleteVolunteer(db: Db, actor: Actor, input: { id: string }): Promise<void> {
  const { planId } = await getVolunteer(db, input.id);
  await withAudit(db, actor, { name: 'deleteVolunteer', planId }, async (tx) => {
    // Checked in the deleting transaction; hours registered meanwhile make the foreign key refuse.
    const volunteer = await getVolunteer(tx, input.id);
    if (volunteer.sessionCount > 0) {
      throw new AppError('CONFLICT', {}, [
        {
          field: '',
          message: `Den frivillige har ${volunteer.sessionCount} registrerede gange med timer og kan ikke slettes, da timerne indgår i opgørelserne. Markér den frivillige som inaktiv i stedet.`,
        },
      ]);
    }
    await tx.delete(t.volunteers).where(eq(t.volunteers.id, input.id));
  });
}
