/**
 * `helhedsplan generate --national` (issue #13 item 11, decision 014): writes the national shape
 * (src/domain/generate/national-shape.ts) into the database, all or nothing.
 *
 * - Refuses a database that holds anything but reference data (dataset-guard.ts).
 * - One transaction: a failure anywhere (a full disk, a size limit, Ctrl-C) leaves nothing.
 * - One audit event for the whole generation (withBulkAudit), and a `generated_datasets` row
 *   with its counts and checksum, which is what marks the database as generated.
 * - Small tables go in as big multi-row INSERTs from one JSON parameter (jsonb_to_recordset);
 *   the millions of registrations are drawn in SQL (monitoring-rows.ts), so no row crosses the wire.
 */
import { createHash } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows, type Tx } from '../../db/client';
import { BUDGET_CATEGORIES } from '../../domain/budget/budget-kinds';
import {
  AREA_FIGURE_INDICATORS,
  type NationalOptions,
  type NationalShape,
  nationalShape,
} from '../../domain/generate/national-shape';
import { planYears } from '../../domain/monitoring/plan-years';
import type { Actor } from '../audit/with-audit';
import { withBulkAudit } from '../audit/with-bulk-audit';
import { assertEmptyForGeneration } from './dataset-guard';
import { fillMonitoringPlan, uuidSql } from './monitoring-rows';

const SOURCE = 'Genererede, fiktive data (helhedsplan generate --national)';

/** Tables whose per-row audit trigger the generation bypasses (one event covers them all). */
export const BULK_TABLES = [
  'municipalities',
  'housing_organisations',
  'departments',
  'statutory_areas',
  'statutory_area_departments',
  'area_statistics',
  'plans',
  'plan_departments',
  'plan_organisations',
  'activities',
  'participants',
  'activity_sessions',
  'attendances',
  'volunteers',
  'session_volunteers',
  'enrolments',
  'indicators',
  'indicator_targets',
  'indicator_measurements',
  'financing_lines',
  'budget_versions',
  'budget_lines',
  'budget_line_financings',
  'spending_entries',
] as const;

/** The tables the generation fills with most rows. */
const BIG_TABLES = [
  'attendances',
  'activity_sessions',
  'participants',
  'session_volunteers',
  'area_statistics',
];

export interface GenerateProgress {
  /** Work done and total, in rows (estimated ahead from the shape). */
  done: number;
  total: number;
  step: string;
}

export interface GenerateResult {
  counts: Record<string, number>;
  checksum: string;
  durationMs: number;
  auditEventId: number;
}

/** A generation the database could not hold (disk full, size or memory limit): nothing was kept. */
export class DatasetTooLarge extends Error {}

/** PostgreSQL's "insufficient resources" and "program limit" classes, and WASM memory limits. */
export function isCapacityError(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown; cause?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : '';
  if (code.startsWith('53') || code.startsWith('54')) return true;
  const message = typeof e?.message === 'string' ? e.message : '';
  if (/out of memory|no space left|disk full|memory access out of bounds|ENOSPC/i.test(message)) return true;
  return e?.cause ? isCapacityError(e.cause) : false;
}

/** The same UUID as uuidSql of the same text. */
function md5Id(seed: number, kind: string, n: number): string {
  const h = createHash('md5').update(`nat${seed}:${kind}:${n}`).digest('hex');
  const v = `${h.slice(0, 12)}4${h.slice(13, 16)}8${h.slice(17)}`;
  return `${v.slice(0, 8)}-${v.slice(8, 12)}-${v.slice(12, 16)}-${v.slice(16, 20)}-${v.slice(20)}`;
}

