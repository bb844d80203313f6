/**
 * The generated plan of the monitoring benchmark (issue #4, Performance): five calendar years
 * (2022–2026), 40 activities over the four focus areas, 3,000 pseudonymous participants, 20,000
 * sessions with 25 named participants each (500,000 attendances), 800 open head-count sessions,
 * 80 volunteers with hours, 3,000 enrolments with outcomes, and indicators of every registration
 * basis on activities, focus areas and the plan, with yearly targets.
 *
 * Everything is drawn in SQL from generate_series (deterministic, no random()), in one audited
 * transaction: the audit triggers run for every row, as they do in production.
 */
import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../src/db/client';
import { queryRows } from '../src/db/client';
import { SYSTEM_SEED, withAudit } from '../src/server/audit/with-audit';

export const PLAN_SLUG = 'bench-monitorering-2022-2026';
export const PLAN_START = '2022-01-01';
export const PLAN_END = '2026-12-31';
export const YEARS = 5;
export const ACTIVITIES = 40;
export const PARTICIPANTS = 3_000;
export const SESSIONS_PER_ACTIVITY = 500;
export const PER_SESSION = 25;
export const OPEN_PER_ACTIVITY = 20;
export const VOLUNTEERS = 80;
/** Each activity draws its participants from a pool of this size (pools overlap). */
const POOL = 300;

const AGE_BANDS = "array['6-12','13-17','18-24','25-29','30-49','50-64','13-17','18-24']";
const OUTCOMES = "array['startedEducation','gotJob','gotLeisureJob','completed','left','completedEducation']";

/** One statement at a time: PGlite's extended protocol takes a single statement. */
async function exec(tx: Tx, text: string): Promise<void> {
  await tx.execute(sql.raw(text));
}

export interface GeneratedPlan {
  planId: string;
  counts: Record<string, number>;
}

