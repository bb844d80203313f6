import { readFile } from 'node:fs/promises';
import type { Db } from '../db/client';
import { AppError } from '../domain/errors/app-error';
import { importAreaStatistics } from '../server/areas/import-area-statistics';
import { SYSTEM_CLI } from '../server/audit/with-audit';
import { findMunicipality } from '../server/municipalities/find-municipality';
import { describeProblem, type ImportProblem } from '../tabular/import-problem';
import { readTable, tableFormatOf } from '../tabular/read-table';

export interface ImportStatsOptions {
  municipality?: string;
  /** JSON: expected column key → the file's header. */
  mapping?: string;
  dryRun?: boolean;
}

/** Thrown with every problem of the file; the CLI prints them and exits with 1. */
export class ImportRefused extends Error {
  constructor(readonly problems: readonly ImportProblem[]) {
    super(`Filen blev ikke importeret: ${problems.length} fejl. Intet er gemt.`);
  }
}

/** `helhedsplan import-stats FILE`: yearly area statistics, all or nothing. */
export async function importStatsCommand(db: Db, file: string, options: ImportStatsOptions): Promise<string> {
  let data: Buffer;
  try {
    data = await readFile(file);
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
  const table = await readTable(data, tableFormatOf(file) ?? 'csv');
  try {
    const result = await importAreaStatistics(db, SYSTEM_CLI, {
      table,
      mapping,
      commit: !options.dryRun,
      municipalityId,
    });
    if (result.problems.length > 0) throw new ImportRefused(result.problems);
    const what = `${result.figureCount} tal fra ${result.mapped.rows.length} rækker`;
    return options.dryRun ? `Filen er i orden: ${what} (intet gemt, --dry-run).` : `${what} er importeret.`;
  } catch (error) {
    if (error instanceof AppError && error.code === 'IMPORT_INVALID')
      throw new ImportRefused((error.details.problems as ImportProblem[] | undefined) ?? []);
    throw error;
  }
}

export function describeRefusal(error: ImportRefused): string[] {
  return error.problems.map(describeProblem);
}