/** Inserts rows given as objects through one JSON parameter per chunk. */
async function insertJson(
  tx: Tx,
  table: string,
  columns: Record<string, string>,
  rows: readonly Record<string, unknown>[],
  advance: (n: number) => void,
): Promise<void> {
  const names = Object.keys(columns);
  const definition = names.map((c) => `${c} ${columns[c]}`).join(', ');
  for (let i = 0; i < rows.length; i += 5_000) {
    const chunk = rows.slice(i, i + 5_000);
    await tx.execute(
      sql`insert into ${sql.raw(table)} (${sql.raw(names.join(', '))})
          select ${sql.raw(names.join(', '))} from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb)
          as r(${sql.raw(definition)})`,
    );
    advance(chunk.length);
  }
}

function shapeRowCount(shape: NationalShape): number {
  const years = shape.areas[0]?.figures.length ?? 0;
  return (
    shape.municipalities.length +
    shape.counts.departments * 2 +
    shape.areas.length * (1 + years * AREA_FIGURE_INDICATORS.length)
  );
}

const planAttendances = (p: NationalShape['plans'][number]) =>
  p.activities * p.sessionsPerActivity * p.perSession;

export async function generateNational(
  db: Db,
  actor: Actor,
  options: NationalOptions & { onProgress?: (p: GenerateProgress) => void },
): Promise<GenerateResult> {
  const started = performance.now();
  await assertEmptyForGeneration(db);
  const shape = nationalShape(options);
  const { seed } = options;
  const shapeRows = shapeRowCount(shape);
  const budgetRows = shape.plans.length * 400;
  const total =
    shapeRows + shape.plans.reduce((a, p) => a + planAttendances(p) + p.participants, 0) + budgetRows;
  let done = 0;
  let step = '';
  const advance = (n: number) => {
    done += n;
    options.onProgress?.({ done, total, step });
  };
  const stepTo = (s: string) => {
    step = s;
    options.onProgress?.({ done, total, step });
  };

  try {
    const result = await withBulkAudit(
      db,
      actor,
      { name: 'generateNationalDataset' },
      BULK_TABLES,
      async (tx, auditEventId) => {
        stepTo('kommuner, afdelinger og boligområder');
        await writeShape(tx, shape, seed, advance);
        stepTo('planer og registreringer');
        for (const plan of shape.plans) {
          stepTo(`plan ${plan.n + 1} af ${shape.plans.length}`);
          await writePlan(tx, shape, plan, seed);
          advance(planAttendances(plan) + plan.participants);
        }
        stepTo('budgetter, finansiering og forbrug');
        await writeBudgets(tx, shape, seed);
        advance(budgetRows);
        stepTo('optælling og kontrolsum');
        const { counts, checksum } = await countAndChecksum(tx);
        const durationMs = Math.round(performance.now() - started);
        await tx.execute(
          sql`insert into generated_datasets (kind, seed, scale, counts, checksum, audit_event_id, duration_ms)
              values ('national', ${seed}, ${options.scale}, ${JSON.stringify(counts)}::jsonb, ${checksum},
                      ${auditEventId}, ${durationMs})`,
        );
        return { counts, checksum, durationMs, auditEventId };
      },
    );
    // Outside the transaction: fresh statistics for the planner and a visibility map, so a plan's
    // attendances are read by an index-only scan from the first request.
    stepTo('vacuum analyze');
    await db.execute(sql.raw(`vacuum analyze ${BIG_TABLES.join(', ')}`));
    return result;
  } catch (error) {
    if (isCapacityError(error))
      throw new DatasetTooLarge(
        `Databasen kunne ikke rumme datasættet (${(error as Error).message}); intet er gemt. Prøv en mindre --scale eller frigør plads.`,
      );
    throw error;
  }
}