export async function generateMonitoringPlan(db: Db): Promise<GeneratedPlan> {
  return withAudit(db, SYSTEM_SEED, { name: 'benchGenerateMonitoringPlan' }, async (tx) => {
    const [plan] = await queryRows<{ id: string }>(
      tx,
      sql`insert into plans (slug, name, municipality_id, funding_period_id, start_date, end_date, status, summary)
          select ${PLAN_SLUG}, 'Benchmarkplan 2022–2026 (genereret, fiktiv)', m.id, '2019-26',
                 ${PLAN_START}, ${PLAN_END}, 'approved', 'Genererede data til npm run bench.'
          from municipalities m where m.slug = 'holbaek'
          returning id`,
    );
    if (!plan) throw new Error('the bench needs the demo municipality holbaek (seedDemo)');
    const p = `'${plan.id}'::uuid`;
    await exec(
      tx,
      `insert into plan_departments (plan_id, department_id)
       select ${p}, id from departments where slug in ('ladegaardsparken', 'groenneparken', 'bjergmarken')`,
    );
    await exec(
      tx,
      `create temp table b_dept on commit drop as
       select (row_number() over (order by slug) - 1)::int as n, id from departments
       where slug in ('ladegaardsparken', 'groenneparken', 'bjergmarken')`,
    );
    await exec(
      tx,
      `create temp table b_act on commit drop as
       select g as n, gen_random_uuid() as id, fa.id as focus_area_id
       from generate_series(0, ${ACTIVITIES - 1}) g
       join (select id, (row_number() over (order by position) - 1)::int as k
             from focus_areas where funding_period_id = '2019-26') fa on fa.k = g % 4`,
    );
    await exec(
      tx,
      `insert into activities (id, plan_id, focus_area_id, name, status, start_date, position)
       select id, ${p}, focus_area_id, 'Benchaktivitet ' || lpad((n + 1)::text, 2, '0'), 'active', '${PLAN_START}', n
       from b_act`,
    );
    await exec(
      tx,
      `create temp table b_part on commit drop as
       select g as n, gen_random_uuid() as id from generate_series(0, ${PARTICIPANTS - 1}) g`,
    );
    await exec(tx, 'create index on b_part (n)');
    await exec(
      tx,
      `insert into participants (id, plan_id, code, age_band, gender, department_id)
       select b.id, ${p}, 'B-' || lpad(b.n::text, 5, '0'), (${AGE_BANDS})[1 + b.n % 8],
              case when b.n % 10 < 5 then 'female' when b.n % 10 < 9 then 'male' else 'other' end, d.id
       from b_part b join b_dept d on d.n = b.n % 3`,
    );
    // Named sessions: spread evenly over the five years; each activity's first session lies
    // before the plan started (counted as outside the period, not in the figures).
    await exec(
      tx,
      `create temp table b_sess on commit drop as
       select a.n * ${SESSIONS_PER_ACTIVITY} + i as n, gen_random_uuid() as id, a.id as activity_id, a.n as act, i,
              case when i = 0 then date '2021-12-15'
                   else date '${PLAN_START}' + (i * 1826) / ${SESSIONS_PER_ACTIVITY} end as date
       from b_act a cross join generate_series(0, ${SESSIONS_PER_ACTIVITY - 1}) i`,
    );
    await exec(
      tx,
      `insert into activity_sessions (id, plan_id, activity_id, date, department_id, place)
       select s.id, ${p}, s.activity_id, s.date, d.id, 'Beboerhuset'
       from b_sess s join b_dept d on d.n = (s.act + s.i) % 3`,
    );
    // 25 distinct participants per session from the activity's pool of 300 (13 is prime to 300).
    await exec(
      tx,
      `insert into attendances (session_id, participant_id, plan_id)
       select s.id, b.id, ${p}
       from b_sess s cross join generate_series(0, ${PER_SESSION - 1}) k
       join b_part b on b.n = (s.act * 75 + (s.i * 7 + k * 13) % ${POOL}) % ${PARTICIPANTS}`,
    );
    // Open events: only a head count with a gender split.
    await exec(
      tx,
      `create temp table b_open on commit drop as
       select gen_random_uuid() as id, a.id as activity_id, a.n as act, i,
              date '${PLAN_START}' + 9 + (i * 1800) / ${OPEN_PER_ACTIVITY} as date, 10 + (a.n * 7 + i * 11) % 50 as cnt
       from b_act a cross join generate_series(0, ${OPEN_PER_ACTIVITY - 1}) i`,
    );
    await exec(
      tx,
      `insert into activity_sessions (id, plan_id, activity_id, date, department_id, place, open_count, open_female, open_male)
       select o.id, ${p}, o.activity_id, o.date, d.id, 'Torvet', o.cnt, (o.cnt * 4) / 10, o.cnt / 2
       from b_open o join b_dept d on d.n = o.i % 3`,
    );
    await exec(
      tx,
      `create temp table b_vol on commit drop as
       select g as n, gen_random_uuid() as id from generate_series(0, ${VOLUNTEERS - 1}) g`,
    );
    await exec(
      tx,
      `insert into volunteers (id, plan_id, code, name, consent_date)
       select id, ${p}, 'BF-' || lpad(n::text, 3, '0'),
              case when n % 2 = 0 then 'Frivillig ' || n end, case when n % 2 = 0 then date '2022-01-01' end
       from b_vol`,
    );
    await exec(
      tx,
      `insert into session_volunteers (session_id, volunteer_id, plan_id, hours)
       select s.id, v.id, ${p}, 2 + (s.i % 5) * 0.5
       from b_sess s join b_vol v on v.n = (s.act * 2 + s.i) % ${VOLUNTEERS} where s.i % 3 = 0
       union all
       select o.id, v.id, ${p}, 3.5
       from b_open o join b_vol v on v.n in ((o.act + o.i) % ${VOLUNTEERS}, (o.act + o.i + 40) % ${VOLUNTEERS})`,
    );
    // One forløb per participant in the activity whose pool they start; two in three have ended,
    // and those that ended have an outcome.
    await exec(
      tx,
      `insert into enrolments (plan_id, activity_id, participant_id, start_date, end_date, outcome)
       select ${p}, a.id, b.id, date '${PLAN_START}' + (b.n * 13) % 1500,
              case when b.n % 3 <> 0 then date '${PLAN_START}' + (b.n * 13) % 1500 + 120 + b.n % 200 end,
              case when b.n % 3 <> 0 then (${OUTCOMES})[1 + (b.n / 3) % 6] end
       from b_part b join b_act a on a.n = b.n / 75`,
    );
    // Indicators of every basis: on activities, on each focus area and on the plan.
    await exec(
      tx,
      `create temp table b_ind on commit drop as
       with spec(basis, outcome, every) as (values
         ('uniqueParticipants', null, 1), ('attendances', null, 1), ('sessions', null, 4),
         ('volunteerHours', null, 4), ('enrolments', null, 5), ('enrolmentOutcome', 'startedEducation', 5),
         ('outcomeShare', 'gotJob', 5))
       select gen_random_uuid() as id, a.id as activity_id, null::uuid as focus_area_id, s.basis, s.outcome, a.n as pos
       from b_act a join spec s on a.n % s.every = 0
       union all
       select gen_random_uuid(), null, fa.focus_area_id, s.basis, s.outcome, 100 + fa.k
       from (select distinct focus_area_id, n % 4 as k from b_act where n < 4) fa
       join spec s on s.basis in ('uniqueParticipants', 'attendances', 'volunteerHours', 'enrolmentOutcome')
       union all
       select gen_random_uuid(), null, null, s.basis, s.outcome, 200 from spec s
       union all
       select gen_random_uuid(), null, null, 'manual', null, 201`,
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
       from b_ind b cross join generate_series(0, ${YEARS - 1}) y`,
    );
    await exec(
      tx,
      `insert into indicator_measurements (indicator_id, plan_id, year_index, value, note)
       select b.id, ${p}, y, 40 + y * 2, 'Trivselsmåling (genereret)'
       from b_ind b cross join generate_series(0, ${YEARS - 2}) y where b.basis = 'manual'`,
    );
    const [counts] = await queryRows<Record<string, number>>(
      tx,
      sql.raw(`select
        (select count(*)::int from activities where plan_id = ${p}) as activities,
        (select count(*)::int from participants where plan_id = ${p}) as participants,
        (select count(*)::int from activity_sessions where plan_id = ${p}) as sessions,
        (select count(*)::int from attendances where plan_id = ${p}) as attendances,
        (select count(*)::int from session_volunteers where plan_id = ${p}) as "volunteer hours rows",
        (select count(*)::int from enrolments where plan_id = ${p}) as enrolments,
        (select count(*)::int from indicators where plan_id = ${p}) as indicators,
        (select count(*)::int from indicator_targets where plan_id = ${p}) as targets`),
    );
    return { planId: plan.id, counts: counts ?? {} };
  });
}

/** The plan's years as a VALUES list: (idx, ys, ye). */
function yearsValues(years: readonly { index: number; start: string; end: string }[]): string {
  return years.map((y) => `(${y.index}, date '${y.start}', date '${y.end}')`).join(', ');
}

/**
 * Hand-written SQL of the progress aggregation (decision 013's counting rules, as
 * src/domain/monitoring/progress.ts countFacts states them): for every registration-based
 * indicator of the plan and every plan year, the actual and the cumulated actual, and per
 * indicator the facts outside the period (idx = -1). One query; 500,000 attendances are first
 * reduced to distinct person × activity × year, then fanned out to the indicators' scopes.
 */
export function progressSql(planId: string, years: readonly { index: number; start: string; end: string }[]) {
  const p = `'${planId}'::uuid`;
  return `
with y(idx, ys, ye) as (values ${yearsValues(years)}),
ind as (select id, basis, outcome, activity_id, focus_area_id from indicators where plan_id = ${p} and basis <> 'manual'),
scope as (
  select ind.id as indicator_id, ind.basis, ind.outcome, a.id as activity_id
  from ind join activities a on a.plan_id = ${p}
   and (a.id = ind.activity_id or (ind.activity_id is null and (ind.focus_area_id is null or ind.focus_area_id = a.focus_area_id)))),
s as (
  select s.id, s.activity_id, s.open_count, y.idx, coalesce(v.h, 0) as hours
  from activity_sessions s left join y on s.date between y.ys and y.ye
  left join (select session_id, sum(hours) as h from session_volunteers where plan_id = ${p} group by 1) v on v.session_id = s.id
  where s.plan_id = ${p}),
pay as (
  select s.activity_id, s.idx, a.participant_id, count(*) as n
  from attendances a join s on s.id = a.session_id group by 1, 2, 3),
enr as (
  select e.activity_id, e.participant_id, e.end_date, e.outcome, ys.idx as start_idx, ye.idx as end_idx
  from enrolments e left join y ys on e.start_date between ys.ys and ys.ye
  left join y ye on e.end_date between ye.ys and ye.ye where e.plan_id = ${p}),
ev as (
  select sc.indicator_id, p.participant_id, p.idx, true as hit, p.n
  from pay p join scope sc on sc.activity_id = p.activity_id and sc.basis = 'uniqueParticipants'
  union all
  select sc.indicator_id, e.participant_id, e.start_idx, true, 1
  from enr e join scope sc on sc.activity_id = e.activity_id and sc.basis = 'enrolments'
  union all
  select sc.indicator_id, e.participant_id, e.end_idx, true, 1
  from enr e join scope sc on sc.activity_id = e.activity_id and sc.basis = 'enrolmentOutcome'
  where e.end_date is not null and e.outcome = sc.outcome
  union all
  select sc.indicator_id, e.participant_id, e.end_idx, coalesce(e.outcome = sc.outcome, false), 1
  from enr e join scope sc on sc.activity_id = e.activity_id and sc.basis = 'outcomeShare'
  where e.end_date is not null),
per_year as (
  select indicator_id, idx, count(distinct participant_id) as persons,
         count(distinct participant_id) filter (where hit) as hits
  from ev where idx is not null group by 1, 2),
first_all as (
  select indicator_id, idx, count(*) as n
  from (select indicator_id, participant_id, min(idx) as idx from ev where idx is not null group by 1, 2) f group by 1, 2),
first_hit as (
  select indicator_id, idx, count(*) as n
  from (select indicator_id, participant_id, min(idx) as idx from ev where idx is not null and hit group by 1, 2) f group by 1, 2),
ev_outside as (select indicator_id, sum(n) as n from ev where idx is null group by 1),
named as (
  select sc.indicator_id, p.idx, sum(p.n) as n
  from pay p join scope sc on sc.activity_id = p.activity_id and sc.basis = 'attendances' group by 1, 2),
opn as (
  select sc.indicator_id, s.idx, sum(s.open_count) as v, count(*) as facts
  from s join scope sc on sc.activity_id = s.activity_id and sc.basis in ('uniqueParticipants', 'attendances')
  where s.open_count is not null group by 1, 2),
ses as (
  select sc.indicator_id, s.idx, count(*) as n, sum(s.hours) as h
  from s join scope sc on sc.activity_id = s.activity_id and sc.basis in ('sessions', 'volunteerHours') group by 1, 2),
grid as (select i.id as indicator_id, i.basis, y.idx from ind i cross join y),
figures as (
  select g.indicator_id, g.basis, g.idx,
    coalesce(py.persons, 0) as persons, coalesce(py.hits, 0) as hits, coalesce(fa.n, 0) as first_all,
    coalesce(fh.n, 0) as first_hit, coalesce(na.n, 0) as named, coalesce(o.v, 0) as open,
    coalesce(se.n, 0) as sessions, coalesce(se.h, 0) as hours
  from grid g
  left join per_year py on py.indicator_id = g.indicator_id and py.idx = g.idx
  left join first_all fa on fa.indicator_id = g.indicator_id and fa.idx = g.idx
  left join first_hit fh on fh.indicator_id = g.indicator_id and fh.idx = g.idx
  left join named na on na.indicator_id = g.indicator_id and na.idx = g.idx
  left join opn o on o.indicator_id = g.indicator_id and o.idx = g.idx
  left join ses se on se.indicator_id = g.indicator_id and se.idx = g.idx)
select indicator_id, idx,
  (case basis
    when 'uniqueParticipants' then persons + open
    when 'attendances' then named + open
    when 'sessions' then sessions
    when 'volunteerHours' then hours
    when 'outcomeShare' then case when persons > 0 then round(hits * 100.0 / persons, 1) end
    else persons end)::float8 as actual,
  (case basis
    when 'uniqueParticipants' then sum(first_all + open) over w
    when 'attendances' then sum(named + open) over w
    when 'sessions' then sum(sessions) over w
    when 'volunteerHours' then sum(hours) over w
    when 'outcomeShare' then case when sum(first_all) over w > 0
      then round(sum(first_hit) over w * 100.0 / sum(first_all) over w, 1) end
    else sum(first_all) over w end)::float8 as cumulative
from figures
window w as (partition by indicator_id order by idx)
union all
select i.id, -1, null,
  (case when i.basis = 'attendances' then coalesce(na.n, 0) + coalesce(o.facts, 0)
        when i.basis = 'uniqueParticipants' then coalesce(eo.n, 0) + coalesce(o.facts, 0)
        when i.basis in ('sessions', 'volunteerHours') then coalesce(se.n, 0)
        else coalesce(eo.n, 0) end)::float8
from ind i
left join ev_outside eo on eo.indicator_id = i.id
left join named na on na.indicator_id = i.id and na.idx is null
left join opn o on o.indicator_id = i.id and o.idx is null
left join ses se on se.indicator_id = i.id and se.idx is null`;
}

/**
 * Hand-written SQL of the dashboard: per month and per focus area the sessions, attendances and
 * distinct participants (open head counts added to both) and volunteer hours; reach as distinct
 * participants by age band, gender and afdeling, and the open head counts with their split.
 */
export function dashboardSql(planId: string) {
  const p = `'${planId}'::uuid`;
  const per = (g: string, k: string) => `
  select '${g}' as g, x.k, x.sessions, coalesce(a.attendances, 0) + x.open as attendances,
         coalesce(a.persons, 0) + x.open as persons, coalesce(h.hours, 0)::float8 as hours
  from (select ${k} as k, count(*)::int as sessions, coalesce(sum(open_count), 0)::int as open from s group by 1) x
  left join (select ${k.replace('s.', 'at.')} as k, count(*)::int as attendances, count(distinct participant_id)::int as persons
             from at group by 1) a on a.k = x.k
  left join (select ${k.replace('s.', 'hr.')} as k, sum(hours) as hours from hr group by 1) h on h.k = x.k`;
  return `
with s as (
  select s.id, to_char(s.date, 'YYYY-MM') as m, ac.focus_area_id::text as fa, s.open_count, s.open_female, s.open_male
  from activity_sessions s join activities ac on ac.id = s.activity_id where s.plan_id = ${p}),
at as (select s.m, s.fa, a.participant_id from attendances a join s on s.id = a.session_id),
hr as (select s.m, s.fa, v.hours from session_volunteers v join s on s.id = v.session_id),
reach as (select distinct at.participant_id from at)
${per('m', 's.m')}
union all
${per('f', 's.fa')}
union all
select 'age', coalesce(pa.age_band, 'unknown'), null, null, count(*)::int, null
from reach r join participants pa on pa.id = r.participant_id group by 2
union all
select 'gender', coalesce(pa.gender, 'unknown'), null, null, count(*)::int, null
from reach r join participants pa on pa.id = r.participant_id group by 2
union all
select 'department', coalesce(d.name, 'unknown'), null, null, count(*)::int, null
from reach r join participants pa on pa.id = r.participant_id left join departments d on d.id = pa.department_id group by 2
union all
select 'open', 'all', null, coalesce(sum(open_female), 0)::int, coalesce(sum(open_count), 0)::int, coalesce(sum(open_male), 0)::float8
from s`;
}
