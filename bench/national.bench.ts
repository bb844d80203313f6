/**
 * `npm run bench -- national` (issue #13 item 12): the national dataset (`helhedsplan generate
 * --national`, decision 014) on PGlite, and on PostgreSQL when DATABASE_URL is set. In one run:
 * - a plan's GET …/progress and …/dashboard, the municipality's areas list and the watch list,
 *   each against hand-written SQL of the same result (target ≤ 1.5×; the figures are compared);
 * - classifying every area for one list year (target < 1 s) and for all ten years, with the
 *   category counts checked against the classification in one SQL query (classification.bench.ts);
 * - a bare Fastify route on the same machine (the framework's ceiling) and each endpoint ÷ it;
 * - the server's cold start: `helhedsplan serve --no-demo` on the generated database to its first 200.
 *
 * Scale: NATIONAL_SCALE (default 1) on PostgreSQL; NATIONAL_PGLITE_SCALE (default 0.2: full scale
 * in WASM takes the better part of ten minutes on a shared machine) on PGlite. Each backend gets a
 * throwaway database (a temp directory for PGlite, so the server child can open it). With
 * NATIONAL_BENCH_DATABASE_URL the bench instead runs on that existing database — and refuses unless
 * it holds a generated dataset and nothing else; NATIONAL_BENCH_PGLITE_DIR likewise on an existing
 * PGlite data directory (`helhedsplan generate --national --data-dir …`). Either or both.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import Fastify, { type FastifyInstance } from 'fastify';
import { type DbHandle, type DbTarget, openDb, queryRows } from '../src/db/client';
import { migrateDb } from '../src/db/migrate';
import { type AreaInput, classifyYears, type YearFigures } from '../src/domain/classification/classify';
import { AREA_CATEGORIES, categoryNamesForYear, hasCategory } from '../src/domain/classification/rule-sets';
import { throwawayPostgres } from './throwaway-postgres';

/** "ghettoområde 9" for 2015, "udsat boligområde 8, ghettoområde 8, …" for 2019: the year's own words. */
function yearCounts(year: number, counts: Record<string, number> | undefined): string {
  return AREA_CATEGORIES.filter((c) => hasCategory(year, c))
    .map((c) => `${categoryNamesForYear(year, c).da.toLowerCase()} ${counts?.[c] ?? 0}`)
    .join(', ');
}

import { DEFAULT_WATCH_OPTIONS, watchList } from '../src/domain/classification/watch-list';
import { LIST_YEARS } from '../src/domain/generate/national-shape';
import { monitoringYears } from '../src/domain/monitoring/monitoring-period';
import { buildApp } from '../src/server/app';
import { SYSTEM_CLI, withAudit } from '../src/server/audit/with-audit';
import { hashPassword } from '../src/server/auth/passwords';
import { assertGeneratedOnly } from '../src/server/generate/dataset-guard';
import { generateNational } from '../src/server/generate/generate-national';
import { signedIn, type TestClient } from '../test/support/http-client';
import { CLASSIFY } from './classification.bench';
import {
  compare,
  type DashboardBody,
  dashboardDifference,
  median,
  type ProgressBody,
  progressDifference,
  time,
} from './monitoring.bench';
import { dashboardSql, progressSql } from './monitoring-data';
import type { BenchReport } from './run';

export const name = 'Nationalt datasæt: 98 kommuner, ~500 boligområder, 100 planer, 5.000.000 fremmøder';

const SEED = 1;
const READER_DOMAIN = '@bench.generated.invalid';
const READER = `administrator${READER_DOMAIN}`;
const root = fileURLToPath(new URL('../', import.meta.url));

interface Backend {
  label: string;
  scale: number;
  /** A database to run on, and how to remove it again. */
  open(): Promise<{ handle: DbHandle; reused: boolean; drop(): Promise<void> }>;
}

const scaleFrom = (value: string | undefined, fallback: number) => (value ? Number(value) : fallback);

