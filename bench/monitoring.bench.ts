/**
 * Monitoring (issue #4, Performance): a generated plan of 5 years, 40 activities, 3,000
 * participants and 500,000 attendances (bench/monitoring-data.ts). In the same run, on PGlite and
 * (with DATABASE_URL) on PostgreSQL:
 * - GET /api/plans/{id}/progress through the Fastify app, signed in as a plan reader, against the
 *   hand-written SQL of the same aggregation (target ≤ 1.5×);
 * - GET /api/plans/{id}/dashboard likewise (target ≤ 1.5×);
 * - the attendance import use case on 100,000 rows: the dry-run preview and the commit, in rows/s.
 * Both sides of a ratio are measured interleaved (warm-up, then the median of several runs), and
 * their figures are compared, so a fast endpoint cannot be a wrong one.
 */
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { type DbHandle, queryRows } from '../src/db/client';
import { monitoringYears } from '../src/domain/monitoring/monitoring-period';
import { buildApp } from '../src/server/app';
import { SYSTEM_CLI, SYSTEM_SEED, withAudit } from '../src/server/audit/with-audit';
import { personsSql, sessionsSql } from '../src/server/progress/count-indicator-years';
import { dashboardReachSql, dashboardSeriesSql, getDashboard } from '../src/server/progress/dashboard';
import { getPlanProgress } from '../src/server/progress/plan-progress';
import { planFacts } from '../src/server/progress/privacy';
import { importAttendanceFile } from '../src/server/registrations/import-attendance';
import { seedDemo } from '../src/server/seed/seed-demo';
import { testBackends } from '../test/support/databases';
import { TestClient } from '../test/support/http-client';
import {
  ACTIVITIES,
  dashboardSql,
  generateMonitoringPlan,
  PARTICIPANTS,
  PLAN_END,
  PLAN_SLUG,
  PLAN_START,
  progressSql,
  VOLUNTEERS,
} from './monitoring-data';
import type { BenchReport } from './run';

export const name = 'Monitorering: 5 år, 40 indsatser, 3.000 deltagere, 500.000 fremmøder';

const RUNS = 5;
const IMPORT_ROWS = 100_000;
const READER = 'projektleder.holbaek@demo.helhedsplan.dk';
const PASSWORD = 'helhedsplan-demo';

/** The test suite's databases: PGlite always, a throwaway PostgreSQL database with DATABASE_URL. */
const backends = (): Backend[] =>
  testBackends.map((b) => ({ label: b.name === 'pglite' ? 'PGlite' : 'PostgreSQL', create: b.create }));

interface Backend {
  label: string;
  /** A fresh, migrated, empty database. */
  create(): Promise<DbHandle>;
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

export async function time<T>(fn: () => Promise<T>): Promise<[Awaited<T>, number]> {
  const started = performance.now();
  const result: Awaited<T> = await fn();
  return [result, performance.now() - started];
}

/** One warm-up each, then RUNS interleaved runs of both; the medians. */
export async function compare<A, B>(
  a: () => Promise<A>,
  b: () => Promise<B>,
): Promise<[Awaited<A>, number, Awaited<B>, number]> {
  let lastA = await a();
  let lastB = await b();
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const [ra, ma] = await time(a);
    const [rb, mb] = await time(b);
    lastA = ra;
    lastB = rb;
    ta.push(ma);
    tb.push(mb);
  }
  return [lastA, median(ta), lastB, median(tb)];
}

