import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppError } from '../domain/errors/app-error';
import { containsCprNumber } from '../domain/participants/participant';
import type { ImportProblem } from './import-problem';

export const TABLE_FORMATS = ['csv', 'xlsx'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

export interface TableRow {
  /** The row's number as a spreadsheet shows it (the header is row 1). */
  row: number;
  /** Trimmed cell text by column header; an empty cell is "". */
  values: Record<string, string>;
}

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

/** Reads the first sheet of an XLSX file or a CSV file into a header and rows of text. */
export async function readTable(data: Uint8Array, format: TableFormat): Promise<Table> {
  const grid = format === 'csv' ? readCsvGrid(data) : await readXlsxGrid(data);
  const table = tableOf(grid);
  refuseForbiddenText(table);
  return table;
}

/** At most this many problems are listed; a file with more has a systematic error to fix first. */
export const MAX_LISTED_PROBLEMS = 200;

/** Helhedsplan never stores CPR numbers, whatever column someone puts them in. */
function refuseForbiddenText(table: Table): void {
  const problems: ImportProblem[] = [];
  for (const { row, values } of table.rows) {
    for (const [column, text] of Object.entries(values)) {
      if (containsCprNumber(text)) {
        problems.push({
          row,
          column,
          message: 'Cellen ligner et CPR-nummer. Skriv aldrig CPR-numre i Helhedsplan.',
        });
        if (problems.length >= MAX_LISTED_PROBLEMS) throw new AppError('IMPORT_INVALID', { problems });
      }
    }
  }
  if (problems.length > 0) throw new AppError('IMPORT_INVALID', { problems });
}

function refuse(message: string): never {
  const problems: ImportProblem[] = [{ row: null, column: null, message }];
  throw new AppError('IMPORT_INVALID', { problems });
}

interface GridRow {
  row: number;
  cells: string[];
}

function tableOf(grid: GridRow[]): Table {
  const nonEmpty = grid.filter((r) => r.cells.some((c) => c !== ''));
  const [header, ...body] = nonEmpty;
  if (!header) refuse('Filen er tom.');
  const columns = header.cells.map((c) => c.trim());
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  columns.forEach((column, index) => {
    if (column === '' && body.some((r) => (r.cells[index] ?? '') !== '')) {
      problems.push({
        row: header.row,
        column: `nr. ${index + 1}`,
        message: 'Kolonnen har ingen overskrift.',
      });
    }
    if (column !== '' && seen.has(column.toLowerCase())) {
      problems.push({ row: header.row, column, message: 'Overskriften står der mere end én gang.' });
    }
    seen.add(column.toLowerCase());
  });
  if (problems.length > 0) throw new AppError('IMPORT_INVALID', { problems });
  const named = columns.filter((c) => c !== '');
  const rows = body.map((r) => {
    const values: Record<string, string> = {};
    columns.forEach((column, index) => {
      if (column !== '') values[column] = (r.cells[index] ?? '').trim();
    });
    return { row: r.row, values };
  });
  return { columns: named, rows };
}

/** UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what Danish Excel saves as "CSV"). */
function decodeText(data: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(data);
  } catch {
    return new TextDecoder('windows-1252').decode(data);
  }
}

function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const outsideQuotes = firstLine.replaceAll(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((d) => [d, outsideQuotes.split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ';';
}

function readCsvGrid(data: Uint8Array): GridRow[] {
  const text = decodeText(data).replace(/^\uFEFF/, '');
  if (text.includes('\u0000')) refuse('Filen er ikke en tekstfil (CSV).');
  try {
    const records = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: false,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return records.map(({ record, info }) => ({ row: info.lines, cells: record.map((c) => c.trim()) }));
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    refuse(`Filen kan ikke læses som CSV${line ? ` (omkring linje ${line})` : ''}.`);
  }
}

async function readXlsxGrid(data: Uint8Array): Promise<GridRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
  } catch {
    refuse('Filen kan ikke læses som et Excel-regneark (XLSX).');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) refuse('Regnearket har ingen ark.');
  const grid: GridRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(cellText(row.getCell(column).value));
    grid.push({ row: row.number, cells });
  });
  return grid;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoOf(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if ('result' in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('richText' in value)
    return value.richText
      .map((part) => part.text)
      .join('')
      .trim();
  if ('text' in value) return String(value.text).trim();
  if ('error' in value) return '';
  return '';
}

/** Excel stores dates without a zone; exceljs hands them over as UTC. */
function isoOf(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}
