import { access } from 'node:fs/promises';
import type { Db } from '../db/client';
import { AppError } from '../domain/errors/app-error';
import { importAreaStatistics } from '../server/areas/import-area-statistics';
import { SYSTEM_CLI } from '../server/audit/with-audit';
import { findMunicipality } from '../server/municipalities/find-municipality';
import { describeProblem, type ImportProblem } from '../tabular/import-problem';
import { tableFormatOf } from '../tabular/read-table';
import { importProgressTo } from './import-attendance-command';
import type { ProgressLine } from './progress-line';

export interface ImportStatsOptions {
  municipality?: string;
  /** JSON: expected column key → the file's header. */
  mapping?: string;
  dryRun?: boolean;
  /** A progress bar on stderr (the binary); tests leave it out. */
  progress?: ProgressLine;
}

/** Thrown with the problems of the file (the first 200); the CLI prints them and exits with 1. */
export class ImportRefused extends Error {
  readonly problemCount: number;
  constructor(
    readonly problems: readonly ImportProblem[],
    problemCount?: number,
  ) {
    const total = problemCount ?? problems.length;
    super(`Filen blev ikke importeret: ${total.toLocaleString('da-DK')} fejl. Intet er gemt.`);
    this.problemCount = total;
  }
}

const number = new Intl.NumberFormat('da-DK');

/** `helhedsplan import-stats FILE`: yearly area statistics, all or nothing, read as a stream. */
export async function importStatsCommand(db: Db, file: string, options: ImportStatsOptions): Promise<string> {
  try {
    await access(file);
  } catch {
    throw new Error(`Filen »${file}« kan ikke læses.`);
  }
  let mapping: Record<string, string> | undefined;
  if (options.mapping) {
    try {
      mapping = JSON.parse(options.mapping);
    } catch {
      throw new Error('--mapping skal være JSON, fx {"area": "Boligområde"}.');
    }
  }
  let municipalityId: string | undefined;
  if (options.municipality) {
    const m = await findMunicipality(db, options.municipality);
    if (!m) throw new Error(`Kommunen »${options.municipality}« findes ikke.`);
    municipalityId = m.id;
  }
  try {
    const result = await importAreaStatistics(db, SYSTEM_CLI, {
      file: { source: { path: file }, format: tableFormatOf(file) ?? 'csv' },
      mapping,
      commit: !options.dryRun,
      municipalityId,
      onProgress: importProgressTo(options.progress),
    });
    options.progress?.finish();
    if (result.problems.length > 0) throw new ImportRefused(result.problems, result.problemCount);
    const what = `${number.format(result.figureCount)} tal fra ${number.format(result.rowCount)} rækker`;
    return options.dryRun ? `Filen er i orden: ${what} (intet gemt, --dry-run).` : `${what} er importeret.`;
  } catch (error) {
    options.progress?.finish();
    if (error instanceof AppError && error.code === 'IMPORT_INVALID')
      throw new ImportRefused(
        (error.details.problems as ImportProblem[] | undefined) ?? [],
        error.details.problemCount as number | undefined,
      );
    throw error;
  }
}

/** The problems, one line each; a last line says how many more there are beyond the first 200. */
export function describeRefusal(error: ImportRefused): string[] {
  const lines = error.problems.map(describeProblem);
  const more = error.problemCount - error.problems.length;
  if (more > 0)
    lines.push(`… og ${number.format(more)} fejl mere (de første ${error.problems.length} er vist).`);
  return lines;
}
