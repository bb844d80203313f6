import { and, asc, count, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import type { EnrolmentOut } from './enrolments.schema';

const e = t.enrolments;
const columns = {
  id: e.id,
  planId: e.planId,
  activityId: e.activityId,
  participantId: e.participantId,
  participantCode: t.participants.code,
  startDate: e.startDate,
  endDate: e.endDate,
  outcome: e.outcome,
  createdAt: e.createdAt,
};
const out = (r: Omit<EnrolmentOut, 'createdAt'> & { createdAt: Date }): EnrolmentOut => ({
  ...r,
  createdAt: r.createdAt.toISOString(),
});

/** An activity's forløb, by start date; `open` narrows to running (true) or ended (false) ones. */
export async function listEnrolments(
  db: Executor,
  input: { activityId: string; open?: boolean | undefined; limit: number; offset: number },
) {
  const where = and(
    eq(e.activityId, input.activityId),
    input.open === true ? isNull(e.endDate) : input.open === false ? isNotNull(e.endDate) : undefined,
  );
  const [total] = await db.select({ n: count() }).from(e).where(where);
  const rows = await db
    .select(columns)
    .from(e)
    .innerJoin(t.participants, eq(t.participants.id, e.participantId))
    .where(where)
    .orderBy(asc(e.startDate), asc(t.participants.code), asc(e.id))
    .limit(input.limit)
    .offset(input.offset);
  return { items: rows.map(out), total: total?.n ?? 0, limit: input.limit, offset: input.offset };
}

export async function getEnrolment(db: Executor, id: string): Promise<EnrolmentOut> {
  const [row] = await db
    .select(columns)
    .from(e)
    .innerJoin(t.participants, eq(t.participants.id, e.participantId))
    .where(eq(e.id, id));
  if (!row) throw new AppError('ENROLMENT_NOT_FOUND');
  return out(row);
}
