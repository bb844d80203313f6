/**
 * Classifying 10,000 synthetic areas × 15 list years (2013–2027, all three rule sets, with years
 * in a row for omdannelse/hårde ghettoer): in TypeScript (the domain code the API uses) and as one
 * SQL query over the same figures, in the same run. Both must give the same counts per category.
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { type AreaInput, classifyYears, type YearFigures } from '../src/domain/classification/classify';
import { AREA_CATEGORIES } from '../src/domain/classification/rule-sets';
import type { BenchReport } from './run';

export const name = 'Områdeklassifikation: 10.000 syntetiske områder × 15 listeår';

const AREAS = 10_000;
const FIRST_DATA_YEAR = 2012;
const LIST_YEARS = Array.from({ length: 15 }, (_, i) => 2013 + i);

/** Deterministic figures, drawn in SQL so both sides read exactly the same numbers. */
const CREATE = `
create temp table bench_figures as
with a as (select g as area_id, random_base from generate_series(1, ${AREAS}) g,
           lateral (select ((g * 2654435761::bigint) % 1000)::float8 / 1000 as random_base) r),
     y as (select generate_series(${FIRST_DATA_YEAR}, ${LIST_YEARS.at(-1)}) as year)
select area_id, year,
  (800 + ((area_id * 37 + year * 11) % 4200))::float8 as residents,
  (20 + 45 * random_base + ((area_id * 7 + year * 3) % 9) - 4)::float8 as non_western,
  (25 + 25 * random_base + ((area_id * 13 + year * 5) % 7) - 3 - (year - 2012) * 0.3)::float8 as k1,
  (0.6 + 2.2 * random_base + ((area_id + year) % 5) * 0.05)::float8 as convicted,
  (0.82 - (year - 2012) * 0.008)::float8 as national,
  (40 + 30 * random_base + ((area_id * 3 + year) % 11) - 5)::float8 as k3,
  (43 + 30 * random_base + ((area_id * 3 + year) % 11) - 5)::float8 as k3u,
  (150000 + 250000 * (1 - random_base) + ((area_id * 17 + year * 7) % 30000))::float8 as income,
  (330000 + (year - 2012) * 6000)::float8 as region_income
from a cross join y`;

/** The same rules, one query: two-year means by window, categories by list year, runs by islands. */
export const CLASSIFY = `
with f as (
  select *, lag(k1) over w as k1_prev, lag(convicted / national) over w as ratio_prev,
         lag(convicted) over w as conv_prev
  from bench_figures window w as (partition by area_id order by year)),
v as (
  -- Rounded to 10 decimals before comparing, as the domain does, so averaging noise never crosses a line.
  select area_id, year, residents >= 1000 as eligible, round(non_western::numeric, 10) as non_western,
         round(((k1 + k1_prev) / 2)::numeric, 10) as k1,
         round(((convicted / national + ratio_prev) / 2)::numeric, 10) as k2,
         round(((convicted + conv_prev) / 2)::numeric, 10) as k2share,
         round(k3::numeric, 10) as k3, round(k3u::numeric, 10) as k3u,
         round((income / region_income * 100)::numeric, 10) as k4
  from f where year between ${LIST_YEARS[0]} and ${LIST_YEARS.at(-1)}),
c as (
  select area_id, year, eligible,
    case when year <= 2017 then
      (non_western > 50)::int + (k1 > 40)::int + (k2share > 2.7)::int + (k3u > 50)::int + (k4 < 55)::int >= 3
    else ((k1 > 40)::int + (k2 >= 3)::int + (k3 > 60)::int + (k4 < 55)::int) >= 2 and non_western > 50 end as parallel,
    year >= 2018 and ((k1 > 40)::int + (k2 >= 3)::int + (k3 > 60)::int + (k4 < 55)::int) >= 2 as vulnerable,
    year >= 2021 and ((k1 > 30)::int + (k2 >= 2)::int + (k3 > 60)::int + (k4 < 65)::int) >= 2 and non_western > 30 as prevention_raw
  from v),
e as (
  select area_id, year, eligible and parallel as parallel, eligible and vulnerable as vulnerable,
         eligible and prevention_raw and not vulnerable as prevention
  from c),
runs as (
  select *, year - row_number() over (partition by area_id, parallel order by year) as island from e),
r as (
  select *, case when parallel then row_number() over (partition by area_id, parallel, island order by year) else 0 end as run
  from runs)
select year,
  count(*) filter (where vulnerable)::int as vulnerable,
  count(*) filter (where parallel)::int as "parallelSociety",
  count(*) filter (where parallel and year >= 2018 and run >= case when year <= 2020 then 4 else 5 end)::int as transformation,
  count(*) filter (where prevention)::int as prevention
from r group by year order by year`;

