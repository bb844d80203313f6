import { sql } from 'drizzle-orm';
import { type Db, type Executor, queryRows, type Tx } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { parseIntegerCell, parseNumberCell } from '../../tabular/cells';
import { mapHeader, mapRow } from '../../tabular/column-mapping';
import { ProblemList } from '../../tabular/problem-list';
import { streamTable } from '../../tabular/table-stream';
import type { Actor } from '../audit/with-audit';
import { withBulkAudit } from '../audit/with-bulk-audit';
import type { ImportFile, ImportProgress } from '../registrations/import-attendance';
import type { ImportResult } from '../tabular/import-result';
import { PREVIEW_ROWS } from '../tabular/import-result';
import { AREA_STATISTICS_COLUMNS, FIGURE_COLUMNS } from './area-statistics-columns';

export interface AreaStatisticsImport extends ImportResult {
  /** Figures the file holds (one per filled figure cell). */
  figureCount: number;
}

interface Figure {
  scope: 'statutoryArea' | 'department';
  statutory_area_id: string | null;
  department_id: string | null;
  indicator: (typeof FIGURE_COLUMNS)[number]['indicator'];
  year: number;
  value: number;
  reference_period: string | null;
  source: string;
}

/** Figures per statement: bounded, whatever the file's length. */
const FIGURE_BATCH = 5000;
const FIRST_YEAR = 1990;

const labelOf = (key: string) => AREA_STATISTICS_COLUMNS.find((c) => c.key === key)?.label ?? key;
const norm = (s: string) => s.trim().toLowerCase();

/**
 * Yearly area statistics from a spreadsheet: every row checked (known area and afdeling, a year,
 * numbers, shares within 0–100), then — on commit, and only when nothing is wrong — every figure
 * written in one transaction under one audit event, replacing the same area's figure of the same
 * year. `municipalityId` limits the file to one municipality's areas (the coordinator's import).
 *
 * The file streams (issue #13 item 13, decision 021): a commit writes each batch of figures as
 * it is read, inside the one transaction, and rolls all of it back when any row has a problem;
 * the only per-row state kept is a number per (area or afdeling, year) to find a row given twice.
 */
export async function importAreaStatistics(
  db: Db,
  actor: Actor,
  input: {
    file: ImportFile;
    mapping?: Record<string, string>;
    commit: boolean;
    municipalityId?: string;
    onProgress?: (progress: ImportProgress) => void;
  },
): Promise<AreaStatisticsImport> {
  if (!input.commit) return readAndWrite(db, input, null);
  return withBulkAudit(
    db,
    actor,
    { name: 'importAreaStatistics', municipalityId: input.municipalityId ?? null },
    ['area_statistics'],
    async (tx) => {
      const result = await readAndWrite(tx, input, tx);
      if (result.problemCount > 0)
        throw new AppError('IMPORT_INVALID', {
          problems: result.problems,
          problemCount: result.problemCount,
        });
      return { ...result, committed: true };
    },
    (result) => ({ rows: result.rowCount, figures: result.figureCount }),
  );
}