async function writeShape(tx: Tx, shape: NationalShape, seed: number, advance: (n: number) => void) {
  const mId = (n: number) => md5Id(seed, 'mun', n);
  const orgCount = Math.max(1, Math.min(40, Math.ceil(shape.areas.length / 12)));
  await insertJson(
    tx,
    'municipalities',
    { id: 'uuid', slug: 'text', name: 'text', region: 'text', source: 'text' },
    shape.municipalities.map((m) => ({
      id: mId(m.n),
      slug: m.slug,
      name: m.name,
      region: m.region,
      source: SOURCE,
    })),
    advance,
  );
  await insertJson(
    tx,
    'housing_organisations',
    { id: 'uuid', slug: 'text', name: 'text', source: 'text' },
    Array.from({ length: orgCount }, (_, n) => ({
      id: md5Id(seed, 'org', n),
      slug: `gen-bo-${String(n + 1).padStart(2, '0')}`,
      name: `Genereret boligorganisation ${String(n + 1).padStart(2, '0')}`,
      source: SOURCE,
    })),
    () => {},
  );
  const departments = shape.areas.flatMap((a) =>
    a.departments.map((d) => ({
      id: md5Id(seed, 'dep', d.n),
      slug: d.slug,
      name: d.name,
      municipality_id: mId(a.municipality),
      organisation_id: md5Id(seed, 'org', a.n % orgCount),
      units: d.units,
      residents: d.residents,
      source: SOURCE,
    })),
  );
  await insertJson(
    tx,
    'departments',
    {
      id: 'uuid',
      slug: 'text',
      name: 'text',
      municipality_id: 'uuid',
      organisation_id: 'uuid',
      units: 'int',
      residents: 'int',
      source: 'text',
    },
    departments,
    advance,
  );
  await insertJson(
    tx,
    'statutory_areas',
    { id: 'uuid', slug: 'text', name: 'text', municipality_id: 'uuid', residents: 'int', source: 'text' },
    shape.areas.map((a) => {
      const last = a.figures.at(-1)?.residents ?? null;
      return {
        id: md5Id(seed, 'area', a.n),
        slug: a.slug,
        name: a.name,
        municipality_id: mId(a.municipality),
        residents: last !== null && last >= 1000 ? last : null,
        source: SOURCE,
      };
    }),
    advance,
  );
  await insertJson(
    tx,
    'statutory_area_departments',
    { area_id: 'uuid', department_id: 'uuid' },
    shape.areas.flatMap((a) =>
      a.departments.map((d) => ({
        area_id: md5Id(seed, 'area', a.n),
        department_id: md5Id(seed, 'dep', d.n),
      })),
    ),
    advance,
  );
  const statistics: Record<string, unknown>[] = [];
  for (const a of shape.areas) {
    for (const f of a.figures) {
      for (const [key, indicator] of AREA_FIGURE_INDICATORS) {
        const value = f[key];
        if (typeof value !== 'number') continue;
        statistics.push({
          scope: 'statutoryArea',
          statutory_area_id: md5Id(seed, 'area', a.n),
          region: null,
          indicator,
          year: f.year,
          value,
          source: SOURCE,
        });
      }
    }
  }
  for (const [year, value] of shape.nationalConvicted)
    statistics.push({
      scope: 'country',
      statutory_area_id: null,
      region: null,
      indicator: 'shareConvicted18plus',
      year,
      value,
      source: SOURCE,
    });
  for (const [region, years] of shape.regionIncome)
    for (const [year, value] of years)
      statistics.push({
        scope: 'region',
        statutory_area_id: null,
        region,
        indicator: 'averageIncome15to64',
        year,
        value,
        source: SOURCE,
      });
  await insertJson(
    tx,
    'area_statistics',
    {
      scope: 'text',
      statutory_area_id: 'uuid',
      region: 'text',
      indicator: 'text',
      year: 'int',
      value: 'numeric',
      source: 'text',
    },
    statistics,
    advance,
  );
}