function backends(): Backend[] {
  const reuse = process.env.NATIONAL_BENCH_DATABASE_URL;
  const reuseDir = process.env.NATIONAL_BENCH_PGLITE_DIR;
  if (reuse || reuseDir) {
    const existing: Backend[] = [];
    if (reuseDir)
      existing.push({
        label: 'PGlite',
        scale: Number.NaN,
        async open() {
          const handle = await openDb({ kind: 'pglite', dataDir: reuseDir });
          await migrateDb(handle);
          return { handle, reused: true, drop: async () => {} };
        },
      });
    if (reuse)
      existing.push({
        label: 'PostgreSQL',
        scale: Number.NaN,
        async open() {
          const handle = await openDb({ kind: 'postgres', url: reuse });
          await migrateDb(handle);
          return { handle, reused: true, drop: async () => {} };
        },
      });
    return existing;
  }
  const list: Backend[] = [
    {
      label: 'PGlite',
      scale: scaleFrom(process.env.NATIONAL_PGLITE_SCALE, 0.2),
      async open() {
        const dataDir = mkdtempSync(join(tmpdir(), 'hp-national-'));
        const handle = await openDb({ kind: 'pglite', dataDir });
        await migrateDb(handle);
        return { handle, reused: false, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
      },
    },
  ];
  const url = process.env.DATABASE_URL;
  if (url) {
    list.push({
      label: 'PostgreSQL',
      scale: scaleFrom(process.env.NATIONAL_SCALE, 1),
      async open() {
        return { ...(await throwawayPostgres(url, 'helhedsplan_national')), reused: false };
      },
    });
  }
  return list;
}

async function describeDatabase(handle: DbHandle): Promise<string> {
  const [v] = await queryRows<{ version: string; size: string }>(
    handle.db,
    sql`select version() as version, pg_size_pretty(pg_database_size(current_database())) as size`,
  );
  const where =
    handle.target.kind === 'postgres'
      ? `host ${new URL(handle.target.url).host}, database ${new URL(handle.target.url).pathname.slice(1)}`
      : handle.target.kind === 'pglite'
        ? `PGlite (WASM) in ${handle.target.dataDir}`
        : 'PGlite in memory';
  return `${v?.version.split(',')[0]} — ${where}; ${v?.size} on disk`;
}

/** An administrator of the bench's own (exact figures, no suppression), added after the guard. */
async function addReader(handle: DbHandle, password: string): Promise<void> {
  const hash = await hashPassword(password);
  await withAudit(handle.db, SYSTEM_CLI, { name: 'benchNationalReader' }, async (tx) => {
    await tx.execute(sql`insert into users (email, display_name, password_hash, must_change_password)
                         values (${READER}, 'Benchmark', ${hash}, false)
                         on conflict (email) do update set password_hash = excluded.password_hash`);
    await tx.execute(sql`insert into role_assignments (user_id, role)
                         select id, 'admin' from users where email = ${READER}
                         and not exists (select 1 from role_assignments r where r.user_id = users.id)`);
  });
}

/** The area figures the classification reads, one row per area and year, in one query. */
const FIGURES_SQL = `
select a.id as area_id, a.slug, a.name, s.year,
  max(s.value) filter (where s.indicator = 'residents')::float8 as residents,
  max(s.value) filter (where s.indicator = 'shareNonWesternImmigrantsDescendants')::float8 as non_western,
  max(s.value) filter (where s.indicator = 'shareOutsideWorkOrEducation18to64')::float8 as k1,
  max(s.value) filter (where s.indicator = 'shareConvicted18plus')::float8 as convicted,
  max(n.value)::float8 as national,
  max(s.value) filter (where s.indicator = 'shareOnlyPrimarySchool30to59')::float8 as k3,
  max(s.value) filter (where s.indicator = 'shareOnlyPrimarySchoolOrUnknown30to59')::float8 as k3u,
  max(s.value) filter (where s.indicator = 'averageIncome15to64')::float8 as income,
  max(r.value)::float8 as region_income,
  max(s.value) filter (where s.indicator = 'population18to64')::float8 as p1864,
  max(s.value) filter (where s.indicator = 'population30to59')::float8 as p3059,
  max(s.value) filter (where s.indicator = 'population18plus')::float8 as p18
from statutory_areas a
join municipalities m on m.id = a.municipality_id
join area_statistics s on s.scope = 'statutoryArea' and s.statutory_area_id = a.id and s.value_max is null
left join area_statistics n on n.scope = 'country' and n.indicator = 'shareConvicted18plus' and n.year = s.year and n.value_max is null
left join area_statistics r on r.scope = 'region' and r.indicator = 'averageIncome15to64' and r.region = m.region
  and r.year = s.year and r.value_max is null
group by a.id, a.slug, a.name, s.year
order by a.name, s.year`;

interface FigureRow {
  area_id: string;
  slug: string;
  name: string;
  year: number;
  [k: string]: string | number | null;
}

function inputsFrom(rows: readonly FigureRow[]): AreaInput[] {
  const byArea = new Map<string, { name: string; figures: YearFigures[] }>();
  const n = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  for (const r of rows) {
    const a = byArea.get(r.area_id) ?? { name: r.name, figures: [] };
    a.figures.push({
      year: r.year,
      residents: n(r.residents),
      nonWestern: n(r.non_western),
      outsideWorkOrEducation: n(r.k1),
      convictedShare: n(r.convicted),
      nationalConvictedShare: n(r.national),
      onlyPrimarySchool: n(r.k3),
      onlyPrimarySchoolInclUnknown: n(r.k3u),
      averageIncome: n(r.income),
      regionAverageIncome: n(r.region_income),
      population18to64: n(r.p1864),
      population30to59: n(r.p3059),
      population18plus: n(r.p18),
    });
    byArea.set(r.area_id, a);
  }
  return [...byArea.values()];
}

/** The one-query classification of classification.bench.ts, over the stored figures. */
const classifySql = () => CLASSIFY.replace('from bench_figures', `from (${FIGURES_SQL}) bench_figures`);

type Counts = Record<number, Record<string, number>>;

function countsOf(verdicts: { listYear: number; categories: readonly string[] }[]): Counts {
  const counts: Counts = {};
  for (const v of verdicts) {
    const c = counts[v.listYear] ?? Object.fromEntries(AREA_CATEGORIES.map((k) => [k, 0]));
    for (const k of v.categories) c[k] = (c[k] ?? 0) + 1;
    counts[v.listYear] = c;
  }
  return counts;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });

