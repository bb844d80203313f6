import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client';
import type { AgeBand, Gender } from '../../domain/participants/participant';

/**
 * "Tap the regulars from last time" (journey 1): the participants (not erased) who came to the
 * activity's last N sessions, most frequent first, with how many of those sessions they came to.
 */
export async function listRegulars(db: Executor, input: { activityId: string; sessions: number }) {
  const sessions = await queryRows<{ id: string; date: string }>(
    db,
    sql`select id, date::text as date from activity_sessions where activity_id = ${input.activityId}
        order by date desc, created_at desc, id desc limit ${input.sessions}`,
  );
  if (sessions.length === 0) return { sessions: [], items: [] };
  const ids = sql.join(
    sessions.map((x) => sql`${x.id}::uuid`),
    sql`, `,
  );
  const items = await queryRows<{
    participantId: string;
    code: string;
    ageBand: AgeBand | null;
    gender: Gender | null;
    departmentId: string | null;
    attended: number;
  }>(
    db,
    sql`select p.id as "participantId", p.code, p.age_band as "ageBand", p.gender,
               p.department_id as "departmentId", count(*)::int as attended
        from attendances a join participants p on p.id = a.participant_id
        where a.session_id in (${ids}) and p.erased_at is null
        group by p.id, p.code, p.age_band, p.gender, p.department_id
        order by attended desc, p.code`,
  );
  return { sessions, items };
}
