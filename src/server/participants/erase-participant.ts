import { randomBytes } from 'node:crypto';
import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { participants, plans } from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { type Actor, withAudit } from '../audit/with-audit';
import { toParticipant } from './list-participants';
import type { Participant } from './participants.schema';

const tombstone = () => ({
  code: `SLETTET-${randomBytes(8).toString('hex')}`,
  ageBand: null,
  gender: null,
  departmentId: null,
  erasedAt: new Date(),
  updatedAt: new Date(),
});

/**
 * GDPR art. 17: the participant becomes an anonymous tombstone. Its attendances stay attached, so
 * the plan's counts (unique participants, attendances) do not change — but nothing about the row
 * can be tied to a person any more. The audit trail never held the values (trigger redaction).
 */
export async function eraseParticipant(db: Db, actor: Actor, id: string): Promise<Participant> {
  const [existing] = await db.select().from(participants).where(eq(participants.id, id));
  if (!existing) throw new AppError('NOT_FOUND');
  if (existing.erasedAt) return toParticipant(existing);
  return withAudit(
    db,
    actor,
    { name: 'eraseParticipant', planId: existing.planId, onReadOnlyPlan: 'erasure' },
    async (tx) => {
      const [row] = await tx.update(participants).set(tombstone()).where(eq(participants.id, id)).returning();
      if (!row) throw new AppError('NOT_FOUND');
      return toParticipant(row);
    },
  );
}

/**
 * Storage limitation: erase participants of plans that ended more than their retention period
 * ago. Run by `helhedsplan retention` (daily from cron or a scheduler).
 */
export async function applyRetention(db: Db, actor: Actor, now = new Date()): Promise<number> {
  return withAudit(db, actor, { name: 'applyRetention' }, async (tx) => {
    const due = tx
      .select({ id: plans.id })
      .from(plans)
      .where(
        lt(
          sql`(${plans.endDate}::date + make_interval(months => ${plans.participantRetentionMonths}))`,
          sql`${now.toISOString()}::timestamptz`,
        ),
      );
    const rows = await tx
      .update(participants)
      .set({ ...tombstone(), code: sql`'SLETTET-' || replace(gen_random_uuid()::text, '-', '')` })
      .where(and(isNull(participants.erasedAt), sql`${participants.planId} in (${due})`))
      .returning({ id: participants.id });
    return rows.length;
  });
}
