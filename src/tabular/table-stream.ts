import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { AppError } from '../domain/errors/app-error';
import { containsCprNumber } from '../domain/participants/participant';
import type { ImportProblem } from './import-problem';
import { ProblemList } from './problem-list';

/**
 * Reading a spreadsheet file as a stream of rows (issue #13 item 13): the file is never held
 * whole in memory, neither its bytes nor its rows. CSV goes through csv-parse's streaming parser,
 * XLSX through exceljs's streaming WorkbookReader; a caller takes the rows one by one.
 */

export const TABLE_FORMATS = ['csv', 'xlsx'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

export interface TableRow {
  /** The row's number as a spreadsheet shows it (the header is row 1). */
  row: number;
  /** Trimmed cell text by column header; an empty cell is "". */
  values: Record<string, string>;
}

/** A file on disk (an upload spooled to a temp file, a CLI argument) or bytes already at hand. */
export type TableSource = { path: string } | { data: Uint8Array };

export interface TableStream {
  /** The named headers, in file order. */
  columns: string[];
  /** The header's row number. */
  headerRow: number;
  /** The rows after the header; empty rows are skipped. Can be iterated once. */
  rows: AsyncIterable<TableRow>;
  /** Problems found while reading (a CPR number, a value under no header), capped. */
  problems: ProblemList;
  /** Bytes of the file read so far, and its size: for a progress bar. */
  bytesRead(): number;
  totalBytes: number;
}

export function refuse(message: string): never {
  const problems: ImportProblem[] = [{ row: null, column: null, message }];
  throw new AppError('IMPORT_INVALID', { problems });
}

interface GridRow {
  row: number;
  cells: string[];
}

/** Counts the bytes that pass, for the progress of a file read as a stream. */
class ByteCounter {
  count = 0;
  wrap(stream: Readable): Readable {
    stream.on('data', (chunk: Buffer) => {
      this.count += chunk.length;
    });
    return stream;
  }
}

function openBytes(source: TableSource): Readable {
  // highWaterMark: 256 KiB chunks keep the decoder and parser busy without holding much.
  return 'path' in source
    ? createReadStream(source.path, { highWaterMark: 256 * 1024 })
    : Readable.from([Buffer.from(source.data.buffer, source.data.byteOffset, source.data.byteLength)]);
}

/** Opens a table: reads up to its header, checks the header, and hands over the rows as a stream. */
export async function streamTable(source: TableSource, format: TableFormat): Promise<TableStream> {
  const totalBytes = 'path' in source ? (await stat(source.path)).size : source.data.byteLength;
  const counter = new ByteCounter();
  const grid = format === 'csv' ? await csvGrid(source, counter) : xlsxGrid(source, counter);
  const iterator = grid[Symbol.asyncIterator]();
  let header: GridRow | undefined;
  for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    if (next.value.cells.some((c) => c !== '')) {
      header = next.value;
      break;
    }
  }
  if (!header) refuse('Filen er tom.');
  const headerRow = header.row;
  const columns = header.cells.map((c) => c.trim());
  const headerProblems: ImportProblem[] = [];
  const seen = new Set<string>();
  for (const column of columns) {
    if (column !== '' && seen.has(column.toLowerCase()))
      headerProblems.push({ row: headerRow, column, message: 'Overskriften står der mere end én gang.' });
    seen.add(column.toLowerCase());
  }
  if (headerProblems.length > 0) throw new AppError('IMPORT_INVALID', { problems: headerProblems });
  const problems = new ProblemList();
  const unnamedReported = new Set<number>();

  async function* rows(): AsyncGenerator<TableRow> {
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      const { row, cells } = next.value;
      if (!cells.some((c) => c !== '')) continue;
      const values: Record<string, string> = {};
      for (let index = 0; index < cells.length || index < columns.length; index++) {
        const column = columns[index];
        const text = (cells[index] ?? '').trim();
        if (column === undefined || column === '') {
          if (text !== '' && !unnamedReported.has(index)) {
            unnamedReported.add(index);
            problems.add({
              row: headerRow,
              column: `nr. ${index + 1}`,
              message: 'Kolonnen har ingen overskrift.',
            });
          }
          if (text !== '' && containsCprNumber(text)) problems.add(cprProblem(row, `nr. ${index + 1}`));
          continue;
        }
        values[column] = text;
        // Helhedsplan never stores CPR numbers, whatever column someone puts them in.
        if (text !== '' && containsCprNumber(text)) problems.add(cprProblem(row, column));
      }
      yield { row, values };
    }
  }

  return {
    columns: columns.filter((c) => c !== ''),
    headerRow,
    rows: rows(),
    problems,
    bytesRead: () => counter.count,
    totalBytes,
  };
}

export const CPR_MESSAGE = 'Cellen ligner et CPR-nummer. Skriv aldrig CPR-numre i Helhedsplan.';

function cprProblem(row: number, column: string): ImportProblem {
  return { row, column, message: CPR_MESSAGE };
}

// --- CSV ---------------------------------------------------------------------------------------

