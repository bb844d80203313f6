import { randomUUID } from 'node:crypto';
import { eq, type SQL, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type Db, queryRows, type Tx } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { ATTENDANCE_COLUMNS, ageBandOf, genderOf } from '../../domain/monitoring/attendance-columns';
import { parseDateCell, parseIntegerCell, parseNumberCell } from '../../tabular/cells';
import { mapHeader, mapRow } from '../../tabular/column-mapping';
import type { ImportProblem } from '../../tabular/import-problem';
import { MAX_LISTED_PROBLEMS, ProblemList } from '../../tabular/problem-list';
import { streamTable, type TableFormat, type TableSource } from '../../tabular/table-stream';
import type { Actor } from '../audit/with-audit';
import { withBulkAudit } from '../audit/with-bulk-audit';
import { findPlanRef } from '../plan-rows/parents';
import { loadPlanPeriod } from '../plans/plan-period';
import { type ImportResult, importResultSchema, PREVIEW_ROWS } from '../tabular/import-result';
import { type ImportQuery, importQuery, mappingOf, uploadedSource } from '../tabular/uploads';
import { dateProblem } from './session-context';

/** The shared import query, plus `dryRun` (true: preview; false: commit), which wins over `commit`. */
export const attendanceImportQuery = importQuery.extend({
  dryRun: z
    .enum(['true', 'false'])
    .optional()
    .describe('true: forhåndsvisning, intet gemmes; false: gem alt eller intet (som commit=true)'),
});

export const attendanceImportSummary = z.object({
  rows: z.number().int(),
  sessions: z.number().int(),
  attendances: z.number().int(),
  newParticipants: z.number().int(),
  /** Head counts of open events, added up. */
  openCount: z.number().int(),
  volunteerHours: z.number(),
});
export const attendanceImportResult = importResultSchema.extend({ summary: attendanceImportSummary });
export type AttendanceImportResult = ImportResult & { summary: z.infer<typeof attendanceImportSummary> };

/** How far an import has come: rows read, the share of the file read, and the step. */
export interface ImportProgress {
  rows: number;
  share: number;
  step: string;
}

/** The file of an import: where its bytes are, and whether they are CSV or XLSX. */
export interface ImportFile {
  source: TableSource;
  format: TableFormat;
}

/** Rows per statement into the staging table: bounded, so one batch is a few hundred kB. */
export const STAGING_BATCH = 5000;
/** The tables a committed import writes; audited by its one event (withBulkAudit), not per row. */
const WRITTEN_TABLES = ['participants', 'activity_sessions', 'attendances', 'session_volunteers'];
/** An afdeling-less session's key in the staging table (a session groups on it). */
const NO_DEPARTMENT = '00000000-0000-0000-0000-000000000000';

const key = (text: string) => text.trim().toLocaleLowerCase('da');

/** A preview's transaction is rolled back with this, carrying the result out. */
class PreviewDone extends Error {
  constructor(readonly result: AttendanceImportResult) {
    super('preview');
  }
}

/**
 * Imports attendance from CSV/XLSX, one row per fremmøde (docs/attendance-import.md). Rows with
 * the same date, activity, afdeling and place form one session. Every problem names its row and
 * column; a commit with any problem writes nothing (422).
 *
 * The file streams (issue #13 item 13, decision 021): each row is checked as it is read against
 * the plan's activities, afdelinger and volunteers, and the good rows go in batches into a staging
 * table of the transaction. What needs all rows — sessions, codes of other plans, the same
 * participant twice in a session, a volunteer's hours — is then found by SQL over the staging
 * table, and a commit writes sessions, participants, attendances and volunteer hours with
 * INSERT … SELECT. Memory stays flat however long the file; a preview rolls the staging back.
 */
export async function importAttendance(
  db: Db,
  actor: Actor,
  input: { plan: string; request: FastifyRequest },
): Promise<AttendanceImportResult> {
  const query = input.request.query as ImportQuery & { dryRun?: 'true' | 'false' };
  const plan = await findPlanRef(db, input.plan);
  if (!plan) throw new AppError('PLAN_NOT_FOUND');
  return importAttendanceFile(db, actor, {
    plan: plan.planId,
    commit: query.dryRun !== undefined ? query.dryRun === 'false' : query.commit,
    mapping: mappingOf(query),
    file: await uploadedSource(input.request),
  });
}

