/**
 * Imports at national scale (issue #13 item 13, decision 021): an attendance CSV of 1,000,000
 * rows and an area statistics CSV of 75,000 rows (7,500 afdelinger × 10 years), both generated
 * deterministically into a temp dir, imported by the real command (`node bin/helhedsplan.js
 * import-attendance` / `import-stats`) in a child process, on PGlite (on disk) and on PostgreSQL
 * when DATABASE_URL is set. Prints rows/s and the child's peak RSS (GNU time's maximum resident
 * set size, so the figure is the real command's) against the budget of 512 MB, and checks what
 * the database holds afterwards.
 *
 * IMPORT_BENCH_ROWS and IMPORT_BENCH_STAT_ROWS change the sizes (defaults 1,000,000 and 75,000);
 * IMPORT_BENCH_ONLY=pglite|postgres runs one backend.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { type DbHandle, type DbTarget, openDb, queryRows } from '../src/db/client';
import { migrateDb } from '../src/db/migrate';
import { AREA_STATISTICS_COLUMNS, FIGURE_COLUMNS } from '../src/server/areas/area-statistics-columns';
import { SYSTEM_CLI, withAudit } from '../src/server/audit/with-audit';
import { generateNational } from '../src/server/generate/generate-national';
import type { BenchReport } from './run';
import { throwawayPostgres } from './throwaway-postgres';

export const name = 'Import i national skala: 1.000.000 fremmøder og 75.000 områdetal (peak RSS ≤ 512 MB)';

const ROWS = Number(process.env.IMPORT_BENCH_ROWS ?? 1_000_000);
const STAT_ROWS = Number(process.env.IMPORT_BENCH_STAT_ROWS ?? 75_000);
const STAT_YEARS = 10;
const RSS_BUDGET_MB = 512;
const PER_SESSION = 20;
const NEW_CODES = 30_000;
const root = fileURLToPath(new URL('..', import.meta.url));

interface Backend {
  label: string;
  open(): Promise<{ handle: DbHandle; drop(): Promise<void> }>;
}

function backends(): Backend[] {
  const list: Backend[] = [
    {
      label: 'PGlite',
      async open() {
        const dataDir = mkdtempSync(join(tmpdir(), 'hp-imports-'));
        const handle = await openDb({ kind: 'pglite', dataDir });
        await migrateDb(handle);
        return { handle, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
      },
    },
  ];
  const url = process.env.DATABASE_URL;
  if (url) {
    list.push({
      label: 'PostgreSQL',
      open: () => throwawayPostgres(url, 'helhedsplan_imports'),
    });
  }
  const only = process.env.IMPORT_BENCH_ONLY?.toLowerCase();
  return only
    ? list.filter((b) => b.label.toLowerCase() === only || (only === 'postgres' && b.label === 'PostgreSQL'))
    : list;
}

/** Writes lines to a file through a stream (the files are never built in memory either). */
async function writeLines(path: string, lines: Iterable<string>): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  for (const line of lines) {
    bytes += Buffer.byteLength(line) + 1;
    if (!out.write(`${line}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  return bytes;
}

const danish = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

interface PlanFixture {
  slug: string;
  activities: string[];
  departments: string[];
  volunteers: string[];
  first: string;
  days: number;
}

/** The generated plan with most activities: its names, afdelinger, volunteers and common period. */
async function planFixture(handle: DbHandle): Promise<PlanFixture> {
  const [plan] = await queryRows<{ id: string; slug: string; start: string; end: string }>(
    handle.db,
    sql`select p.id, p.slug, p.start_date::text as start, p.end_date::text as "end"
        from plans p order by (select count(*) from activities a where a.plan_id = p.id) desc, p.slug limit 1`,
  );
  if (!plan) throw new Error('no plan generated');
  const activities = await queryRows<{ name: string; start: string | null; end: string | null }>(
    handle.db,
    sql`select name, start_date::text as start, end_date::text as "end" from activities
        where plan_id = ${plan.id} order by name`,
  );
  const departments = await queryRows<{ name: string }>(
    handle.db,
    sql`select d.name from plan_departments pd join departments d on d.id = pd.department_id
        where pd.plan_id = ${plan.id} order by d.name limit 12`,
  );
  const volunteers = await queryRows<{ code: string }>(
    handle.db,
    sql`select code from volunteers where plan_id = ${plan.id} order by code`,
  );
  // Dates every activity and the plan cover.
  const first = [plan.start, ...activities.map((a) => a.start ?? plan.start)].sort().at(-1) as string;
  const last = [plan.end, ...activities.map((a) => a.end ?? plan.end)].sort()[0] as string;
  const days = Math.round((Date.parse(last) - Date.parse(first)) / 86_400_000) + 1;
  return {
    slug: plan.slug,
    activities: activities.map((a) => a.name),
    departments: departments.map((d) => d.name),
    volunteers: volunteers.map((v) => v.code),
    first,
    days,
  };
}

/**
 * ROWS attendance rows: sessions of 20 rows (date × activity × afdeling × place), 30,000 new
 * participant codes with a fixed age band and gender each, a volunteer's hours on every session's
 * first row and an open head count on the last row of every tenth session.
 */
function* attendanceLines(f: PlanFixture): Generator<string> {
  yield 'Dato;Indsats;Afdeling;Sted;Deltagerkode;Aldersgruppe;Køn;Antal;Frivillig;Timer';
  const bands = ['13-17', '18-24', '25-29', '30-49'];
  const A = f.activities.length;
  for (let i = 0; i < ROWS; i++) {
    const s = Math.floor(i / PER_SESSION);
    const k = i % PER_SESSION;
    const activity = f.activities[s % A] as string;
    const day = Math.floor(s / A) % f.days;
    const round = Math.floor(s / (A * f.days));
    const department = f.departments.length ? (f.departments[s % f.departments.length] as string) : '';
    const place = `Lokale ${round + 1}`;
    const volunteer = k === 0 && f.volunteers.length ? `${f.volunteers[s % f.volunteers.length]};2,5` : ';';
    const open = k === PER_SESSION - 1 && s % 10 === 0;
    const n = (s * 7 + k * 1511) % NEW_CODES;
    const who = open
      ? ';;;12'
      : `IMP${String(n).padStart(5, '0')};${bands[n % bands.length]};${n % 2 ? 'dreng' : 'pige'};`;
    yield `${danish(addDays(f.first, day))};${activity};${department};${place};${who};${volunteer}`;
  }
}

/** 500 areas of 15 afdelinger each in the first municipality; for the statistics file. */
async function statisticsFixture(handle: DbHandle, departments: number): Promise<void> {
  const areas = Math.ceil(departments / 15);
  await withAudit(handle.db, SYSTEM_CLI, { name: 'benchImportFixture' }, async (tx) => {
    await tx.execute(sql`
      insert into statutory_areas (id, slug, name, municipality_id, source)
      select md5('imp-area-' || n)::uuid, 'imp-omraade-' || n, 'Importområde ' || n,
             (select id from municipalities order by slug limit 1), 'Benchmark (fiktiv)'
      from generate_series(1, ${areas}) n`);
    await tx.execute(sql`
      insert into departments (id, slug, name, municipality_id, source)
      select md5('imp-dep-' || n)::uuid, 'imp-afd-' || n, 'Importafdeling ' || n,
             (select id from municipalities order by slug limit 1), 'Benchmark (fiktiv)'
      from generate_series(1, ${departments}) n`);
    await tx.execute(sql`
      insert into statutory_area_departments (area_id, department_id)
      select md5('imp-area-' || ((n - 1) / 15 + 1))::uuid, md5('imp-dep-' || n)::uuid
      from generate_series(1, ${departments}) n`);
  });
}

function* statisticsLines(rows: number): Generator<string> {
  const label = (k: string) => AREA_STATISTICS_COLUMNS.find((c) => c.key === k)?.label ?? k;
  const figures = FIGURE_COLUMNS.slice(0, 10);
  yield [
    label('area'),
    label('department'),
    label('year'),
    ...figures.map((c) => c.label),
    label('source'),
  ].join(';');
  for (let i = 0; i < rows; i++) {
    const department = Math.floor(i / STAT_YEARS) + 1;
    const area = Math.floor((department - 1) / 15) + 1;
    const year = 2015 + (i % STAT_YEARS);
    const values = figures.map((c, j) =>
      c.kind === 'share'
        ? `${(i * 7 + j * 13) % 100},${(i + j) % 10}`
        : String(1000 + ((i * 31 + j * 17) % 4000)),
    );
    yield [
      `Importområde ${area}`,
      `Importafdeling ${department}`,
      year,
      ...values,
      'Benchmark (fiktiv)',
    ].join(';');
  }
}

/** Runs the CLI in a child under GNU time; its wall time, peak RSS (MB) and output. */
async function runCli(
  target: DbTarget,
  args: string[],
): Promise<{ ms: number; peakMb: number; stdout: string; stderr: string; code: number | null }> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  const cli = ['bin/helhedsplan.js', ...args];
  if (target.kind === 'postgres') env.DATABASE_URL = target.url;
  if (target.kind === 'pglite') cli.push('--data-dir', target.dataDir);
  const started = performance.now();
  const child = spawn('/usr/bin/time', ['-f', 'PEAK_RSS_KB=%M', process.execPath, ...cli], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += d;
  });
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  const ms = performance.now() - started;
  const kb = Number(/PEAK_RSS_KB=(\d+)/.exec(stderr)?.[1] ?? Number.NaN);
  return { ms, peakMb: kb / 1024, stdout, stderr, code };
}

async function runOn(backend: Backend, report: BenchReport, dir: string): Promise<void> {
  const { handle, drop } = await backend.open();
  const label = backend.label;
  const target = handle.target;
  try {
    await generateNational(handle.db, SYSTEM_CLI, { seed: 13, scale: 0.002 });
    const plan = await planFixture(handle);
    const departments = Math.ceil(STAT_ROWS / STAT_YEARS);
    await statisticsFixture(handle, departments);
    const attendanceFile = join(dir, `fremmoede-${label}.csv`);
    const statsFile = join(dir, `omraadetal-${label}.csv`);
    const bytes = await writeLines(attendanceFile, attendanceLines(plan));
    const statBytes = await writeLines(statsFile, statisticsLines(STAT_ROWS));
    report.note(
      `${label}: plan ${plan.slug} (${plan.activities.length} indsatser, ${plan.departments.length} afdelinger), ` +
        `attendance file ${(bytes / 1e6).toFixed(1)} MB, statistics file ${(statBytes / 1e6).toFixed(1)} MB`,
    );
    // The child opens the database itself; an embedded one cannot be open twice.
    await handle.close();
    const [before] = await countsOf(target);

    const imports: { what: string; rows: number; args: string[] }[] = [
      {
        what: `import-attendance ${ROWS.toLocaleString('da-DK')} rows`,
        rows: ROWS,
        args: ['import-attendance', attendanceFile, '--plan', plan.slug],
      },
      {
        what: `import-stats ${STAT_ROWS.toLocaleString('da-DK')} rows`,
        rows: STAT_ROWS,
        args: ['import-stats', statsFile],
      },
    ];
    for (const i of imports) {
      const run = await runCli(target, i.args);
      if (run.code !== 0) {
        report.note(`${label}: ${i.what} FAILED (exit ${run.code}): ${run.stderr.slice(-1500)}`);
        continue;
      }
      report.note(`${label}: ${run.stdout.trim().split('\n').at(-1)}`);
      report.line(`${i.what}, audited (${label})`, run.ms / 1000, 's');
      report.line(`  rows/s`, i.rows / (run.ms / 1000), 'rows/s');
      report.line(`  peak RSS of the command`, run.peakMb, 'MB');
      report.ratio(
        `  peak RSS ÷ budget ${RSS_BUDGET_MB} MB (${label}, ${i.what})`,
        run.peakMb / RSS_BUDGET_MB,
        {
          atMost: 1,
        },
      );
    }
    const [after] = await countsOf(target);
    report.note(
      `${label}: written ${((after?.attendances ?? 0) - (before?.attendances ?? 0)).toLocaleString('da-DK')} attendances, ` +
        `${((after?.sessions ?? 0) - (before?.sessions ?? 0)).toLocaleString('da-DK')} sessions, ` +
        `${((after?.participants ?? 0) - (before?.participants ?? 0)).toLocaleString('da-DK')} participants, ` +
        `${((after?.statistics ?? 0) - (before?.statistics ?? 0)).toLocaleString('da-DK')} figures; ` +
        `${((after?.events ?? 0) - (before?.events ?? 0)).toLocaleString('da-DK')} audit events`,
    );
  } finally {
    await drop();
  }
}

async function countsOf(target: DbTarget) {
  const h = await openDb(target);
  try {
    return await queryRows<{
      attendances: number;
      sessions: number;
      participants: number;
      statistics: number;
      events: number;
    }>(
      h.db,
      sql`select (select count(*)::int from attendances) as attendances,
                 (select count(*)::int from activity_sessions) as sessions,
                 (select count(*)::int from participants) as participants,
                 (select count(*)::int from area_statistics) as statistics,
                 (select count(*)::int from audit_events) as events`,
    );
  } finally {
    await h.close();
  }
}

export async function run(report: BenchReport): Promise<void> {
  if (!existsSync('/usr/bin/time')) {
    report.note('GNU time (/usr/bin/time) is missing: the peak RSS cannot be measured; skipped.');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'hp-import-files-'));
  try {
    for (const backend of backends()) await runOn(backend, report, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