/** 100,000 attendance rows in the import's columns: 4,000 new sessions × 25 participants. */
function attendanceCsv(rows: number): string {
  const lines = ['Dato;Indsats;Afdeling;Sted;Deltagerkode;Aldersgruppe;Køn;Frivillig;Timer'];
  const departments = ['Ladegårdsparken', 'Grønneparken', 'Bjergmarken'];
  for (let i = 0; i < rows; i++) {
    const session = Math.floor(i / 25);
    const k = i % 25;
    const activity = session % ACTIVITIES;
    // 100 days × 40 activities: each session its own date and activity, within 2022–2026.
    const day = new Date(Date.UTC(2022, 0, 1 + Math.floor(session / ACTIVITIES) * 18));
    const date = `${String(day.getUTCDate()).padStart(2, '0')}.${String(day.getUTCMonth() + 1).padStart(2, '0')}.${day.getUTCFullYear()}`;
    // Every 20th session brings five new participants (codes the import creates).
    const fresh = session % 20 === 0 && k < 5;
    const code = fresh
      ? `BN-${String(session * 5 + k).padStart(5, '0')}`
      : `B-${String((activity * 75 + ((session * 7 + k * 13) % 300)) % PARTICIPANTS).padStart(5, '0')}`;
    const volunteer = k === 0 ? `BF-${String(session % VOLUNTEERS).padStart(3, '0')};2,5` : ';';
    lines.push(
      [
        date,
        `Benchaktivitet ${String(activity + 1).padStart(2, '0')}`,
        departments[session % 3],
        'Importlokalet',
        code,
        fresh ? '18-24' : '',
        fresh ? (k % 2 ? 'dreng' : 'pige') : '',
        volunteer,
      ].join(';'),
    );
  }
  return `${lines.join('\n')}\n`;
}

export interface ProgressBody {
  indicators: {
    indicatorId: string;
    basis: string;
    years: { index: number; actual: number | null; cumulativeActual: number | null }[];
    outsidePeriod: number | null;
  }[];
}

/** The first difference between the endpoint's figures and the raw SQL's, or null. */
export function progressDifference(
  body: ProgressBody,
  rows: { indicator_id: string; idx: number; actual: number | null; cumulative: number | null }[],
): string | null {
  const raw = new Map(rows.map((r) => [`${r.indicator_id}|${r.idx}`, r]));
  let compared = 0;
  for (const ind of body.indicators) {
    if (ind.basis === 'manual') continue;
    for (const y of ind.years) {
      const r = raw.get(`${ind.indicatorId}|${y.index}`);
      compared++;
      if (!r || r.actual !== y.actual || r.cumulative !== y.cumulativeActual)
        return `${ind.basis} year ${y.index}: endpoint ${y.actual}/${y.cumulativeActual}, SQL ${r?.actual}/${r?.cumulative}`;
    }
    const out = raw.get(`${ind.indicatorId}|-1`);
    if (out?.cumulative !== ind.outsidePeriod)
      return `${ind.basis} outside the period: endpoint ${ind.outsidePeriod}, SQL ${out?.cumulative}`;
  }
  return compared === 0 ? 'no indicators compared' : null;
}

export interface DashboardBody {
  months: {
    month: string;
    attendances: number;
    participants: number;
    sessions: number;
    volunteerHours: number;
  }[];
  focusAreas: {
    id: string;
    sessions: number;
    participants: number;
    attendances: number;
    volunteerHours: number;
  }[];
  reach: Record<'department' | 'gender' | 'ageBand', { total: number | null }>;
}

export function dashboardDifference(
  body: DashboardBody,
  rows: { g: string; k: string; [key: string]: unknown }[],
) {
  const raw = new Map(rows.map((r) => [`${r.g}|${r.k}`, r]));
  for (const m of body.months) {
    const r = raw.get(`m|${m.month}`);
    const want = [m.attendances, m.participants, m.sessions, m.volunteerHours];
    const got = [r?.attendances, r?.persons, r?.sessions, r?.hours].map(Number);
    if (want.some((v, i) => v !== got[i])) return `month ${m.month}: endpoint ${want}, SQL ${got}`;
  }
  for (const f of body.focusAreas) {
    const r = raw.get(`f|${f.id}`);
    const want = [f.attendances, f.participants, f.sessions, f.volunteerHours];
    const got = [r?.attendances, r?.persons, r?.sessions, r?.hours].map(Number);
    if (want.some((v, i) => v !== got[i])) return `focus area ${f.id}: endpoint ${want}, SQL ${got}`;
  }
  const months = rows.filter((r) => r.g === 'm').length;
  if (months !== body.months.length) return `months: endpoint ${body.months.length}, SQL ${months}`;
  return null;
}

