import { AppError } from '../domain/errors/app-error';
import { MAX_LISTED_PROBLEMS } from './problem-list';
import { streamTable, type TableFormat, type TableRow, type TableSource } from './table-stream';

export { MAX_LISTED_PROBLEMS } from './problem-list';
export { TABLE_FORMATS, type TableFormat, type TableRow, type TableSource } from './table-stream';

/** A whole table in memory: for small files (spending, tests). Large imports use streamTable. */
export interface Table {
  columns: string[];
  rows: TableRow[];
}

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The format a file name ("data.xlsx") or content type ("text/csv; charset=utf-8") stands for. */
export function tableFormatOf(nameOrContentType: string): TableFormat | undefined {
  const value = nameOrContentType.toLowerCase().split(';')[0]?.trim() ?? '';
  if (value === 'text/csv' || value.endsWith('.csv') || value === 'csv') return 'csv';
  if (value === XLSX_CONTENT_TYPE || value.endsWith('.xlsx') || value === 'xlsx') return 'xlsx';
  return undefined;
}

/**
 * Reads the first sheet of an XLSX file or a CSV file into a header and rows of text, refusing
 * the file (IMPORT_INVALID) for a value under no header or a CPR number anywhere.
 */
export async function readTable(data: Uint8Array | TableSource, format: TableFormat): Promise<Table> {
  const source = data instanceof Uint8Array ? { data } : data;
  const stream = await streamTable(source, format);
  const rows: TableRow[] = [];
  for await (const row of stream.rows) {
    rows.push(row);
    if (stream.problems.count >= MAX_LISTED_PROBLEMS) break;
  }
  if (!stream.problems.empty) throw new AppError('IMPORT_INVALID', { problems: stream.problems.list() });
  return { columns: stream.columns, rows };
}
