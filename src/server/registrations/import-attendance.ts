import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type Db, type Executor, queryRows, type Tx } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { ATTENDANCE_COLUMNS, ageBandOf, genderOf } from '../../domain/monitoring/attendance-columns';
import type { AgeBand, Gender } from '../../domain/participants/participant';
import { parseDateCell, parseIntegerCell, parseNumberCell } from '../../tabular/cells';
import { mapColumns } from '../../tabular/column-mapping';
import type { ImportProblem } from '../../tabular/import-problem';
import type { Table } from '../../tabular/read-table';
import { type Actor, withAudit } from '../audit/with-audit';
import { findPlanRef } from '../plan-rows/parents';
import { loadPlanPeriod } from '../plans/plan-period';
import {
  type ImportResult,
  importResult,
  importResultSchema,
  type ReadImport,
  refuseImportWithProblems,
} from '../tabular/import-result';
import { type ImportQuery, importQuery, mappingOf, uploadedTable } from '../tabular/uploads';
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

interface PlannedSession {
  id: string;
  row: number;
  date: string;
  activityId: string;
  departmentId: string | null;
  place: string | null;
  participants: Map<string, number>;
  openCount: number | null;
  openFemale: number;
  openMale: number;
  volunteers: Map<string, number>;
  /** A row of it was refused: its emptiness is then no problem of its own. */
  refused: boolean;
}

interface NewParticipant {
  id: string;
  code: string;
  row: number;
  ageBand: AgeBand | null;
  gender: Gender | null;
}

const key = (text: string) => text.trim().toLocaleLowerCase('da');
const CHUNK = 1000;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** A PostgreSQL array literal, bound as one parameter (the values never reach the SQL text). */
function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
}

/**
 * Imports attendance from CSV/XLSX, one row per fremmøde (docs/attendance-import.md). Rows with
 * the same date, activity, afdeling and place form one session. Every problem names its row and
 * column; a commit with any problem writes nothing (422). A commit writes everything in one
 * audited transaction with multi-row inserts — a few statements per thousand rows, never one per
 * row — so 100,000 rows go in one go.
 */
export async function importAttendance(
  db: Db,
  actor: Actor,
  input: { plan: string; request: FastifyRequest },
): Promise<AttendanceImportResult> {
  const query = input.request.query as ImportQuery & { dryRun?: 'true' | 'false' };
  return importAttendanceTable(db, actor, {
    plan: input.plan,
    commit: query.dryRun !== undefined ? query.dryRun === 'false' : query.commit,
    mapping: mappingOf(query),
    table: () => uploadedTable(input.request),
  });
}

/**
 * The same use case on a file already at hand (the CLI `import-attendance`, the benchmark): the
 * table, or a function reading it once the plan is found; commit false is the preview.
 */
export async function importAttendanceTable(
  db: Db,
  actor: Actor,
  input: {
    plan: string;
    commit: boolean;
    mapping?: Record<string, string>;
    table: Table | (() => Promise<Table>);
  },
): Promise<AttendanceImportResult> {
  const plan = await findPlanRef(db, input.plan);
  if (!plan) throw new AppError('PLAN_NOT_FOUND');
  const planId = plan.planId;
  if (!input.commit) return (await prepareImport(db, planId, input)).result;
  // A commit checks and writes in one transaction: a code erased or taken by another plan
  // meanwhile cannot slip in between the check and the write.
  return withAudit(db, actor, { name: 'importAttendance', planId }, async (tx) => {
    const prepared = await prepareImport(tx, planId, input);
    refuseImportWithProblems(prepared.problems);
    await writeImport(tx, planId, prepared.sessions, prepared.newParticipants);
    return prepared.result;
  });
}