/**
 * The same use case on a file at hand (the CLI `import-attendance`, the benchmarks); commit false
 * is the preview. `onProgress` hears of every batch.
 */
export async function importAttendanceFile(
  db: Db,
  actor: Actor,
  input: {
    plan: string;
    commit: boolean;
    mapping?: Record<string, string>;
    file: ImportFile;
    onProgress?: (progress: ImportProgress) => void;
  },
): Promise<AttendanceImportResult> {
  const plan = await findPlanRef(db, input.plan);
  if (!plan) throw new AppError('PLAN_NOT_FOUND');
  const planId = plan.planId;
  if (!input.commit) {
    try {
      await db.transaction(async (tx) => {
        throw new PreviewDone(await stageAndCheck(tx, planId, input));
      });
    } catch (error) {
      if (error instanceof PreviewDone) return error.result;
      throw error;
    }
    throw new Error('unreachable');
  }
  // A commit checks and writes in one transaction: a code erased or taken by another plan
  // meanwhile cannot slip in between the check and the write. Any problem rolls everything back.
  return withBulkAudit(
    db,
    actor,
    { name: 'importAttendance', planId },
    WRITTEN_TABLES,
    async (tx) => {
      const result = await stageAndCheck(tx, planId, input);
      if (result.problemCount > 0)
        throw new AppError('IMPORT_INVALID', {
          problems: result.problems,
          problemCount: result.problemCount,
        });
      input.onProgress?.({ rows: result.rowCount, share: 1, step: 'gemmer' });
      await writeStaged(tx, planId);
      return { ...result, committed: true };
    },
    (result) => ({ ...result.summary, fileRows: result.rowCount }),
  );
}

interface StagedRow {
  row: number;
  date: string;
  activity: string;
  department: string;
  place: string | null;
  place_key: string;
  code: string | null;
  age_band: string | null;
  gender: string | null;
  count: number | null;
  volunteer: string | null;
  hours: number | null;
}