/** The file's text, decoded chunk by chunk (a character split between chunks is kept whole). */
async function* decodedText(
  source: TableSource,
  counter: ByteCounter,
  encoding: 'utf-8' | 'windows-1252',
): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding);
  for await (const chunk of counter.wrap(openBytes(source)))
    yield decoder.decode(chunk as Buffer, { stream: true });
  const rest = decoder.decode();
  if (rest) yield rest;
}

function detectDelimiter(firstLine: string): string {
  const outsideQuotes = firstLine.replaceAll(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((d) => [d, outsideQuotes.split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ';';
}

/**
 * UTF-8 when every byte of the file is valid UTF-8, else Windows-1252 (what Danish Excel saves as
 * "CSV"). The encoding is decided by a first pass over the bytes (nothing kept), so that rows are
 * never handed on in one encoding and then found to be in the other.
 */
async function csvGrid(source: TableSource, counter: ByteCounter): Promise<AsyncIterable<GridRow>> {
  const encoding = (await isUtf8(source)) ? 'utf-8' : 'windows-1252';
  return csvRows(decodedText(source, counter, encoding));
}

/** One pass over the bytes with a fatal UTF-8 decoder; nothing is kept. */
async function isUtf8(source: TableSource): Promise<boolean> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of openBytes(source)) decoder.decode(chunk as Buffer, { stream: true });
    decoder.decode();
    return true;
  } catch (error) {
    if (error instanceof TypeError) return false;
    throw error;
  }
}

async function* csvRows(text: AsyncGenerator<string>): AsyncGenerator<GridRow> {
  // The delimiter is decided by the first line, read before the parser starts.
  let head = '';
  let first = await text.next();
  while (!first.done) {
    head += first.value;
    if (/\r?\n/.test(head) || head.length > 64 * 1024) break;
    first = await text.next();
  }
  head = head.replace(/^\uFEFF/, '');
  if (head.includes('\u0000')) refuse('Filen er ikke en tekstfil (CSV).');
  const parser = parse({
    delimiter: detectDelimiter(head.split(/\r?\n/, 1)[0] ?? ''),
    relax_column_count: true,
    skip_empty_lines: false,
    info: true,
  });
  async function* chunks(): AsyncGenerator<string> {
    if (head) yield head;
    if (first.done) return;
    for await (const chunk of text) {
      if (chunk.includes('\u0000')) throw new NotText();
      yield chunk;
    }
  }
  const input = Readable.from(chunks());
  input.on('error', (error) => parser.destroy(error));
  input.pipe(parser);
  try {
    for await (const record of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield { row: record.info.lines, cells: record.record };
    }
  } catch (error) {
    if (error instanceof NotText) refuse('Filen er ikke en tekstfil (CSV).');
    if (error instanceof AppError) throw error;
    const line = (error as { lines?: number }).lines;
    refuse(`Filen kan ikke læses som CSV${line ? ` (omkring linje ${line})` : ''}.`);
  } finally {
    input.destroy();
  }
}

class NotText extends Error {}

// --- XLSX --------------------------------------------------------------------------------------

async function* xlsxGrid(source: TableSource, counter: ByteCounter): AsyncGenerator<GridRow> {
  const bytes = counter.wrap(openBytes(source));
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(bytes, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles tell a date from a number.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let sheets = 0;
  let rows = 0;
  let unreadable = false;
  try {
    for await (const sheet of reader) {
      sheets++;
      for await (const row of sheet) {
        rows++;
        yield { row: row.number, cells: cellsOf(row) };
      }
      // Only the first sheet is read; the rest of the archive is skipped.
      break;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    // exceljs's streaming reader needs xl/workbook.xml before the sheets in the archive; exceljs's
    // own writer (our exports) puts it last. Such a file is read whole instead — see below.
    if (rows > 0) refuse('Filen kan ikke læses som et Excel-regneark (XLSX).');
    unreadable = true;
  } finally {
    bytes.destroy();
  }
  if (unreadable) {
    yield* xlsxGridWhole(source);
    return;
  }
  if (sheets === 0) refuse('Regnearket har ingen ark.');
}

/**
 * The fallback for archives the streaming reader cannot take: the workbook read whole. Files of
 * that layout come from exceljs-based tools (our own exports among them) and are small; Excel and
 * LibreOffice write workbook.xml first and always stream.
 */
async function* xlsxGridWhole(source: TableSource): AsyncGenerator<GridRow> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.read(openBytes(source));
  } catch {
    refuse('Filen kan ikke læses som et Excel-regneark (XLSX).');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) refuse('Regnearket har ingen ark.');
  const rows: GridRow[] = [];
  sheet.eachRow((row) => {
    rows.push({ row: row.number, cells: cellsOf(row) });
  });
  yield* rows;
}

function cellsOf(row: ExcelJS.Row): string[] {
  const cells: string[] = [];
  for (let column = 1; column <= row.cellCount; column++) cells.push(cellText(row.getCell(column).value));
  return cells;
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
