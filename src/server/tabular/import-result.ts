import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../domain/errors/app-error';
import { type ColumnDefinition, type MappedTable, mapColumns } from '../../tabular/column-mapping';
import type { ImportProblem } from '../../tabular/import-problem';
import { MAX_LISTED_PROBLEMS, type ProblemList } from '../../tabular/problem-list';
import type { Table } from '../../tabular/read-table';
import { type ImportQuery, mappingOf, uploadedTable } from './uploads';

export const importProblemSchema = z.object({
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  message: z.string(),
});

/** What every import route answers: a preview (nothing written) or the committed import. */
export const importResultSchema = z.object({
  committed: z.boolean(),
  rowCount: z.number().int(),
  /** The file's headers, so the user can map foreign names to the expected columns. */
  columns: z.array(z.string()),
  /** Expected column key → the file's header it was read from. */
  mapping: z.record(z.string(), z.string()),
  preview: z.array(z.object({ row: z.number().int(), values: z.record(z.string(), z.string()) })),
  /** The first 200 problems by row. */
  problems: z.array(importProblemSchema),
  /** Every problem found, listed or not (a file can have more than 200). */
  problemCount: z.number().int(),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const PREVIEW_ROWS = 50;

export interface ReadImport {
  commit: boolean;
  table: Table;
  mapped: MappedTable;
}

/** The uploaded file, its columns found, and whether the caller asked to commit. */
export async function readImport(
  request: FastifyRequest,
  definitions: readonly ColumnDefinition[],
): Promise<ReadImport> {
  const query = request.query as ImportQuery;
  const table = await uploadedTable(request);
  return { commit: query.commit, table, mapped: mapColumns(table, definitions, mappingOf(query)) };
}

/** The answer for a preview or a commit; `problems` are the file's and the rows' together. */
export function importResult(
  read: ReadImport,
  problems: readonly ImportProblem[],
  committed: boolean,
): ImportResult {
  return {
    committed,
    rowCount: read.mapped.rows.length,
    columns: read.table.columns,
    mapping: read.mapped.mapping,
    preview: read.mapped.rows.slice(0, PREVIEW_ROWS),
    problems: problems.slice(0, MAX_LISTED_PROBLEMS),
    problemCount: problems.length,
  };
}

/** A commit with any problem writes nothing: 422 with the problems by row and column. */
export function refuseImportWithProblems(problems: readonly ImportProblem[] | ProblemList): void {
  if (Array.isArray(problems)) {
    if (problems.length > 0)
      throw new AppError('IMPORT_INVALID', {
        problems: problems.slice(0, MAX_LISTED_PROBLEMS),
        problemCount: problems.length,
      });
    return;
  }
  const list = problems as ProblemList;
  if (!list.empty) throw new AppError('IMPORT_INVALID', { problems: list.list(), problemCount: list.count });
}