/** Reads every row into the staging table and checks the whole; the result of a preview. */
async function stageAndCheck(
  tx: Tx,
  planId: string,
  input: {
    mapping?: Record<string, string>;
    file: ImportFile;
    onProgress?: (progress: ImportProgress) => void;
  },
): Promise<AttendanceImportResult> {
  const table = await streamTable(input.file.source, input.file.format);
  const header = mapHeader(table.columns, ATTENDANCE_COLUMNS, input.mapping ?? {});
  const problems = new ProblemList();
  problems.addAll(header.problems);
  const columnOf = (k: string) =>
    header.mapping[k] ?? ATTENDANCE_COLUMNS.find((c) => c.key === k)?.label ?? k;
  const problem = (row: number, column: string | null, message: string) =>
    problems.add({ row, column: column === null ? null : columnOf(column), message });

  const planPeriod = await loadPlanPeriod(tx, planId);
  const activities = await tx
    .select({
      id: t.activities.id,
      name: t.activities.name,
      start: t.activities.startDate,
      end: t.activities.endDate,
    })
    .from(t.activities)
    .where(eq(t.activities.planId, planId));
  const activityByName = new Map(activities.map((a) => [key(a.name), a]));
  const ambiguous = new Set(
    activities.map((a) => key(a.name)).filter((name, i, all) => all.indexOf(name) !== i),
  );
  const departments = await tx
    .select({ id: t.departments.id, name: t.departments.name, slug: t.departments.slug })
    .from(t.planDepartments)
    .innerJoin(t.departments, eq(t.departments.id, t.planDepartments.departmentId))
    .where(eq(t.planDepartments.planId, planId));
  const departmentByName = new Map(
    departments.flatMap((d) => [[key(d.name), d.id] as const, [key(d.slug), d.id] as const]),
  );
  const volunteerRows = await tx
    .select({ id: t.volunteers.id, code: t.volunteers.code, name: t.volunteers.name })
    .from(t.volunteers)
    .where(eq(t.volunteers.planId, planId));
  const volunteerByName = new Map(
    volunteerRows.flatMap((v) => [
      [key(v.code), v.id] as const,
      ...(v.name ? [[key(v.name), v.id] as const] : []),
    ]),
  );

  await tx.execute(sql`
    create temp table import_rows (
      row integer not null,
      date date not null,
      activity uuid not null,
      department uuid not null,
      place text,
      place_key text not null,
      code text,
      age_band text,
      gender text,
      count integer,
      volunteer uuid,
      hours numeric
    ) on commit drop`);

  const preview: { row: number; values: Record<string, string> }[] = [];
  let rowCount = 0;
  let batch: StagedRow[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const json = JSON.stringify(batch);
    batch = [];
    await tx.execute(sql`
      insert into import_rows
      select * from json_populate_recordset(null::import_rows, ${json}::json)`);
    input.onProgress?.({ rows: rowCount, share: table.bytesRead() / (table.totalBytes || 1), step: 'læser' });
  };
  // Rows of a file whose columns are wrong are not read: the file's problems come first.
  const fileOk = header.problems.length === 0;
  for await (const { row, values: raw } of table.rows) {
    rowCount++;
    const values = mapRow(raw, header.mapping);
    if (preview.length < PREVIEW_ROWS) preview.push({ row, values });
    if (!fileOk) continue;
    const before = problems.count;
    const dateText = values.date ?? '';
    const date = parseDateCell(dateText);
    if (!date) problem(row, 'date', dateText.trim() ? `»${dateText}« er ikke en dato.` : 'Datoen mangler.');
    const activityText = (values.activity ?? '').trim();
    const activity = activityByName.get(key(activityText));
    if (!activityText) problem(row, 'activity', 'Indsatsen mangler.');
    else if (!activity) problem(row, 'activity', `Indsatsen »${activityText}« findes ikke i planen.`);
    else if (ambiguous.has(key(activityText)))
      problem(
        row,
        'activity',
        `Planen har flere indsatser med navnet »${activityText}«. Giv dem forskellige navne.`,
      );
    if (date && activity) {
      const wrong = dateProblem(
        { activityStart: activity.start, activityEnd: activity.end, planPeriod },
        date,
      );
      if (wrong) problem(row, 'date', wrong.message);
    }
    const departmentText = (values.department ?? '').trim();
    const departmentId = departmentText ? departmentByName.get(key(departmentText)) : null;
    if (departmentId === undefined)
      problem(row, 'department', `Afdelingen »${departmentText}« er ikke med i helhedsplanen.`);
    const place = (values.place ?? '').trim() || null;
    const code = (values.code ?? '').trim().toUpperCase() || null;
    const countText = (values.count ?? '').trim();
    let count: number | null = null;
    if (countText) {
      const n = parseIntegerCell(countText);
      if (n === undefined || n < 0 || n > 2_147_483_647)
        problem(row, 'count', `»${countText}« er ikke et antal (et helt tal, 0 eller derover).`);
      else count = n;
    }
    if (code && countText) problem(row, 'count', 'Angiv enten en deltagerkode eller et antal — ikke begge.');
    const ageText = (values.ageBand ?? '').trim();
    const ageBand = ageText ? (ageBandOf(ageText) ?? null) : null;
    if (ageText && !ageBand) problem(row, 'ageBand', `»${ageText}« er ikke en aldersgruppe.`);
    const genderText = (values.gender ?? '').trim();
    const gender = genderText ? (genderOf(genderText) ?? null) : null;
    if (genderText && !gender)
      problem(row, 'gender', `»${genderText}« er ikke et køn (pige/kvinde, dreng/mand, andet).`);
    const volunteerText = (values.volunteer ?? '').trim();
    const volunteerId = volunteerText ? (volunteerByName.get(key(volunteerText)) ?? null) : null;
    if (volunteerText && !volunteerId)
      problem(
        row,
        'volunteer',
        `Den frivillige »${volunteerText}« findes ikke i planen. Opret den frivillige først.`,
      );
    const hoursText = (values.hours ?? '').trim();
    let hours: number | null = null;
    if (hoursText) {
      const h = parseNumberCell(hoursText);
      if (h === undefined || h <= 0 || h > 24 || Math.abs(h * 100 - Math.round(h * 100)) > 1e-6)
        problem(
          row,
          'hours',
          `»${hoursText}« er ikke et antal timer (over 0, højst 24, højst to decimaler).`,
        );
      else hours = h;
      if (!volunteerText) problem(row, 'volunteer', 'Timerne mangler en frivillig.');
    } else if (volunteerText) problem(row, 'hours', 'Angiv den frivilliges timer.');
    if (!code && !countText && !volunteerText)
      problem(row, 'code', 'Angiv en deltagerkode eller et antal (eller en frivillig med timer).');
    // Only a row without problems is staged; the whole-file checks run on the good rows.
    if (problems.count === before && date && activity && departmentId !== undefined) {
      batch.push({
        row,
        date,
        activity: activity.id,
        department: departmentId ?? NO_DEPARTMENT,
        place,
        place_key: key(place ?? ''),
        code,
        age_band: ageBand,
        gender,
        count,
        volunteer: volunteerId,
        hours,
      });
      if (batch.length >= STAGING_BATCH) await flush();
    }
  }
  await flush();
  problems.addAll(table.problems.list());
  // table.problems keeps only its first 200; its count is what it found in all.
  const tableExtra = table.problems.count - table.problems.list().length;
  if (tableExtra > 0) problems.addCounted([], tableExtra);

  const columns = table.columns;
  const empty = {
    rows: rowCount,
    sessions: 0,
    attendances: 0,
    newParticipants: 0,
    openCount: 0,
    volunteerHours: 0,
  };
  const result = (summary: AttendanceImportResult['summary']): AttendanceImportResult => ({
    committed: false,
    rowCount,
    columns,
    mapping: header.mapping,
    preview,
    problems: problems.list(),
    problemCount: problems.count,
    summary,
  });
  if (!fileOk) return result(empty);

  input.onProgress?.({ rows: rowCount, share: 1, step: 'kontrollerer' });
  await checkStaged(tx, planId, problems, columnOf);
  const [s] = await queryRows<{
    sessions: number;
    attendances: number;
    newParticipants: number;
    openCount: number;
    volunteerHours: string | null;
  }>(
    tx,
    sql`select (select count(*)::int from import_sessions) as sessions,
               (select count(*)::int from (select distinct r.activity, r.date, r.department, r.place_key, c.participant
                                           from import_rows r join import_codes c using (code)
                                           where c.participant is not null) a) as attendances,
               (select count(*)::int from import_codes where status = 'new') as "newParticipants",
               (select coalesce(sum(count), 0)::int from import_rows) as "openCount",
               (select coalesce(sum(hours), 0)::text from import_rows) as "volunteerHours"`,
  );
  return result({
    rows: rowCount,
    sessions: Number(s?.sessions ?? 0),
    attendances: Number(s?.attendances ?? 0),
    newParticipants: Number(s?.newParticipants ?? 0),
    openCount: Number(s?.openCount ?? 0),
    volunteerHours: Math.round(Number(s?.volunteerHours ?? 0) * 100) / 100,
  });
}

