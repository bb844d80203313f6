import { access } from 'node:fs/promises';
import type { Db } from '../db/client';
import { AppError } from '../domain/errors/app-error';
import { SYSTEM_CLI } from '../server/audit/with-audit';
import { type ImportProgress, importAttendanceFile } from '../server/registrations/import-attendance';
import type { ImportProblem } from '../tabular/import-problem';
import { tableFormatOf } from '../tabular/read-table';
import { ImportRefused } from './import-stats-command';
import { type ProgressLine, progressLine } from './progress-line';

export interface ImportAttendanceOptions {
  /** The plan's slug (or id). */
  plan: string;
  /** JSON: expected column key → the file's header. */
  mapping?: string;
  dryRun?: boolean;
  /** A progress bar on stderr (the binary); tests leave it out. */
  progress?: ProgressLine;
}

const number = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });

/** Progress of an import as the CLI's progress line shows it: the share of the file read. */
export function importProgressTo(line: ProgressLine | undefined) {
  return line
    ? (p: ImportProgress) => line.update(Math.round(p.share * 1000), 1000, p.step, p.rows)
    : undefined;
}

/**
 * `helhedsplan import-attendance FILE --plan SLUG`: attendance (fremmøde) from CSV or XLSX in the
 * columns of docs/attendance-import.md, through the same use case as the API — all rows or none.
 * The file is read as a stream, never whole (issue #13 item 13).
 */
export async function importAttendanceCommand(
  db: Db,
  file: string,
  options: ImportAttendanceOptions,
): Promise<string> {
  try {
    await access(file);
  } catch {
    throw new Error(`Filen »${file}« kan ikke læses.`);
  }
  const format = tableFormatOf(file);
  if (!format) throw new Error(`Filen »${file}« er hverken CSV eller XLSX (.csv, .xlsx).`);
  let mapping: Record<string, string> | undefined;
  if (options.mapping) {
    try {
      mapping = JSON.parse(options.mapping);
    } catch {
      throw new Error('--mapping skal være JSON, fx {"code": "Kode"}.');
    }
  }
  try {
    const result = await importAttendanceFile(db, SYSTEM_CLI, {
      plan: options.plan,
      commit: !options.dryRun,
      mapping,
      file: { source: { path: file }, format },
      onProgress: importProgressTo(options.progress),
    });
    options.progress?.finish();
    if (result.problems.length > 0) throw new ImportRefused(result.problems, result.problemCount);
    const s = result.summary;
    const what = [
      `${number.format(s.rows)} rækker`,
      `${number.format(s.sessions)} aktivitetsgange`,
      `${number.format(s.attendances)} fremmøder`,
      `${number.format(s.newParticipants)} nye deltagere`,
      `${number.format(s.openCount)} i åbne arrangementer`,
      `${number.format(s.volunteerHours)} frivilligtimer`,
    ].join(', ');
    return options.dryRun ? `Filen er i orden: ${what} (intet gemt, --dry-run).` : `Importeret: ${what}.`;
  } catch (error) {
    options.progress?.finish();
    if (error instanceof AppError && error.code === 'PLAN_NOT_FOUND')
      throw new Error(`Helhedsplanen »${options.plan}« findes ikke.`);
    if (error instanceof AppError && error.code === 'IMPORT_INVALID')
      throw new ImportRefused(
        (error.details.problems as ImportProblem[] | undefined) ?? [],
        error.details.problemCount as number | undefined,
      );
    throw error;
  }
}