/** Reads, maps and checks every row, and plans the sessions and new participants to write. */
async function prepareImport(
  db: Executor,
  planId: string,
  input: { commit: boolean; mapping?: Record<string, string>; table: Table | (() => Promise<Table>) },
): Promise<{
  result: AttendanceImportResult;
  problems: ImportProblem[];
  sessions: PlannedSession[];
  newParticipants: NewParticipant[];
}> {
  const commit = input.commit;
  const table = typeof input.table === 'function' ? await input.table() : input.table;
  const mapped = mapColumns(table, ATTENDANCE_COLUMNS, input.mapping ?? {});
  const read: ReadImport = { commit, table, mapped };
  const problems: ImportProblem[] = [...mapped.problems];
  const header = (k: string) => mapped.mapping[k] ?? ATTENDANCE_COLUMNS.find((c) => c.key === k)?.label ?? k;
  const problem = (row: number, column: string | null, message: string) =>
    problems.push({ row, column: column === null ? null : header(column), message });

  const planPeriod = await loadPlanPeriod(db, planId);
  const activities = await db
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
  const departments = await db
    .select({ id: t.departments.id, name: t.departments.name, slug: t.departments.slug })
    .from(t.planDepartments)
    .innerJoin(t.departments, eq(t.departments.id, t.planDepartments.departmentId))
    .where(eq(t.planDepartments.planId, planId));
  const departmentByName = new Map(
    departments.flatMap((d) => [[key(d.name), d.id] as const, [key(d.slug), d.id] as const]),
  );
  const volunteerRows = await db
    .select({ id: t.volunteers.id, code: t.volunteers.code, name: t.volunteers.name })
    .from(t.volunteers)
    .where(eq(t.volunteers.planId, planId));
  const volunteerByName = new Map(
    volunteerRows.flatMap((v) => [
      [key(v.code), v.id] as const,
      ...(v.name ? [[key(v.name), v.id] as const] : []),
    ]),
  );

  const sessions = new Map<string, PlannedSession>();
  const newParticipants = new Map<string, NewParticipant>();
  let attendanceCount = 0;
  let openTotal = 0;
  let hoursTotal = 0;

  if (mapped.problems.length === 0) {
    // Pass 1: every cell read and checked; codes collected to look them up in one query.
    const parsed: {
      row: number;
      sessionKey: string;
      session: Omit<
        PlannedSession,
        'participants' | 'volunteers' | 'openCount' | 'openFemale' | 'openMale' | 'id' | 'refused'
      >;
      code: string | null;
      ageBand: AgeBand | null;
      gender: Gender | null;
      count: number | null;
      volunteerId: string | null;
      hours: number | null;
    }[] = [];
    const codes = new Set<string>();
    for (const { row, values } of mapped.rows) {
      const before = problems.length;
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
        if (n === undefined || n < 0)
          problem(row, 'count', `»${countText}« er ikke et antal (et helt tal, 0 eller derover).`);
        else count = n;
      }
      if (code && countText)
        problem(row, 'count', 'Angiv enten en deltagerkode eller et antal — ikke begge.');
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
      if (code) codes.add(code);
      if (problems.length === before && date && activity && departmentId !== undefined) {
        const sessionKey = `${date}|${activity.id}|${departmentId ?? ''}|${key(place ?? '')}`;
        parsed.push({
          row,
          sessionKey,
          session: { row, date, activityId: activity.id, departmentId, place },
          code,
          ageBand,
          gender,
          count,
          volunteerId,
          hours,
        });
      }
    }

    // Codes: this plan's (known or erased), another plan's (refused), or new (created).
    const known = new Map<string, { id: string; planId: string; erased: boolean }>();
    for (const chunk of chunks([...codes], 5000)) {
      const rows = await queryRows<{ id: string; planId: string; code: string; erased: boolean }>(
        db,
        sql`select id, plan_id as "planId", upper(code) as code, erased_at is not null as erased
            from participants where upper(code) = any(${arrayLiteral(chunk)}::text[])`,
      );
      for (const r of rows) {
        // A code of this plan wins over the same code elsewhere.
        if (!known.has(r.code) || r.planId === planId) known.set(r.code, r);
      }
    }

    // Pass 2: rows into sessions.
    for (const p of parsed) {
      let session = sessions.get(p.sessionKey);
      if (!session) {
        session = {
          ...p.session,
          id: randomUUID(),
          participants: new Map(),
          openCount: null,
          openFemale: 0,
          openMale: 0,
          volunteers: new Map(),
          refused: false,
        };
        sessions.set(p.sessionKey, session);
      }
      if (p.code) {
        const existing = known.get(p.code);
        let participantId: string | undefined;
        if (existing && existing.planId !== planId)
          problem(p.row, 'code', 'Deltagerkoden hører til en anden helhedsplan.');
        else if (existing?.erased)
          problem(p.row, 'code', 'Deltageren er slettet efter anmodning og kan ikke registreres igen.');
        else if (existing) participantId = existing.id;
        else {
          let created = newParticipants.get(p.code);
          if (!created) {
            created = { id: randomUUID(), code: p.code, row: p.row, ageBand: p.ageBand, gender: p.gender };
            newParticipants.set(p.code, created);
          } else {
            if (p.ageBand && created.ageBand && p.ageBand !== created.ageBand)
              problem(
                p.row,
                'ageBand',
                `Aldersgruppen afviger fra række ${created.row} for samme deltagerkode.`,
              );
            if (p.gender && created.gender && p.gender !== created.gender)
              problem(p.row, 'gender', `Kønnet afviger fra række ${created.row} for samme deltagerkode.`);
            created.ageBand ??= p.ageBand;
            created.gender ??= p.gender;
          }
          participantId = created.id;
        }
        if (!participantId) session.refused = true;
        else {
          const first = session.participants.get(participantId);
          if (first !== undefined)
            problem(p.row, 'code', `Deltageren står allerede i række ${first} for samme aktivitetsgang.`);
          else {
            session.participants.set(participantId, p.row);
            attendanceCount++;
          }
        }
      }
      if (p.count !== null) {
        session.openCount = (session.openCount ?? 0) + p.count;
        if (p.gender === 'female') session.openFemale += p.count;
        if (p.gender === 'male') session.openMale += p.count;
        openTotal += p.count;
      }
      if (p.volunteerId && p.hours !== null) {
        const hours = (session.volunteers.get(p.volunteerId) ?? 0) + p.hours;
        if (hours > 24)
          problem(p.row, 'hours', 'Den frivilliges timer for samme aktivitetsgang er tilsammen over 24.');
        session.volunteers.set(p.volunteerId, hours);
        hoursTotal += p.hours;
      }
    }
    for (const session of sessions.values()) {
      if (session.participants.size === 0 && session.openCount === null && !session.refused) {
        problem(session.row, null, 'Aktivitetsgangen har hverken deltagere eller et antal — kun frivillige.');
      }
    }
    problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  }

  const summary = {
    rows: mapped.rows.length,
    sessions: sessions.size,
    attendances: attendanceCount,
    newParticipants: newParticipants.size,
    openCount: openTotal,
    volunteerHours: Math.round(hoursTotal * 100) / 100,
  };
  return {
    result: { ...importResult(read, problems, commit), summary },
    problems,
    sessions: [...sessions.values()],
    newParticipants: [...newParticipants.values()],
  };
}