async function readAndWrite(
  db: Executor,
  input: {
    file: ImportFile;
    mapping?: Record<string, string>;
    municipalityId?: string;
    onProgress?: (progress: ImportProgress) => void;
  },
  /** The transaction to write in; null for a preview (nothing written). */
  tx: Tx | null,
): Promise<AreaStatisticsImport> {
  const table = await streamTable(input.file.source, input.file.format);
  const header = mapHeader(table.columns, AREA_STATISTICS_COLUMNS, input.mapping ?? {});
  const problems = new ProblemList();
  problems.addAll(header.problems);
  const column = (key: string) => header.mapping[key] ?? labelOf(key);

  const areas = await db
    .select({
      id: t.statutoryAreas.id,
      name: t.statutoryAreas.name,
      municipalityId: t.statutoryAreas.municipalityId,
    })
    .from(t.statutoryAreas);
  const byName = new Map(areas.map((a) => [norm(a.name), a]));
  const members = await queryRows<{ areaId: string; id: string; slug: string; name: string }>(
    db,
    sql`select m.area_id as "areaId", d.id, d.slug, d.name
        from statutory_area_departments m join departments d on d.id = m.department_id`,
  );
  // An afdeling is found by its area and its name or slug.
  const memberOf = new Map<string, string>();
  for (const m of members) {
    memberOf.set(`${m.areaId}|${norm(m.name)}`, m.id);
    memberOf.set(`${m.areaId}|${m.slug}`, m.id);
  }
  // A compact number per subject (area or afdeling), so "(subject, year) seen in row n" is a
  // Map of numbers rather than of strings.
  const subjectIndex = new Map<string, number>();
  const indexOf = (id: string) => {
    let n = subjectIndex.get(id);
    if (n === undefined) {
      n = subjectIndex.size;
      subjectIndex.set(id, n);
    }
    return n;
  };
  const seen = new Map<number, number>();
  const lastYear = new Date().getFullYear() + 1;
  const preview: { row: number; values: Record<string, string> }[] = [];
  let rowCount = 0;
  let figureCount = 0;
  let batch: Figure[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const json = JSON.stringify(batch);
    batch = [];
    if (tx && problems.empty) await writeFigures(tx, json);
    input.onProgress?.({ rows: rowCount, share: table.bytesRead() / (table.totalBytes || 1), step: 'læser' });
  };
  const fileOk = !header.problems.some((p) => p.row === null);

  for await (const { row: rowNumber, values: raw } of table.rows) {
    rowCount++;
    const v = mapRow(raw, header.mapping);
    if (preview.length < PREVIEW_ROWS) preview.push({ row: rowNumber, values: v });
    if (!fileOk) continue;
    const problem = (key: string | null, message: string) =>
      problems.add({ row: rowNumber, column: key === null ? null : column(key), message });
    const areaName = (v.area ?? '').trim();
    const area = byName.get(norm(areaName));
    if (!areaName) problem('area', 'Områdets navn mangler.');
    else if (!area) problem('area', `Ukendt boligområde »${areaName}«. Opret området, eller ret navnet.`);
    else if (input.municipalityId && area.municipalityId !== input.municipalityId)
      problem('area', `Boligområdet »${areaName}« hører til en anden kommune.`);
    const year = parseIntegerCell(v.year ?? '');
    const yearOk = year !== undefined && year >= FIRST_YEAR && year <= lastYear;
    if (!yearOk) problem('year', `Året skal være et helt tal mellem ${FIRST_YEAR} og ${lastYear}.`);
    let subject: { scope: Figure['scope']; id: string } | null = area
      ? { scope: 'statutoryArea', id: area.id }
      : null;
    const departmentName = (v.department ?? '').trim();
    if (departmentName && area) {
      const d = memberOf.get(`${area.id}|${norm(departmentName)}`);
      if (!d) problem('department', `Afdelingen »${departmentName}« hører ikke til ${area.name}.`);
      subject = d ? { scope: 'department', id: d } : null;
    }
    const source = (v.source ?? '').trim();
    if (!source) problem('source', 'Kilden mangler.');
    let filled = 0;
    for (const c of FIGURE_COLUMNS) {
      const text = (v[c.key] ?? '').trim();
      if (!text) continue;
      filled++;
      const value = c.kind === 'count' ? parseIntegerCell(text) : parseNumberCell(text);
      if (value === undefined) {
        problem(c.key, c.kind === 'count' ? `»${text}« er ikke et helt tal.` : `»${text}« er ikke et tal.`);
        continue;
      }
      if (value < 0) problem(c.key, 'Tallet må ikke være negativt.');
      else if (c.kind === 'share' && value > 100) problem(c.key, 'En andel kan højst være 100 %.');
      else if (subject && yearOk && source) {
        figureCount++;
        // Once a problem is found nothing more is written: the transaction is rolled back anyway.
        if (tx && problems.empty)
          batch.push({
            scope: subject.scope,
            statutory_area_id: subject.scope === 'statutoryArea' ? subject.id : null,
            department_id: subject.scope === 'department' ? subject.id : null,
            indicator: c.indicator,
            year: year as number,
            value,
            reference_period: (v.referencePeriod ?? '').trim() || null,
            source,
          });
      }
    }
    if (filled === 0) problem(null, 'Rækken har ingen tal.');
    if (subject && yearOk) {
      const k = indexOf(subject.id) * 256 + ((year as number) - FIRST_YEAR);
      const earlier = seen.get(k);
      if (earlier !== undefined) problem('year', `Samme område/afdeling og år står også i række ${earlier}.`);
      else seen.set(k, rowNumber);
    }
    if (batch.length >= FIGURE_BATCH) await flush();
  }
  await flush();
  problems.addCounted(table.problems.list(), table.problems.count);
  return {
    committed: false,
    rowCount,
    columns: table.columns,
    mapping: header.mapping,
    preview,
    problems: problems.list(),
    problemCount: problems.count,
    figureCount,
  };
}

/**
 * One batch of figures: the same subject's figure of the same year and indicator is replaced (the
 * deletes and the insert of one statement see the table as it was before it). A file never gives
 * a (subject, year) twice (that is a problem), so a batch never replaces what an earlier batch of
 * the same import wrote.
 */
async function writeFigures(tx: Tx, json: string): Promise<void> {
  await tx.execute(sql`
    with f as (
      select * from json_to_recordset(${json}::json) as x(
        scope text, statutory_area_id uuid, department_id uuid, indicator text, year int,
        value numeric, reference_period text, source text)
    ), area_gone as (
      delete from area_statistics s using f
      where f.scope = 'statutoryArea' and s.scope = f.scope and s.statutory_area_id = f.statutory_area_id
        and s.indicator = f.indicator and s.year = f.year
    ), department_gone as (
      delete from area_statistics s using f
      where f.scope = 'department' and s.scope = f.scope and s.department_id = f.department_id
        and s.indicator = f.indicator and s.year = f.year
    )
    insert into area_statistics (scope, statutory_area_id, department_id, indicator, year, value,
                                 reference_period, source)
    select scope, statutory_area_id, department_id, indicator, year, value, reference_period, source
    from f`);
}
