import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { type Actor, withAudit } from '../audit/with-audit';
import { getVolunteer } from './list-volunteers';
import { requireConsent } from './volunteer-consent';
import type { VolunteerInput, VolunteerOut } from './volunteers.schema';

/** Edits a volunteer; `name: null` withdraws the consent — the name and its date are removed. */
export async function updateVolunteer(
  db: Db,
  actor: Actor,
  input: { id: string; body: VolunteerInput },
): Promise<VolunteerOut> {
  const [existing] = await db.select().from(t.volunteers).where(eq(t.volunteers.id, input.id));
  if (!existing) throw new AppError('VOLUNTEER_NOT_FOUND');
  const body = input.body;
  const name = body.name === undefined ? existing.name : body.name;
  const consentDate =
    name === null ? null : body.consentDate === undefined ? existing.consentDate : body.consentDate;
  requireConsent(name, consentDate);
  return withAudit(db, actor, { name: 'updateVolunteer', planId: existing.planId }, async (tx) => {
    await tx
      .update(t.volunteers)
      .set({
        name,
        consentDate,
        ...(body.active !== undefined ? { active: body.active ? 1 : 0 } : {}),
        updatedAt: new Date(),
      })
      .where(eq(t.volunteers.id, input.id));
    return getVolunteer(tx, input.id);
  });
}
