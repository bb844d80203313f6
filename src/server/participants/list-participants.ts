import { and, asc, count, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { participants } from '../../db/schema/index';
import type { Participant } from './participants.schema';

export function toParticipant(row: typeof participants.$inferSelect): Participant {
  return {
    id: row.id,
    planId: row.planId,
    code: row.code,
    ageBand: row.ageBand,
    gender: row.gender,
    departmentId: row.departmentId,
    erasedAt: row.erasedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listParticipants(
  db: Executor,
  planId: string,
  query: { limit: number; offset: number; includeErased: boolean },
) {
  const where = and(
    eq(participants.planId, planId),
    query.includeErased ? undefined : isNull(participants.erasedAt),
  );
  const [total] = await db.select({ n: count() }).from(participants).where(where);
  const rows = await db
    .select()
    .from(participants)
    .where(where)
    .orderBy(asc(participants.code))
    .limit(query.limit)
    .offset(query.offset);
  return { items: rows.map(toParticipant), total: total?.n ?? 0, limit: query.limit, offset: query.offset };
}