type Counts = Record<number, Record<string, number>>;

interface Row {
  area_id: number;
  year: number;
  residents: number;
  non_western: number;
  k1: number;
  convicted: number;
  national: number;
  k3: number;
  k3u: number;
  income: number;
  region_income: number;
}

function areasFrom(rows: readonly Row[]): AreaInput[] {
  const byArea = new Map<number, YearFigures[]>();
  for (const r of rows) {
    const list = byArea.get(r.area_id) ?? [];
    list.push({
      year: r.year,
      residents: r.residents,
      nonWestern: r.non_western,
      outsideWorkOrEducation: r.k1,
      convictedShare: r.convicted,
      nationalConvictedShare: r.national,
      onlyPrimarySchool: r.k3,
      onlyPrimarySchoolInclUnknown: r.k3u,
      averageIncome: r.income,
      regionAverageIncome: r.region_income,
    });
    byArea.set(r.area_id, list);
  }
  return [...byArea.entries()].map(([id, figures]) => ({ name: String(id), figures }));
}

function classifyAllInTypeScript(areas: readonly AreaInput[]): Counts {
  const counts: Counts = {};
  for (const area of areas) {
    for (const v of classifyYears(area, LIST_YEARS)) {
      const year = counts[v.listYear] ?? Object.fromEntries(AREA_CATEGORIES.map((c) => [c, 0]));
      counts[v.listYear] = year;
      for (const c of v.categories) year[c] = (year[c] ?? 0) + 1;
    }
  }
  return counts;
}

function countsFromSql(rows: readonly (Record<string, number> & { year: number })[]): Counts {
  return Object.fromEntries(
    rows.map(({ year, ...c }) => [
      year,
      Object.fromEntries(AREA_CATEGORIES.map((k) => [k, Number(c[k] ?? 0)])),
    ]),
  );
}

async function time<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const started = performance.now();
  const result = await fn();
  return [result, performance.now() - started];
}

interface Backend {
  label: string;
  query<T>(sql: string): Promise<T[]>;
  close(): Promise<void>;
}

async function backends(): Promise<Backend[]> {
  const lite = new PGlite();
  const list: Backend[] = [
    {
      label: 'PGlite',
      query: async <T>(sql: string) => (await lite.query<T>(sql)).rows,
      close: () => lite.close(),
    },
  ];
  if (process.env.DATABASE_URL) {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    list.push({
      label: 'PostgreSQL',
      query: async <T>(sql: string) => (await client.query(sql)).rows as T[],
      close: () => client.end(),
    });
  }
  return list;
}

export async function run(report: BenchReport): Promise<void> {
  const all = await backends();
  let typeScriptMs: number | null = null;
  let expected: Counts | null = null;
  for (const db of all) {
    await db.query(CREATE);
    if (typeScriptMs === null) {
      const rows = await db.query<Row>('select * from bench_figures order by area_id, year');
      const areas = areasFrom(rows);
      const [counts, ms] = await time(() => classifyAllInTypeScript(areas));
      typeScriptMs = ms;
      expected = counts;
      report.line('TypeScript: classify (domain code, with years in a row)', ms, 'ms');
      report.line('  per area-year', (ms * 1000) / (AREAS * LIST_YEARS.length), 'µs');
    }
    await db.query(CLASSIFY); // warm-up
    const [rows, ms] = await time(() => db.query<Record<string, number> & { year: number }>(CLASSIFY));
    report.line(`SQL, one query (${db.label})`, ms, 'ms');
    report.ratio(`TypeScript ÷ SQL (${db.label})`, (typeScriptMs ?? 0) / ms);
    const same = JSON.stringify(countsFromSql(rows)) === JSON.stringify(expected);
    report.note(
      same
        ? `Same counts per list year and category in TypeScript and SQL (${db.label}).`
        : `DIFFERENT counts (${db.label}): TS ${JSON.stringify(expected)} SQL ${JSON.stringify(countsFromSql(rows))}`,
    );
    await db.close();
  }
  const last = expected?.[LIST_YEARS.at(-1) ?? 0];
  if (last)
    report.note(`List ${LIST_YEARS.at(-1)}: ${AREA_CATEGORIES.map((c) => `${c} ${last[c]}`).join(', ')}`);
}
