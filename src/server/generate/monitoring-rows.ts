/**
 * The registrations of one generated plan, drawn in SQL from generate_series (no rows cross the
 * wire, no random()): activities over the four focus areas, pseudonymous participants, named
 * sessions with attendances, open head-count sessions, volunteers with hours, enrolments with
 * outcomes, and indicators of every registration basis with yearly targets. Used by the
 * monitoring bench (one plan) and the national generator (100 plans).
 *
 * Ids are md5 of a caller's prefix and the row's number, so the same prefix gives the same rows.
 * Runs inside the caller's transaction; its temp tables are dropped again before it returns.
 */
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';

export interface MonitoringSpec {
  planId: string;
  /** Prefix of the deterministic ids (letters, digits, dashes). */
  idPrefix: string;
  /** Participant and volunteer codes start with it ("B-00001", "BF-001"). */
  codePrefix: string;
  startDate: string;
  endDate: string;
  /** Plan years with targets. */
  years: number;
  activities: number;
  participants: number;
  sessionsPerActivity: number;
  perSession: number;
  openPerActivity: number;
  volunteers: number;
  /** The plan's afdelinger, in the order sessions rotate through them. */
  departmentIds: readonly string[];
  activityName: string;
}

const AGE_BANDS = "array['6-12','13-17','18-24','25-29','30-49','50-64','13-17','18-24']";
const OUTCOMES = "array['startedEducation','gotJob','gotLeisureJob','completed','left','completedEducation']";

/** One statement at a time: PGlite's extended protocol takes a single statement. */
async function exec(tx: Tx, text: string): Promise<void> {
  await tx.execute(sql.raw(text));
}

/**
 * A deterministic UUID in SQL: md5 of the text, with the version (4) and variant bits set so that
 * it is a valid RFC 4122 UUID (the API's schemas check them).
 */
export const uuidSql = (text: string) =>
  `overlay(overlay(md5(${text}) placing '4' from 13) placing '8' from 17)::uuid`;

const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
const literal = (s: string) => `'${s.replaceAll("'", "''")}'`;