/** The checks that need every row, in SQL over the staging table; problems by row and column. */
async function checkStaged(
  tx: Tx,
  planId: string,
  problems: ProblemList,
  columnOf: (key: string) => string,
): Promise<void> {
  // Sessions: rows of the same date, activity, afdeling and place; the first row names it.
  await tx.execute(sql`
    create temp table import_sessions on commit drop as
    select gen_random_uuid() as id, min(row) as row, date, activity, department, place_key,
           (array_agg(place order by row))[1] as place,
           sum(count)::int as open_count,
           coalesce(sum(count) filter (where gender = 'female'), 0)::int as open_female,
           coalesce(sum(count) filter (where gender = 'male'), 0)::int as open_male,
           bool_and(code is null and count is null) as volunteers_only
    from import_rows group by date, activity, department, place_key`);
  // Codes: this plan's (known or erased), another plan's (refused), or new (created). A code of
  // this plan wins over the same code elsewhere. A new code takes the first age band and gender
  // the file gives it.
  await tx.execute(sql`
    create temp table import_codes on commit drop as
    select c.code, c.first_row, c.age_band, c.gender,
           case when p.id is null then 'new' when p.plan_id <> ${planId}::uuid then 'other'
                when p.erased then 'erased' else 'known' end as status,
           case when p.id is null then gen_random_uuid()
                when p.plan_id = ${planId}::uuid and not p.erased then p.id end as participant
    from (select code, min(row) as first_row,
                 (array_agg(age_band order by row) filter (where age_band is not null))[1] as age_band,
                 (array_agg(gender order by row) filter (where gender is not null))[1] as gender
          from import_rows where code is not null group by code) c
    left join lateral (
      select id, plan_id, erased_at is not null as erased from participants
      where upper(code) = c.code order by plan_id = ${planId}::uuid desc limit 1
    ) p on true`);
  await tx.execute(sql`analyze import_rows`);

  const found = async (query: SQL) => {
    const rows = await queryRows<{ row: number; col: string | null; message: string; total: number }>(
      tx,
      sql`select row, col, message, count(*) over ()::int as total from (${query}) q
          order by row limit ${MAX_LISTED_PROBLEMS}`,
    );
    const listed: ImportProblem[] = rows.map((r) => ({
      row: r.row,
      column: r.col === null ? null : columnOf(r.col),
      message: r.message,
    }));
    problems.addCounted(listed, rows[0]?.total ?? 0);
  };
  await found(sql`
    select r.row, 'code' as col,
           case c.status when 'other' then 'Deltagerkoden hører til en anden helhedsplan.'
                else 'Deltageren er slettet efter anmodning og kan ikke registreres igen.' end as message
    from import_rows r join import_codes c using (code) where c.status in ('other', 'erased')`);
  await found(sql`
    select r.row, 'ageBand' as col,
           'Aldersgruppen afviger fra række ' || c.first_row || ' for samme deltagerkode.' as message
    from import_rows r join import_codes c using (code)
    where c.status = 'new' and r.age_band is not null and r.age_band <> c.age_band`);
  await found(sql`
    select r.row, 'gender' as col,
           'Kønnet afviger fra række ' || c.first_row || ' for samme deltagerkode.' as message
    from import_rows r join import_codes c using (code)
    where c.status = 'new' and r.gender is not null and r.gender <> c.gender`);
  await found(sql`
    select row, 'code' as col,
           'Deltageren står allerede i række ' || first || ' for samme aktivitetsgang.' as message
    from (select r.row, min(r.row) over w as first, row_number() over w as n
          from import_rows r join import_codes c using (code)
          where c.participant is not null
          window w as (partition by r.date, r.activity, r.department, r.place_key, c.participant order by r.row)) d
    where n > 1`);
  await found(sql`
    select row, 'hours' as col,
           'Den frivilliges timer for samme aktivitetsgang er tilsammen over 24.' as message
    from (select row, sum(hours) over (partition by date, activity, department, place_key, volunteer
                                       order by row rows between unbounded preceding and current row) as total
          from import_rows where volunteer is not null) v
    where total > 24`);
  await found(sql`
    select row, null as col,
           'Aktivitetsgangen har hverken deltagere eller et antal — kun frivillige.' as message
    from import_sessions where volunteers_only`);
}