async function signIn(app: FastifyInstance): Promise<TestClient> {
  return new TestClient(app).signIn(READER, PASSWORD);
}

async function runOn(backend: Backend, report: BenchReport): Promise<void> {
  const handle = await backend.create();
  let app: FastifyInstance | null = null;
  try {
    await seedDemo(handle.db);
    const db = handle.db;
    const [plan, generateMs] = await time(() => generateMonitoringPlan(db));
    report.line(`generate the plan, audited (${backend.label})`, generateMs / 1000, 's');
    report.note(
      `  ${Object.entries(plan.counts)
        .map(([k, v]) => `${v.toLocaleString('da-DK')} ${k}`)
        .join(', ')}`,
    );
    await db.execute(sql`analyze`);
    // The Holbæk project leader also leads the bench plan: a plan reader with exact figures.
    await withAudit(db, SYSTEM_SEED, { name: 'benchGrantReader', planId: plan.planId }, (tx) =>
      tx.execute(sql`insert into role_assignments (user_id, role, plan_id)
                     select id, 'planLeader', ${plan.planId}::uuid from users where email = ${READER}`),
    );
    app = await buildApp({ db, webDir: '/nonexistent' });
    const client = await signIn(app);
    const years = monitoringYears({
      startDate: PLAN_START,
      endDate: PLAN_END,
      firstYear: null,
      lastYear: null,
    });
    if (!years) throw new Error('no plan years');

    // Progress.
    const rawProgress = progressSql(plan.planId, years);
    const [progressRes, progressMs, progressRows, progressSqlMs] = await compare(
      () => client.get(`/api/plans/${PLAN_SLUG}/progress`),
      () =>
        queryRows<{ indicator_id: string; idx: number; actual: number | null; cumulative: number | null }>(
          db,
          sql.raw(rawProgress),
        ),
    );
    if (progressRes.statusCode !== 200) {
      report.note(`GET /progress answered ${progressRes.statusCode}: ${progressRes.body.slice(0, 300)}`);
    } else {
      const body = progressRes.json() as ProgressBody;
      report.line(
        `GET /api/plans/{id}/progress, ${body.indicators.length} indicators (${backend.label})`,
        progressMs,
        'ms',
      );
      report.line(`  raw SQL of the same aggregation (${backend.label})`, progressSqlMs, 'ms');
      report.ratio(`progress endpoint ÷ raw SQL (${backend.label})`, progressMs / progressSqlMs, {
        atMost: 1.5,
      });
      const facts = await planFacts(db, PLAN_SLUG);
      const exact = { suppressed: false, threshold: facts.threshold };
      const [, useCaseMs, , againSqlMs] = await compare(
        () => getPlanProgress(db, { plan: facts, privacy: exact }),
        () => queryRows(db, sql.raw(rawProgress)),
      );
      report.line(`  getPlanProgress, the use case without HTTP (${backend.label})`, useCaseMs, 'ms');
      report.ratio(`  use case ÷ raw SQL, measured again (${backend.label})`, useCaseMs / againSqlMs);
      // The hand-written SQL above is an independent check of the figures; the endpoint's own two
      // counting queries, run directly, show what the endpoint adds on top of its SQL.
      const [, endpointMs, , ownSqlMs] = await compare(
        () => client.get(`/api/plans/${PLAN_SLUG}/progress`),
        () =>
          Promise.all([
            queryRows(db, personsSql(plan.planId, years)),
            queryRows(db, sessionsSql(plan.planId, years)),
          ]),
      );
      report.line(`  the endpoint's own counting SQL, run directly (${backend.label})`, ownSqlMs, 'ms');
      report.ratio(`progress endpoint ÷ its own SQL (${backend.label})`, endpointMs / ownSqlMs, {
        atMost: 1.5,
      });
      const diff = progressDifference(body, progressRows);
      report.note(
        diff
          ? `  DIFFERENT figures: ${diff}`
          : '  Same figures per indicator and year from the endpoint and the raw SQL.',
      );
    }

    // Dashboard.
    const rawDashboard = dashboardSql(plan.planId);
    const [dashRes, dashMs, dashRows, dashSqlMs] = await compare(
      () => client.get(`/api/plans/${PLAN_SLUG}/dashboard`),
      () => queryRows<{ g: string; k: string }>(db, sql.raw(rawDashboard)),
    );
    if (dashRes.statusCode !== 200) {
      report.note(`GET /dashboard answered ${dashRes.statusCode}: ${dashRes.body.slice(0, 300)}`);
    } else {
      report.line(`GET /api/plans/{id}/dashboard (${backend.label})`, dashMs, 'ms');
      report.line(`  raw SQL of the same aggregation (${backend.label})`, dashSqlMs, 'ms');
      report.ratio(`dashboard endpoint ÷ raw SQL (${backend.label})`, dashMs / dashSqlMs, { atMost: 1.5 });
      const facts = await planFacts(db, PLAN_SLUG);
      const exact = { suppressed: false, threshold: facts.threshold };
      const [, useCaseMs, , againSqlMs] = await compare(
        () => getDashboard(db, { plan: facts, privacy: exact, filters: {} }),
        () => queryRows(db, sql.raw(rawDashboard)),
      );
      report.line(`  getDashboard, the use case without HTTP (${backend.label})`, useCaseMs, 'ms');
      report.ratio(`  use case ÷ raw SQL, measured again (${backend.label})`, useCaseMs / againSqlMs);
      const [, endpointMs, , ownSqlMs] = await compare(
        () => client.get(`/api/plans/${PLAN_SLUG}/dashboard`),
        () =>
          Promise.all([
            queryRows(db, dashboardSeriesSql(plan.planId, {})),
            queryRows(db, dashboardReachSql(plan.planId, {})),
          ]),
      );
      report.line(`  the endpoint's own SQL, run directly (${backend.label})`, ownSqlMs, 'ms');
      report.ratio(`dashboard endpoint ÷ its own SQL (${backend.label})`, endpointMs / ownSqlMs, {
        atMost: 1.5,
      });
      const diff = dashboardDifference(dashRes.json() as DashboardBody, dashRows);
      report.note(
        diff
          ? `  DIFFERENT figures: ${diff}`
          : '  Same monthly and focus-area figures from the endpoint and the raw SQL.',
      );
    }

    // Bulk import: the preview, then the commit, of the same 100,000 rows.
    const csv = Buffer.from(attendanceCsv(IMPORT_ROWS));
    const input = { plan: PLAN_SLUG, file: { source: { data: csv }, format: 'csv' as const } };
    const [preview, previewMs] = await time(() =>
      importAttendanceFile(db, SYSTEM_CLI, { ...input, commit: false }),
    );
    if (preview.problems.length > 0) {
      report.note(
        `import preview found ${preview.problems.length} problems, e.g. ${JSON.stringify(preview.problems[0])}`,
      );
    }
    report.line(
      `import preview (dry run), ${IMPORT_ROWS.toLocaleString('da-DK')} rows (${backend.label})`,
      previewMs / 1000,
      's',
    );
    report.line(`  rows/s`, IMPORT_ROWS / (previewMs / 1000), 'rows/s');
    const [done, commitMs] = await time(() =>
      importAttendanceFile(db, SYSTEM_CLI, { ...input, commit: true }),
    );
    report.line(
      `import commit, ${IMPORT_ROWS.toLocaleString('da-DK')} rows, audited (${backend.label})`,
      commitMs / 1000,
      's',
    );
    report.line(`  rows/s`, IMPORT_ROWS / (commitMs / 1000), 'rows/s');
    report.note(
      `  ${done.summary.sessions.toLocaleString('da-DK')} sessions, ${done.summary.attendances.toLocaleString('da-DK')} attendances, ${done.summary.newParticipants} new participants, ${done.summary.volunteerHours} volunteer hours`,
    );
  } finally {
    await app?.close();
    await handle.close();
  }
}

export async function run(report: BenchReport): Promise<void> {
  for (const backend of backends()) await runOn(backend, report);
}