export async function fillMonitoringPlan(tx: Tx, spec: MonitoringSpec): Promise<void> {
  if (!/^[A-Za-z0-9-]+$/.test(spec.idPrefix) || !/^[A-Za-z0-9-]+$/.test(spec.codePrefix))
    throw new Error('id and code prefixes are letters, digits and dashes');
  if (!/^[0-9a-f-]{36}$/.test(spec.planId) || spec.departmentIds.some((d) => !/^[0-9a-f-]{36}$/.test(d)))
    throw new Error('plan and department ids are UUIDs');
  const p = `'${spec.planId}'::uuid`;
  const uid = (kind: string, n: string) => uuidSql(`'${spec.idPrefix}:${kind}:' || (${n})`);
  const A = spec.activities;
  const P = spec.participants;
  const SPA = spec.sessionsPerActivity;
  const K = spec.perSession;
  const OPEN = spec.openPerActivity;
  const V = spec.volunteers;
  const D = spec.departmentIds.length;
  const start = spec.startDate;
  // Days of the period, counting both ends (1,826 for 2022–2026).
  const days = daysBetween(spec.startDate, spec.endDate) + 1;
  const perActivity = Math.max(1, Math.floor(P / A));
  // Each activity draws from a pool (pools overlap); 13 must be prime to the pool so that a
  // session's K participants are distinct.
  let pool = Math.min(P, 300);
  if (pool % 13 === 0) pool--;
  if (K > pool) throw new Error(`${K} participants per session need a pool of at least ${K}`);
  const beforeStart = new Date(Date.parse(start) - 17 * 86_400_000).toISOString().slice(0, 10);

  await exec(
    tx,
    `insert into plan_departments (plan_id, department_id)
     select ${p}, d from unnest(array[${spec.departmentIds.map((d) => `'${d}'`).join(', ')}]::uuid[]) d
     on conflict do nothing`,
  );
  await exec(
    tx,
    `create temp table b_dept as
     select (o - 1)::int as n, d as id
     from unnest(array[${spec.departmentIds.map((d) => `'${d}'`).join(', ')}]::uuid[]) with ordinality as u(d, o)`,
  );
  await exec(
    tx,
    `create temp table b_act as
     select g as n, ${uid('act', 'g')} as id, fa.id as focus_area_id
     from generate_series(0, ${A - 1}) g
     join (select id, (row_number() over (order by position) - 1)::int as k
           from focus_areas where funding_period_id = '2019-26') fa on fa.k = g % 4`,
  );
  await exec(
    tx,
    `insert into activities (id, plan_id, focus_area_id, name, status, start_date, position)
     select id, ${p}, focus_area_id, ${literal(spec.activityName)} || ' ' || lpad((n + 1)::text, 2, '0'), 'active', '${start}', n
     from b_act`,
  );
  await exec(
    tx,
    `create temp table b_part as
     select g as n, ${uid('part', 'g')} as id from generate_series(0, ${P - 1}) g`,
  );
  await exec(tx, 'create index on b_part (n)');
  await exec(
    tx,
    `insert into participants (id, plan_id, code, age_band, gender, department_id)
     select b.id, ${p}, '${spec.codePrefix}-' || lpad(b.n::text, 5, '0'), (${AGE_BANDS})[1 + b.n % 8],
            case when b.n % 10 < 5 then 'female' when b.n % 10 < 9 then 'male' else 'other' end, d.id
     from b_part b join b_dept d on d.n = b.n % ${D}`,
  );
  // Named sessions: spread evenly over the period; each activity's first session lies before the
  // plan started (counted as outside the period, not in the figures).
  await exec(
    tx,
    `create temp table b_sess as
     select a.n * ${SPA} + i as n, ${uid('sess', `a.n * ${SPA} + i`)} as id, a.id as activity_id, a.n as act, i,
            case when i = 0 then date '${beforeStart}'
                 else date '${start}' + (i * ${days}) / ${SPA} end as date
     from b_act a cross join generate_series(0, ${SPA - 1}) i`,
  );
  await exec(
    tx,
    `insert into activity_sessions (id, plan_id, activity_id, date, department_id, place)
     select s.id, ${p}, s.activity_id, s.date, d.id, 'Beboerhuset'
     from b_sess s join b_dept d on d.n = (s.act + s.i) % ${D}`,
  );
  // K distinct participants per session from the activity's pool.
  await exec(
    tx,
    `insert into attendances (session_id, participant_id, plan_id)
     select s.id, b.id, ${p}
     from b_sess s cross join generate_series(0, ${K - 1}) k
     join b_part b on b.n = (s.act * ${perActivity} + (s.i * 7 + k * 13) % ${pool}) % ${P}`,
  );
  // Open events: only a head count with a gender split.
  await exec(
    tx,
    `create temp table b_open as
     select ${uid('open', `a.n * ${OPEN} + i`)} as id, a.id as activity_id, a.n as act, i,
            date '${start}' + 9 + (i * ${days - 26}) / ${OPEN} as date, 10 + (a.n * 7 + i * 11) % 50 as cnt
     from b_act a cross join generate_series(0, ${OPEN - 1}) i`,
  );
  await exec(
    tx,
    `insert into activity_sessions (id, plan_id, activity_id, date, department_id, place, open_count, open_female, open_male)
     select o.id, ${p}, o.activity_id, o.date, d.id, 'Torvet', o.cnt, (o.cnt * 4) / 10, o.cnt / 2
     from b_open o join b_dept d on d.n = o.i % ${D}`,
  );
  await exec(
    tx,
    `create temp table b_vol as
     select g as n, ${uid('vol', 'g')} as id from generate_series(0, ${V - 1}) g`,
  );
  await exec(
    tx,
    `insert into volunteers (id, plan_id, code, name, consent_date)
     select id, ${p}, '${spec.codePrefix}F-' || lpad(n::text, 3, '0'),
            case when n % 2 = 0 then 'Frivillig ' || n end, case when n % 2 = 0 then date '${start}' end
     from b_vol`,
  );
  await exec(
    tx,
    `insert into session_volunteers (session_id, volunteer_id, plan_id, hours)
     select s.id, v.id, ${p}, 2 + (s.i % 5) * 0.5
     from b_sess s join b_vol v on v.n = (s.act * 2 + s.i) % ${V} where s.i % 3 = 0
     union all
     select o.id, v.id, ${p}, 3.5
     from b_open o join b_vol v on v.n in ((o.act + o.i) % ${V}, (o.act + o.i + ${Math.floor(V / 2)}) % ${V})`,
  );
  // One forløb per participant in the activity whose pool they start; two in three have ended,
  // and those that ended have an outcome.
  const enrolDays = Math.max(1, days - 326);
  await exec(
    tx,
    `insert into enrolments (plan_id, activity_id, participant_id, start_date, end_date, outcome)
     select ${p}, a.id, b.id, date '${start}' + (b.n * 13) % ${enrolDays},
            case when b.n % 3 <> 0 then date '${start}' + (b.n * 13) % ${enrolDays} + 120 + b.n % 200 end,
            case when b.n % 3 <> 0 then (${OUTCOMES})[1 + (b.n / 3) % 6] end
     from b_part b join b_act a on a.n = least(b.n / ${perActivity}, ${A - 1})`,
  );
  // Indicators of every basis: on activities, on each focus area and on the plan.
  await exec(
    tx,
    `create temp table b_ind as
     with spec(basis, outcome, every) as (values
       ('uniqueParticipants', null, 1), ('attendances', null, 1), ('sessions', null, 4),
       ('volunteerHours', null, 4), ('enrolments', null, 5), ('enrolmentOutcome', 'startedEducation', 5),
       ('outcomeShare', 'gotJob', 5)),
     i as (
       select a.id as activity_id, null::uuid as focus_area_id, s.basis, s.outcome, a.n as pos
       from b_act a join spec s on a.n % s.every = 0
       union all
       select null, fa.focus_area_id, s.basis, s.outcome, 100 + fa.k
       from (select distinct focus_area_id, n % 4 as k from b_act where n < 4) fa
       join spec s on s.basis in ('uniqueParticipants', 'attendances', 'volunteerHours', 'enrolmentOutcome')
       union all
       select null, null, s.basis, s.outcome, 200 from spec s
       union all
       select null, null, 'manual', null, 201)
     select ${uid('ind', "i.pos || ':' || i.basis")} as id, i.* from i`,
  );
  await exec(
    tx,
    `insert into indicators (id, plan_id, activity_id, focus_area_id, name, kind, unit, direction, basis, outcome,
                             measurement, baseline, position)
     select id, ${p}, activity_id, focus_area_id, 'Indikator ' || basis || ' ' || pos,
            case when basis in ('enrolmentOutcome', 'outcomeShare', 'manual') then 'outcome' else 'output' end,
            case basis when 'uniqueParticipants' then 'persons' when 'attendances' then 'attendances'
                       when 'sessions' then 'sessions' when 'volunteerHours' then 'hours'
                       when 'enrolments' then 'persons' when 'enrolmentOutcome' then 'persons' else 'share' end,
            'increase', basis, outcome, case when basis = 'manual' then 'survey' else 'registration' end,
            case when basis = 'manual' then 40 end, pos
     from b_ind`,
  );
  await exec(
    tx,
    `insert into indicator_targets (indicator_id, plan_id, year_index, target)
     select b.id, ${p}, y,
            case b.basis when 'uniqueParticipants' then 100 when 'attendances' then 2000 when 'sessions' then 100
                         when 'volunteerHours' then 150 when 'enrolments' then 60 when 'enrolmentOutcome' then 10
                         when 'outcomeShare' then 20 else 45 + y end
            * case when b.activity_id is not null or b.basis in ('outcomeShare', 'manual') then 1
                   when b.focus_area_id is not null then 10 else 40 end
     from b_ind b cross join generate_series(0, ${spec.years - 1}) y`,
  );
  await exec(
    tx,
    `insert into indicator_measurements (indicator_id, plan_id, year_index, value, note)
     select b.id, ${p}, y, 40 + y * 2, 'Trivselsmåling (genereret)'
     from b_ind b cross join generate_series(0, ${spec.years - 2}) y where b.basis = 'manual'`,
  );
  await exec(tx, 'drop table b_dept, b_act, b_part, b_sess, b_open, b_vol, b_ind');
}
