import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { generateParticipantCode } from '../../domain/participants/participant';
import { type Actor, withAudit } from '../audit/with-audit';
import { getVolunteer } from './list-volunteers';
import { requireConsent } from './volunteer-consent';
import type { VolunteerInput, VolunteerOut } from './volunteers.schema';

/** A new volunteer with a generated code ("F-7K3Q9M"), named only with consent. */
export async function createVolunteer(
  db: Db,
  actor: Actor,
  input: { planId: string; body: VolunteerInput },
): Promise<VolunteerOut> {
  const name = input.body.name ?? null;
  const consentDate = name === null ? null : (input.body.consentDate ?? null);
  requireConsent(name, input.body.consentDate ?? null);
  return withAudit(db, actor, { name: 'createVolunteer', planId: input.planId }, async (tx) => {
    const [row] = await tx
      .insert(t.volunteers)
      .values({
        planId: input.planId,
        code: generateParticipantCode('F', randomBytes),
        name,
        consentDate,
        active: input.body.active === false ? 0 : 1,
      })
      .returning({ id: t.volunteers.id });
    if (!row) throw new Error('volunteer was not created');
    return getVolunteer(tx, row.id);
  });
}
