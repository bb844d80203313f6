/**
 * The generated plan of the monitoring benchmark (issue #4, Performance): five calendar years
 * (2022–2026), 40 activities over the four focus areas, 3,000 pseudonymous participants, 20,000
 * sessions with 25 named participants each (500,000 attendances), 800 open head-count sessions,
 * 80 volunteers with hours, 3,000 enrolments with outcomes, and indicators of every registration
 * basis on activities, focus areas and the plan, with yearly targets.
 *
 * Everything is drawn in SQL by src/server/generate/monitoring-rows.ts (deterministic, shared with
 * the national generator), in one audited transaction: the audit triggers run for every row, as
 * they do in production.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../src/db/client';
import { queryRows } from '../src/db/client';
import { SYSTEM_SEED, withAudit } from '../src/server/audit/with-audit';
import { fillMonitoringPlan } from '../src/server/generate/monitoring-rows';

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
    const departments = await queryRows<{ id: string }>(
      tx,
      sql`select id from departments where slug in ('ladegaardsparken', 'groenneparken', 'bjergmarken') order by slug`,
    );
    await fillMonitoringPlan(tx, {
      planId: plan.id,
      idPrefix: 'bench-monitoring',
      codePrefix: 'B',
      startDate: PLAN_START,
      endDate: PLAN_END,
      years: YEARS,
      activities: ACTIVITIES,
      participants: PARTICIPANTS,
      sessionsPerActivity: SESSIONS_PER_ACTIVITY,
      perSession: PER_SESSION,
      openPerActivity: OPEN_PER_ACTIVITY,
      volunteers: VOLUNTEERS,
      departmentIds: departments.map((d) => d.id),
      activityName: 'Benchaktivitet',
    });
    const p = `'${plan.id}'::uuid`;
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
