import { type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client';
import type { EnrolmentOutcome } from '../../domain/monitoring/indicator-kinds';
import type { PlanYear } from '../../domain/monitoring/plan-years';
import type { CountedBasis, YearlyCounts } from '../../domain/monitoring/progress';
import { runningSum, shareOf } from '../../domain/monitoring/progress';
import { addDecimals } from '../../domain/numbers/decimal';

/*
 * Counting in PostgreSQL (decision 013): a plan's registrations are aggregated per activity,
 * per focus area and for the whole plan, per plan year, in two queries whatever the number of
 * indicators; Node only adds up a few hundred rows. The reference rules are `countFacts` in
 * src/domain/monitoring/progress.ts; test/api/progress-sql.property.test.ts checks these against it.
 */

/**
 * The plan year of a date column, -1 outside the plan's years. Plan years are contiguous, so
 * width_bucket on their start days (and the day after the last) gives 1…N inside, 0 before and
 * N+1 after; modulo N+1 folds both outsides to 0, minus one gives the year index or -1.
 */
function yearIndexOf(column: SQL, years: readonly PlanYear[]): SQL {
  const last = years.at(-1);
  if (!last) return sql`-1`;
  const bounds = [...years.map((y) => y.start), dayAfter(last.end)];
  const thresholds = sql.join(
    bounds.map((d) => sql`${d}::date`),
    sql`, `,
  );
  return sql`(width_bucket(${column}, array[${thresholds}]) % ${years.length + 1}) - 1`;
}

function dayAfter(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

const MAX_YEARS = 62;

/**
 * Persons and facts, in one query. Events are attendances ('a'), forløb starts ('s'), ends ('e')
 * and ends with an outcome ('o:<outcome>'). For each kind, scope level (g: 1 activity,
 * 2 focus area, 3 plan) and year: distinct persons in the year (n) and persons whose first year
 * in the period it is (n_first); and ('facts') the number of events per activity and year,
 * year -1 being outside the period.
 *
 * Lean on purpose (issue #4, benchmark): the attendances, by far the most rows, are reduced to
 * one row per participant × activity × year before anything else (the other branches are one
 * row per event already). Each person's years in a scope are then one bit mask (bit y set for
 * each plan year y they appear in), folded per activity, focus area and plan by grouping sets;
 * a year's persons are the masks with bit y set, its new persons those whose lowest set bit is
 * y (`m & -m`). Only hash aggregates over a few ten thousand rows: no sort, no window.
 */
export function personsSql(planId: string, years: readonly PlanYear[]): SQL {
  // A bigint mask holds 62 years (bit 63 is the sign); a helhedsplan has four or five.
  if (years.length > MAX_YEARS) throw new RangeError(`Højst ${MAX_YEARS} planår kan tælles`);
  const y = (column: SQL) => yearIndexOf(column, years);
  const bit = (index: SQL) => sql`(1::bigint << ${index})`;
  return sql`
    with ev as (
      select 'a'::text as kind, a.participant_id as p, s.activity_id as act, ${y(sql`s.date`)} as y,
             count(*)::int as n
        from attendances a join activity_sessions s on s.id = a.session_id
        where a.plan_id = ${planId}
        group by 2, 3, 4
      union all
      select 's', e.participant_id, e.activity_id, ${y(sql`e.start_date`)}, 1
        from enrolments e where e.plan_id = ${planId}
      union all
      select 'e', e.participant_id, e.activity_id, ${y(sql`e.end_date`)}, 1
        from enrolments e where e.plan_id = ${planId} and e.end_date is not null
      union all
      select 'o:' || e.outcome, e.participant_id, e.activity_id, ${y(sql`e.end_date`)}, 1
        from enrolments e where e.plan_id = ${planId} and e.outcome is not null
    ),
    f as materialized (
      select ev.kind, ev.p, ev.act, ac.focus_area_id as fa, ev.y, ev.n
        from ev join activities ac on ac.id = ev.act
    ),
    d as (
      select kind, grouping(act, fa) as g, act, fa, bit_or(${bit(sql`y`)}) as m
        from f where y >= 0
        group by grouping sets ((kind, act, p), (kind, fa, p), (kind, p))
    )
    select 'persons' as part, kind, g::int as g, act, fa, i as y,
           (count(*) filter (where m & ${bit(sql`i`)} <> 0))::int as n,
           (count(*) filter (where m & -m = ${bit(sql`i`)}))::int as n_first
      from d cross join generate_series(0, ${years.length - 1}) i
      group by kind, g, act, fa, i
      having count(*) filter (where m & ${bit(sql`i`)} <> 0) > 0
    union all
    select 'facts', kind, 1, act, fa, y::int, sum(n)::int, 0 from f group by kind, act, fa, y`;
}

/** Sessions, open head counts and volunteer hours per activity and plan year (-1 outside). */
export function sessionsSql(planId: string, years: readonly PlanYear[]): SQL {
  const y = yearIndexOf(sql`s.date`, years);
  return sql`
    with v as (
      select session_id, sum(hours) as h from session_volunteers where plan_id = ${planId} group by 1
    )
    select s.activity_id as act, ac.focus_area_id as fa, ${y}::int as y,
           count(*)::int as sessions,
           coalesce(sum(v.h), 0)::float8 as hours,
           count(s.open_count)::int as open_facts,
           coalesce(sum(s.open_count), 0)::int as open_count
      from activity_sessions s
      join activities ac on ac.id = s.activity_id
      left join v on v.session_id = s.id
      where s.plan_id = ${planId}
      group by 1, 2, 3`;
}

interface PersonsRow {
  part: 'persons' | 'facts';
  kind: string;
  g: number;
  act: string | null;
  fa: string | null;
  y: number;
  n: number;
  n_first: number;
}
interface SessionsRow {
  act: string;
  fa: string;
  y: number;
  sessions: number;
  hours: number;
  open_facts: number;
  open_count: number;
}

/** Per year (index) values and the count outside the period. */
interface Series {
  perYear: number[];
  outside: number;
}
interface Persons {
  perYear: number[];
  newPerYear: number[];
}

/** A scope: an activity, a focus area (all the plan's activities in it) or the whole plan. */
export interface CountScope {
  activityId: string | null;
  focusAreaId: string | null;
}
const scopeKey = (s: CountScope) =>
  s.activityId ? `a:${s.activityId}` : s.focusAreaId ? `f:${s.focusAreaId}` : 'p';

export interface PlanCounts {
  years: readonly PlanYear[];
  /** Additive series by `${measure}|${scopeKey}`. */
  series: Map<string, Series>;
  /** Distinct persons by `${kind}|${scopeKey}`. */
  persons: Map<string, Persons>;
}

/**
 * Everything a plan's indicators count, aggregated by PostgreSQL in two queries. The benchmark
 * calls this; `yearlyCounts` then reads one indicator's figures in O(years).
 */
export async function countIndicatorYears(
  db: Executor,
  planId: string,
  years: readonly PlanYear[],
): Promise<PlanCounts> {
  const [personRows, sessionRows] = await Promise.all([
    queryRows<PersonsRow>(db, personsSql(planId, years)),
    queryRows<SessionsRow>(db, sessionsSql(planId, years)),
  ]);
  const n = years.length;
  const series = new Map<string, Series>();
  const add = (measure: string, row: { act: string | null; fa: string | null; y: number }, value: number) => {
    for (const key of [`a:${row.act}`, `f:${row.fa}`, 'p']) {
      const k = `${measure}|${key}`;
      let s = series.get(k);
      if (!s) {
        s = { perYear: Array.from({ length: n }, () => 0), outside: 0 };
        series.set(k, s);
      }
      if (row.y >= 0 && row.y < n) s.perYear[row.y] = addDecimals(s.perYear[row.y] ?? 0, value);
      else s.outside = addDecimals(s.outside, value);
    }
  };
  for (const r of sessionRows) {
    add('sessions', r, Number(r.sessions));
    add('hours', r, Number(r.hours));
    add('open', r, Number(r.open_count));
    add('openFacts', r, Number(r.open_facts));
  }
  const persons = new Map<string, Persons>();
  for (const r of personRows) {
    if (r.part === 'facts') {
      add(`facts:${r.kind}`, r, Number(r.n));
      continue;
    }
    const key = `${r.kind}|${Number(r.g) === 1 ? `a:${r.act}` : Number(r.g) === 2 ? `f:${r.fa}` : 'p'}`;
    let p = persons.get(key);
    if (!p) {
      p = { perYear: Array.from({ length: n }, () => 0), newPerYear: Array.from({ length: n }, () => 0) };
      persons.set(key, p);
    }
    p.perYear[r.y] = Number(r.n);
    p.newPerYear[r.y] = Number(r.n_first);
  }
  return { years, series, persons };
}

/** One indicator's yearly figures from the plan's aggregates (the rules of `countFacts`). */
export function yearlyCounts(
  counts: PlanCounts,
  scope: CountScope,
  basis: CountedBasis,
  outcome: EnrolmentOutcome | null,
): YearlyCounts {
  const n = counts.years.length;
  const key = scopeKey(scope);
  const zeros = () => Array.from({ length: n }, () => 0);
  const series = (measure: string): Series =>
    counts.series.get(`${measure}|${key}`) ?? { perYear: zeros(), outside: 0 };
  const persons = (kind: string) => {
    const p = counts.persons.get(`${kind}|${key}`) ?? { perYear: zeros(), newPerYear: zeros() };
    return { perYear: p.perYear, cumulative: runningSum(p.newPerYear) };
  };
  switch (basis) {
    case 'attendances': {
      const individual = series('facts:a');
      const open = series('open');
      const actual = individual.perYear.map((v, i) => v + (open.perYear[i] ?? 0));
      return {
        actual,
        cumulativeActual: runningSum(actual),
        outsidePeriod: individual.outside + series('openFacts').outside,
      };
    }
    case 'sessions':
    case 'volunteerHours': {
      const s = series(basis === 'sessions' ? 'sessions' : 'hours');
      return {
        actual: s.perYear,
        cumulativeActual: runningSum(s.perYear),
        outsidePeriod: series('sessions').outside,
      };
    }
    case 'uniqueParticipants': {
      const p = persons('a');
      const open = series('open');
      const openCumulative = runningSum(open.perYear);
      return {
        actual: p.perYear.map((v, i) => v + (open.perYear[i] ?? 0)),
        cumulativeActual: p.cumulative.map((v, i) => v + (openCumulative[i] ?? 0)),
        outsidePeriod: series('facts:a').outside + series('openFacts').outside,
      };
    }
    case 'enrolments':
    case 'enrolmentOutcome': {
      const kind = basis === 'enrolments' ? 's' : `o:${outcome}`;
      const p = persons(kind);
      return {
        actual: p.perYear,
        cumulativeActual: p.cumulative,
        outsidePeriod: series(`facts:${kind}`).outside,
      };
    }
    case 'outcomeShare': {
      const all = persons('e');
      const hit = persons(`o:${outcome}`);
      return {
        actual: all.perYear.map((v, i) => shareOf(hit.perYear[i] ?? 0, v)),
        cumulativeActual: all.cumulative.map((v, i) => shareOf(hit.cumulative[i] ?? 0, v)),
        outsidePeriod: series('facts:e').outside,
      };
    }
  }
}

/** The numerator and denominator behind an outcome share (for suppression of small groups). */
export function shareParts(
  counts: PlanCounts,
  scope: CountScope,
  outcome: EnrolmentOutcome | null,
): { part: number[]; whole: number[]; cumulativePart: number[]; cumulativeWhole: number[] } {
  const n = counts.years.length;
  const key = scopeKey(scope);
  const zeros = () => Array.from({ length: n }, () => 0);
  const get = (kind: string) =>
    counts.persons.get(`${kind}|${key}`) ?? { perYear: zeros(), newPerYear: zeros() };
  const all = get('e');
  const hit = get(`o:${outcome}`);
  return {
    part: hit.perYear,
    whole: all.perYear,
    cumulativePart: runningSum(hit.newPerYear),
    cumulativeWhole: runningSum(all.newPerYear),
  };
}