/** Writes what the staging table holds: set-based, a handful of statements for any row count. */
async function writeStaged(tx: Tx, planId: string): Promise<void> {
  const importId = randomUUID();
  await tx.execute(sql`
    insert into participants (id, plan_id, code, age_band, gender)
    select participant, ${planId}::uuid, code, age_band, gender from import_codes where status = 'new'`);
  await tx.execute(sql`
    insert into activity_sessions (id, plan_id, activity_id, date, department_id, place,
                                   open_count, open_female, open_male, import_id)
    select id, ${planId}::uuid, activity, date, nullif(department, ${NO_DEPARTMENT}::uuid), place,
           open_count,
           case when open_count is null then null else nullif(open_female, 0) end,
           case when open_count is null then null else nullif(open_male, 0) end,
           ${importId}::uuid
    from import_sessions`);
  await tx.execute(sql`
    insert into attendances (session_id, participant_id, plan_id)
    select distinct s.id, c.participant, ${planId}::uuid
    from import_rows r
    join import_codes c using (code)
    join import_sessions s using (date, activity, department, place_key)
    where c.participant is not null`);
  await tx.execute(sql`
    insert into session_volunteers (session_id, volunteer_id, hours, plan_id)
    select s.id, r.volunteer, sum(r.hours), ${planId}::uuid
    from import_rows r join import_sessions s using (date, activity, department, place_key)
    where r.volunteer is not null
    group by s.id, r.volunteer`);
}