async function writePlan(tx: Tx, shape: NationalShape, plan: NationalShape['plans'][number], seed: number) {
  const area = shape.areas[plan.area];
  if (!area) throw new Error('plan without area');
  const planId = md5Id(seed, 'plan', plan.n);
  const years = planYears(plan.startDate, plan.endDate);
  await tx.execute(
    sql`insert into plans (id, slug, name, municipality_id, funding_period_id, start_date, end_date, status, summary, source)
        values (${planId}, ${plan.slug}, ${plan.name}, ${md5Id(seed, 'mun', area.municipality)}, '2019-26',
                ${plan.startDate}, ${plan.endDate}, 'active', 'Genereret, fiktiv plan til test af national skala.', ${SOURCE})`,
  );
  await tx.execute(
    sql`insert into plan_organisations (plan_id, organisation_id, role)
        select ${planId}::uuid, organisation_id, 'applicant' from departments where id = ${md5Id(seed, 'dep', area.departments[0]?.n ?? 0)}::uuid`,
  );
  await fillMonitoringPlan(tx, {
    planId,
    idPrefix: `nat${seed}-p${plan.n}`,
    codePrefix: 'G',
    startDate: plan.startDate,
    endDate: plan.endDate,
    years: years.length,
    activities: plan.activities,
    participants: plan.participants,
    sessionsPerActivity: plan.sessionsPerActivity,
    perSession: plan.perSession,
    openPerActivity: plan.openPerActivity,
    volunteers: plan.volunteers,
    // At most 12 afdelinger take part in a plan's sessions; all the area's are in the plan.
    departmentIds: area.departments.slice(0, 12).map((d) => md5Id(seed, 'dep', d.n)),
    activityName: 'Genereret indsats',
  });
  if (area.departments.length > 12) {
    await insertPlanDepartments(
      tx,
      planId,
      area.departments.slice(12).map((d) => md5Id(seed, 'dep', d.n)),
    );
  }
}

async function insertPlanDepartments(tx: Tx, planId: string, ids: readonly string[]) {
  await tx.execute(
    sql`insert into plan_departments (plan_id, department_id)
        select ${planId}::uuid, d::uuid from jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb) as d`,
  );
}

/**
 * Set-based for all plans at once: an approved budget per plan (year × category, LBF 75 %, the
 * kommune and the housing organisation 12.5 % each), the same financing as plan lines, and
 * monthly spending per category up to the end of 2024 or the plan's end.
 */
async function writeBudgets(tx: Tx, shape: NationalShape, seed: number) {
  const plans = shape.plans.map((p) => ({
    id: md5Id(seed, 'plan', p.n),
    n: p.n,
    start_date: p.startDate,
    end_date: p.endDate,
    yearly_ore: p.yearlyBudgetOre,
  }));
  const exec = (q: SQL) => tx.execute(q);
  await exec(sql`create temp table g_plan as
    select * from jsonb_to_recordset(${JSON.stringify(plans)}::jsonb)
    as r(id uuid, n int, start_date date, end_date date, yearly_ore bigint)`);
  const categories = `array[${BUDGET_CATEGORIES.map((c) => `'${c}'`).join(', ')}]`;
  // Shares of a year's budget per category, in per mille (sum 1000).
  const shares = 'array[620, 90, 180, 50, 30, 30]';
  await exec(
    sql.raw(`insert into budget_versions (id, plan_id, kind, status, name, first_year, last_year, approved_at, approved_by, note)
      select ${uuidSql(`'nat${seed}:bv:' || n`)}, id, 'approved', 'approved', 'Godkendt budget (genereret)',
             extract(year from start_date)::int, extract(year from end_date)::int,
             (start_date - 30)::timestamptz, 'Landsbyggefonden (genereret)', 'Genereret, fiktivt budget'
      from g_plan`),
  );
  await exec(
    sql.raw(`create temp table g_line as
      select ${uuidSql(`'nat${seed}:bl:' || p.n || ':' || y || ':' || c`)} as id, p.id as plan_id,
             ${uuidSql(`'nat${seed}:bv:' || p.n`)} as version_id, y as year, (${categories})[c] as category,
             (p.yearly_ore * (${shares})[c] / 1000 / 100) * 100 as amount_ore, c as position
      from g_plan p
      cross join generate_series(extract(year from p.start_date)::int, extract(year from p.end_date)::int) y
      cross join generate_series(1, ${BUDGET_CATEGORIES.length}) c`),
  );
  await exec(
    sql.raw(`insert into budget_lines (id, plan_id, version_id, year, category, description, amount_ore, position)
      select id, plan_id, version_id, year, category, 'Genereret budgetlinje ' || category || ' ' || year, amount_ore, position
      from g_line`),
  );
  await exec(
    sql.raw(`insert into budget_line_financings (plan_id, line_id, source, source_name, kind, amount_ore, position)
      select plan_id, id, 'lbf', 'Landsbyggefonden', 'cash', amount_ore * 3 / 4, 0 from g_line
      union all
      select plan_id, id, 'municipality', 'Kommunen', 'cash', amount_ore / 8, 1 from g_line
      union all
      select plan_id, id, 'housingOrganisation', 'Boligorganisationen', 'cash', amount_ore - amount_ore * 3 / 4 - amount_ore / 8, 2 from g_line`),
  );
  await exec(
    sql.raw(`insert into financing_lines (plan_id, scope, source, source_name, kind, amount_ore, position, document_source)
      select plan_id, 'plan', source, source_name, 'cash', sum(amount_ore), min(position), '${SOURCE}'
      from budget_line_financings f where plan_id in (select id from g_plan)
      group by plan_id, source, source_name`),
  );
  await exec(
    sql.raw(`insert into spending_entries (plan_id, date, category, description, amount_ore, origin, position)
      select p.id, m::date + 27, l.category, 'Genereret forbrug ' || l.category,
             (l.amount_ore / 12) * (90 + (p.n * 7 + extract(month from m)::int * 3 + l.position) % 21) / 100, 'manual', l.position
      from g_plan p
      cross join generate_series(p.start_date, least(p.end_date, date '2024-12-31'), interval '1 month') m
      join g_line l on l.plan_id = p.id and l.year = extract(year from m)::int`),
  );
  await exec(sql`drop table g_plan, g_line`);
}