/** Spawns `helhedsplan serve --no-demo` on the database and times it to the first HTTP 200. */
async function coldStart(target: DbTarget): Promise<number> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1' };
  delete env.DATABASE_URL;
  const args = ['bin/helhedsplan.js', 'serve', '--no-demo'];
  if (target.kind === 'postgres') env.DATABASE_URL = target.url;
  if (target.kind === 'pglite') args.push('--data-dir', target.dataDir);
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the server stopped: ${stderr.slice(0, 500)}`);
      if (performance.now() - started > 120_000) throw new Error('no answer within 120 s');
      const ok = await fetch(`http://127.0.0.1:${port}/api/health`)
        .then((r) => r.status === 200)
        .catch(() => false);
      if (ok) return performance.now() - started;
      await new Promise((r) => setTimeout(r, 25));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

async function runOn(backend: Backend, report: BenchReport): Promise<void> {
  const { handle, reused, drop } = await backend.open();
  let app: FastifyInstance | null = null;
  const bare = Fastify();
  const label = backend.label;
  try {
    if (!reused) {
      report.note(
        `${label}: generating at scale ${backend.scale} (NATIONAL_${label === 'PGlite' ? 'PGLITE_' : ''}SCALE)`,
      );
      const [generated, ms] = await time(() =>
        generateNational(handle.db, SYSTEM_CLI, { seed: SEED, scale: backend.scale }),
      );
      report.line(`generate --national, scale ${backend.scale} (${label})`, ms / 1000, 's');
      report.line(`  rows/s (attendances)`, (generated.counts.attendances ?? 0) / (ms / 1000), 'rows/s');
    }
    // Refuses a database with anything but the generated dataset (checked before the bench's own reader).
    const dataset = await assertGeneratedOnly(handle.db, { allowUsers: READER_DOMAIN });
    report.note(`Database: ${await describeDatabase(handle)}`);
    const c = dataset.counts;
    const n = (v: number | undefined) => (v ?? 0).toLocaleString('da-DK');
    report.note(
      `Dataset (seed ${dataset.seed}, scale ${dataset.scale}): ${n(c.municipalities)} municipalities, ${n(c.statutory_areas)} areas, ${n(c.departments)} afdelinger, ${n(c.area_statistics)} area figures, ${n(c.plans)} plans, ${n(c.participants)} participants, ${n(c.sessions)} sessions, ${n(c.attendances)} attendances, ${n(c.spending_entries)} spending entries`,
    );
    const password = `bench-${process.pid}-${Date.now()}`;
    await addReader(handle, password);
    await handle.db.execute(sql`analyze`);
    const db = handle.db;
    app = await buildApp({ db, webDir: '/nonexistent' });
    const client: TestClient = await signedIn(app, READER, password);

    // The framework's ceiling: a bare Fastify route answering through inject, as the endpoints do.
    bare.get('/ping', async () => ({ ok: true }));
    await bare.ready();
    const [, bareMs] = await compare(
      () => bare.inject({ url: '/ping' }),
      () => bare.inject({ url: '/ping' }),
    );
    report.line(`bare Fastify route, inject (${label})`, bareMs, 'ms');
    const ceiling = (what: string, ms: number) =>
      report.ratio(`  ${what} ÷ bare route (${label})`, ms / bareMs);

    // The plan with the most attendances.
    const [plan] = await queryRows<{
      id: string;
      slug: string;
      start_date: string;
      end_date: string;
      n: number;
    }>(
      db,
      sql`select p.id, p.slug, p.start_date::text, p.end_date::text, count(*)::int as n
          from plans p join attendances a on a.plan_id = p.id group by p.id order by n desc, p.slug limit 1`,
    );
    if (!plan) throw new Error('no plan with attendances');
    const years = monitoringYears({
      startDate: plan.start_date,
      endDate: plan.end_date,
      firstYear: null,
      lastYear: null,
    });
    if (!years) throw new Error('no plan years');
    report.note(`Plan ${plan.slug}: ${plan.n.toLocaleString('da-DK')} attendances`);

    const rawProgress = progressSql(plan.id, years);
    const [progressRes, progressMs, progressRows, progressSqlMs] = await compare(
      () => client.get(`/api/plans/${plan.slug}/progress`),
      () =>
        queryRows<{ indicator_id: string; idx: number; actual: number | null; cumulative: number | null }>(
          db,
          sql.raw(rawProgress),
        ),
    );
    report.line(`GET /api/plans/{id}/progress (${label})`, progressMs, 'ms');
    report.line(`  hand-written SQL of the same result (${label})`, progressSqlMs, 'ms');
    report.ratio(`progress ÷ SQL (${label})`, progressMs / progressSqlMs, { atMost: 1.5 });
    ceiling('progress', progressMs);
    const progressDiff =
      progressRes.statusCode === 200
        ? progressDifference(progressRes.json() as ProgressBody, progressRows)
        : `status ${progressRes.statusCode}`;
    report.note(
      progressDiff ? `  DIFFERENT figures: ${progressDiff}` : '  Same figures from the endpoint and the SQL.',
    );

    const rawDashboard = dashboardSql(plan.id);
    const [dashRes, dashMs, dashRows, dashSqlMs] = await compare(
      () => client.get(`/api/plans/${plan.slug}/dashboard`),
      () => queryRows<{ g: string; k: string }>(db, sql.raw(rawDashboard)),
    );
    report.line(`GET /api/plans/{id}/dashboard (${label})`, dashMs, 'ms');
    report.line(`  hand-written SQL of the same result (${label})`, dashSqlMs, 'ms');
    report.ratio(`dashboard ÷ SQL (${label})`, dashMs / dashSqlMs, { atMost: 1.5 });
    ceiling('dashboard', dashMs);
    const dashDiff =
      dashRes.statusCode === 200
        ? dashboardDifference(dashRes.json() as DashboardBody, dashRows)
        : `status ${dashRes.statusCode}`;
    report.note(
      dashDiff ? `  DIFFERENT figures: ${dashDiff}` : '  Same figures from the endpoint and the SQL.',
    );

    // The areas list of the municipality with the most areas.
    const [municipality] = await queryRows<{ id: string; slug: string; n: number }>(
      db,
      sql`select m.id, m.slug, count(*)::int as n from municipalities m join statutory_areas a on a.municipality_id = m.id
          group by m.id order by n desc, m.slug limit 1`,
    );
    if (!municipality) throw new Error('no municipality with areas');
    // The same result as the endpoint's page: every field it sends (municipality, description,
    // source, the total), not a leaner subset.
    const areasSql = sql`
      select a.id, a.slug, a.name, a.residents, a.description, a.source,
             m.id as municipality_id, m.slug as municipality, m.name as municipality_name, m.region,
             coalesce(json_agg(json_build_object('id', d.id, 'slug', d.slug, 'name', d.name) order by d.name)
                      filter (where d.id is not null), '[]') as departments,
             count(*) over () as total
      from statutory_areas a join municipalities m on m.id = a.municipality_id
      left join statutory_area_departments sd on sd.area_id = a.id left join departments d on d.id = sd.department_id
      where a.municipality_id = ${municipality.id}::uuid
      group by a.id, m.id order by a.name limit 500`;
    const [areasRes, areasMs, areasRows, areasSqlMs] = await compare(
      () => client.get(`/api/statutory-areas?municipality=${municipality.slug}&limit=500`),
      () => queryRows<{ slug: string; departments: unknown }>(db, areasSql),
    );
    report.line(`GET /api/statutory-areas?municipality=… (${municipality.n} areas, ${label})`, areasMs, 'ms');
    report.line(`  hand-written SQL of the same result (${label})`, areasSqlMs, 'ms');
    report.ratio(`areas list ÷ SQL (${label})`, areasMs / areasSqlMs, { atMost: 1.5 });
    ceiling('areas list', areasMs);
    const listed = (areasRes.json() as { items: { slug: string; departments: { slug: string }[] }[] }).items;
    const sqlAreas = areasRows.map((r) => ({
      slug: r.slug,
      departments: (typeof r.departments === 'string' ? JSON.parse(r.departments) : r.departments) as {
        slug: string;
      }[],
    }));
    const sameAreas =
      JSON.stringify(listed.map((a) => [a.slug, a.departments.map((d) => d.slug)])) ===
      JSON.stringify(sqlAreas.map((a) => [a.slug, a.departments.map((d) => d.slug)]));
    report.note(
      sameAreas ? '  Same areas and afdelinger from the endpoint and the SQL.' : '  DIFFERENT areas list',
    );

    // The watch list of the whole country for the last list year: the endpoint against one
    // hand-written query of the same figures and the same domain function.
    const listYear = LIST_YEARS.at(-1) as number;
    const [watchRes, watchMs, watchEntries, watchSqlMs] = await compare(
      () => client.get(`/api/classification/watch-list?year=${listYear}`),
      async () =>
        watchList(
          inputsFrom(await queryRows<FigureRow>(db, sql.raw(FIGURES_SQL))),
          listYear,
          DEFAULT_WATCH_OPTIONS,
        ),
    );
    report.line(`GET /api/classification/watch-list, all areas (${label})`, watchMs, 'ms');
    report.line(`  one SQL query of the figures + the same watch list (${label})`, watchSqlMs, 'ms');
    report.ratio(`watch list ÷ SQL (${label})`, watchMs / watchSqlMs, { atMost: 1.5 });
    ceiling('watch list', watchMs);
    const watchItems = (
      watchRes.json() as { items: { area: { name: string }; criterion: string; margin: number }[] }
    ).items;
    const key = (e: { criterion: string; margin: number }, area: string) =>
      `${area}|${e.criterion}|${e.margin}`;
    const sameWatch =
      JSON.stringify(watchItems.map((e) => key(e, e.area.name))) ===
      JSON.stringify(watchEntries.map((e) => key(e, e.area)));
    report.note(
      sameWatch
        ? `  Same ${watchItems.length} watch-list entries from the endpoint and the SQL.`
        : `  DIFFERENT watch list: endpoint ${watchItems.length}, SQL ${watchEntries.length} entries`,
    );

    // Classification: every area for one list year, then all ten; counts against one SQL query.
    const [yearRes, yearMs] = await compare(
      () => client.get(`/api/classification?year=${listYear}`),
      () => client.get(`/api/classification?year=${listYear}`),
    );
    const verdicts = (yearRes.json() as { items: { verdict: { listYear: number; categories: string[] } }[] })
      .items;
    report.line(
      `GET /api/classification?year=${listYear}, ${verdicts.length} areas (${label})`,
      yearMs,
      'ms',
    );
    report.ratio(`  one list year ÷ 1 s (${label})`, yearMs / 1000, { atMost: 1 });
    // CPU time of this process per request (app, and PGlite's WASM when embedded): on a shared
    // machine the wall time above includes waiting for a core; this does not.
    const cpuRuns: number[] = [];
    for (let i = 0; i < 3; i++) {
      const before = process.cpuUsage();
      await client.get(`/api/classification?year=${listYear}`);
      const used = process.cpuUsage(before);
      cpuRuns.push((used.user + used.system) / 1000);
    }
    report.line(
      `  CPU time of this process per request (${label}${label === 'PGlite' ? ', incl. the database' : ''})`,
      median(cpuRuns),
      'ms',
    );
    report.note(
      `  Load average at this point: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(', ')} (${cpus().length} cores)`,
    );
    ceiling('one list year', yearMs);
    const [allYears, allMs] = await time(async () => {
      const out: { listYear: number; categories: string[] }[] = [];
      for (const y of LIST_YEARS) {
        const r = await client.get(`/api/classification?year=${y}`);
        for (const i of (r.json() as { items: { verdict: { listYear: number; categories: string[] } }[] })
          .items)
          out.push(i.verdict);
      }
      return out;
    });
    report.line(`  all ${LIST_YEARS.length} list years through the API (${label})`, allMs, 'ms');
    const [inTs, tsMs] = await time(async () =>
      inputsFrom(await queryRows<FigureRow>(db, sql.raw(FIGURES_SQL))).flatMap((a) =>
        classifyYears(a, LIST_YEARS),
      ),
    );
    report.line(`  all ${LIST_YEARS.length} list years, one query + classifyYears (${label})`, tsMs, 'ms');
    const [sqlCounts, sqlMs] = await time(() =>
      queryRows<Record<string, number> & { year: number }>(db, sql.raw(classifySql())),
    );
    report.line(`  all ${LIST_YEARS.length} list years in one SQL query (${label})`, sqlMs, 'ms');
    const fromSql: Counts = Object.fromEntries(
      sqlCounts
        .filter((r) => LIST_YEARS.includes(r.year))
        .map(({ year, ...k }) => [
          year,
          Object.fromEntries(AREA_CATEGORIES.map((c) => [c, Number(k[c] ?? 0)])),
        ]),
    );
    const api = countsOf(allYears);
    const same =
      JSON.stringify(api) === JSON.stringify(fromSql) &&
      JSON.stringify(countsOf(inTs)) === JSON.stringify(api);
    report.note(
      same
        ? `  Same counts per list year and category from the API, TypeScript and SQL: ${LIST_YEARS.map((y) => `${y}: ${yearCounts(y, api[y])}`).join('; ')}`
        : `  DIFFERENT counts: API ${JSON.stringify(api)} SQL ${JSON.stringify(fromSql)}`,
    );

    // Cold start: this process lets go of the database first (PGlite allows one process).
    await app.close();
    app = null;
    await handle.close();
    const startMs = await coldStart(handle.target);
    report.line(`cold start: serve --no-demo to the first 200 (${label})`, startMs, 'ms');
  } finally {
    await app?.close();
    await bare.close();
    await handle.close().catch(() => {});
    await drop();
  }
}

export async function run(report: BenchReport): Promise<void> {
  for (const backend of backends()) await runOn(backend, report);
}