async function writeImport(
  tx: Tx,
  planId: string,
  sessions: readonly PlannedSession[],
  newParticipants: readonly NewParticipant[],
): Promise<void> {
  const importId = randomUUID();
  for (const chunk of chunks(newParticipants, CHUNK)) {
    await tx
      .insert(t.participants)
      .values(chunk.map((p) => ({ id: p.id, planId, code: p.code, ageBand: p.ageBand, gender: p.gender })));
  }
  for (const chunk of chunks(sessions, CHUNK)) {
    await tx.insert(t.activitySessions).values(
      chunk.map((s) => ({
        id: s.id,
        planId,
        activityId: s.activityId,
        date: s.date,
        departmentId: s.departmentId,
        place: s.place,
        openCount: s.openCount,
        openFemale: s.openCount === null ? null : s.openFemale || null,
        openMale: s.openCount === null ? null : s.openMale || null,
        importId,
      })),
    );
  }
  // Attendances are the bulk: two uuid arrays per statement, unnested by the database.
  const sessionIds: string[] = [];
  const participantIds: string[] = [];
  for (const s of sessions) {
    for (const participantId of s.participants.keys()) {
      sessionIds.push(s.id);
      participantIds.push(participantId);
    }
  }
  for (let i = 0; i < sessionIds.length; i += 10_000) {
    await tx.execute(
      sql`insert into attendances (session_id, participant_id, plan_id)
          select s, p, ${planId}::uuid
          from unnest(${arrayLiteral(sessionIds.slice(i, i + 10_000))}::uuid[],
                      ${arrayLiteral(participantIds.slice(i, i + 10_000))}::uuid[]) as x(s, p)`,
    );
  }
  const volunteerRows = sessions.flatMap((s) =>
    [...s.volunteers.entries()].map(([volunteerId, hours]) => ({
      sessionId: s.id,
      volunteerId,
      hours,
      planId,
    })),
  );
  for (const chunk of chunks(volunteerRows, CHUNK)) await tx.insert(t.sessionVolunteers).values(chunk);
}