/** Rows per table and a checksum of their content: the same seed and scale give the same both. */
async function countAndChecksum(tx: Tx): Promise<{ counts: Record<string, number>; checksum: string }> {
  const [row] = await queryRows<Record<string, string | number>>(
    tx,
    sql.raw(`select
      (select count(*) from municipalities) as municipalities,
      (select count(*) from departments) as departments,
      (select count(*) from statutory_areas) as statutory_areas,
      (select count(*) from area_statistics) as area_statistics,
      (select count(*) from plans) as plans,
      (select count(*) from activities) as activities,
      (select count(*) from indicators) as indicators,
      (select count(*) from indicator_targets) as indicator_targets,
      (select count(*) from participants) as participants,
      (select count(*) from activity_sessions) as sessions,
      (select count(*) from activity_sessions where open_count is not null) as open_sessions,
      (select count(*) from attendances) as attendances,
      (select count(*) from enrolments) as enrolments,
      (select count(*) from budget_lines) as budget_lines,
      (select count(*) from budget_line_financings) as budget_line_financings,
      (select count(*) from spending_entries) as spending_entries,
      (select sum(value * (year - 2000))::text from area_statistics) as s_statistics,
      (select sum(get_byte(uuid_send(session_id), 0) * 256 + get_byte(uuid_send(participant_id), 1))::text from attendances) as s_attendances,
      (select sum(amount_ore)::text from budget_lines) as s_budget,
      (select sum(amount_ore)::text from spending_entries) as s_spending,
      (select sum(extract(epoch from date)::bigint % 1000003)::text from activity_sessions) as s_sessions`),
  );
  const counts: Record<string, number> = {};
  const sums: Record<string, string> = {};
  for (const [k, v] of Object.entries(row ?? {})) {
    if (k.startsWith('s_')) sums[k] = String(v);
    else counts[k] = Number(v);
  }
  const checksum = createHash('sha256').update(JSON.stringify({ counts, sums })).digest('hex').slice(0, 16);
  return { counts, checksum };
}
