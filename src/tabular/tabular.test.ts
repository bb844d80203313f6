import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../domain/errors/app-error';
import { mapColumns, normaliseHeader } from './column-mapping';
import { describeProblem, type ImportProblem } from './import-problem';
import { readTable, tableFormatOf } from './read-table';
import { writeCsv, writeXlsx } from './write-table';

const bytes = (text: string) => new TextEncoder().encode(text);

async function problemsOf(promise: Promise<unknown>): Promise<ImportProblem[]> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('IMPORT_INVALID');
  return (error as AppError).details.problems as ImportProblem[];
}

describe('readTable (CSV)', () => {
  it('reads a Danish semicolon file with BOM, numbering rows as a spreadsheet does', async () => {
    const table = await readTable(
      bytes('\uFEFFDato;Deltagere\r\n24.11.2026;23\r\n\r\n25.11.2026; 7 \r\n'),
      'csv',
    );
    expect(table.columns).toEqual(['Dato', 'Deltagere']);
    expect(table.rows).toEqual([
      { row: 2, values: { Dato: '24.11.2026', Deltagere: '23' } },
      { row: 4, values: { Dato: '25.11.2026', Deltagere: '7' } },
    ]);
  });

  it('detects commas, keeps quoted delimiters, and reads Windows-1252 (Danish Excel "CSV")', async () => {
    const table = await readTable(bytes('område,note\n"Ellemarken, Køge",ok\n'), 'csv');
    expect(table.rows[0]?.values).toEqual({ område: 'Ellemarken, Køge', note: 'ok' });
    const latin1 = Uint8Array.from(
      [...'Afdeling\n'].map((c) => c.charCodeAt(0)).concat([0x4b, 0xf8, 0x67, 0x65]),
    );
    expect((await readTable(latin1, 'csv')).rows[0]?.values).toEqual({ Afdeling: 'Køge' });
  });

  it('refuses an empty file, a repeated header and a CPR number in any cell, naming row and column', async () => {
    expect(await problemsOf(readTable(bytes('\n\n'), 'csv'))).toEqual([
      { row: null, column: null, message: 'Filen er tom.' },
    ]);
    expect((await problemsOf(readTable(bytes('a;A\n1;2\n'), 'csv')))[0]).toMatchObject({
      row: 1,
      column: 'A',
    });
    const cpr = await problemsOf(readTable(bytes('kode;note\nx1;ok\nx2;010190-1234\n'), 'csv'));
    expect(cpr).toEqual([{ row: 3, column: 'note', message: expect.stringContaining('CPR') }]);
    expect(describeProblem(cpr[0] as ImportProblem)).toMatch(/^Række 3, kolonne »note«: Cellen ligner/);
  });

  it('refuses a binary file posing as CSV', async () => {
    expect(await problemsOf(readTable(Uint8Array.from([0, 1, 2, 0]), 'csv'))).toHaveLength(1);
  });
});

describe('readTable (XLSX) and writeXlsx', () => {
  it('reads back what it writes: numbers, dates, money in kroner, text', async () => {
    const file = await writeXlsx([
      {
        name: 'Sessioner: 2026',
        columns: [
          { key: 'date', header: 'Dato', type: 'date' },
          { key: 'count', header: 'Deltagere', type: 'integer' },
          { key: 'amount', header: 'Beløb', type: 'money' },
          { key: 'share', header: 'Andel', type: 'number' },
          { key: 'name', header: 'Navn' },
        ],
        rows: [
          { date: '2026-11-24', count: 23, amount: 120_500_000, share: 41.3, name: 'Lektiecafé' },
          { date: null, count: 0, amount: 1, share: null, name: 'Mentor' },
        ],
      },
    ]);
    const table = await readTable(file, 'xlsx');
    expect(table.columns).toEqual(['Dato', 'Deltagere', 'Beløb', 'Andel', 'Navn']);
    expect(table.rows).toEqual([
      {
        row: 2,
        values: { Dato: '2026-11-24', Deltagere: '23', Beløb: '1205000', Andel: '41.3', Navn: 'Lektiecafé' },
      },
      { row: 3, values: { Dato: '', Deltagere: '0', Beløb: '0.01', Andel: '', Navn: 'Mentor' } },
    ]);
  });

  it('reads formulas by their result and rich text by its text', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Ark');
    sheet.addRow(['Navn', 'Sum']);
    sheet.addRow([{ richText: [{ text: 'Kø' }, { text: 'ge' }] }, { formula: '1+1', result: 2 }]);
    const table = await readTable(new Uint8Array(await workbook.xlsx.writeBuffer()), 'xlsx');
    expect(table.rows[0]?.values).toEqual({ Navn: 'Køge', Sum: '2' });
  });

  it('refuses a file that is not a workbook', async () => {
    expect((await problemsOf(readTable(bytes('not a zip'), 'xlsx')))[0]?.message).toMatch(/XLSX/);
  });
});

describe('writeCsv', () => {
  it('writes what Danish Excel opens: BOM, semicolons, decimal comma, Danish dates', async () => {
    const csv = writeCsv(
      [
        { key: 'd', header: 'Dato', type: 'date' },
        { key: 'm', header: 'Beløb', type: 'money' },
        { key: 'n', header: 'Note' },
      ],
      [{ d: '2026-11-24', m: 40_000_000, n: 'a;b' }],
    );
    expect(csv).toBe('\uFEFFDato;Beløb;Note\r\n24.11.2026;400000,00;"a;b"\r\n');
    expect((await readTable(bytes(csv), 'csv')).rows[0]?.values).toEqual({
      Dato: '24.11.2026',
      Beløb: '400000,00',
      Note: 'a;b',
    });
  });
});

describe('mapColumns', () => {
  const table = {
    columns: ['DATO', 'Afdeling nr.', 'Ekstra'],
    rows: [{ row: 2, values: { DATO: '24.11.2026', 'Afdeling nr.': '7', Ekstra: 'x' } }],
  };
  const definitions = [
    { key: 'date', label: 'Dato', required: true },
    { key: 'department', label: 'Afdeling', required: true, aliases: ['afdeling_nr'] },
    { key: 'place', label: 'Sted', required: false },
  ];

  it('finds columns by label or alias, ignoring case, spaces and punctuation', () => {
    expect(normaliseHeader('Afdeling nr.')).toBe(normaliseHeader('afdeling_nr'));
    const mapped = mapColumns(table, definitions);
    expect(mapped.mapping).toEqual({ date: 'DATO', department: 'Afdeling nr.' });
    expect(mapped.rows).toEqual([{ row: 2, values: { date: '24.11.2026', department: '7' } }]);
    expect(mapped.unused).toEqual(['Ekstra']);
    expect(mapped.problems).toEqual([]);
  });

  it('takes the user’s mapping first, and names a missing required column', () => {
    const chosen = mapColumns(table, definitions, { place: 'Ekstra' });
    expect(chosen.rows[0]?.values.place).toBe('x');
    const missing = mapColumns({ columns: ['Dato'], rows: [] }, definitions);
    expect(missing.problems).toEqual([
      { row: null, column: 'Afdeling', message: 'Kolonnen mangler i filen.' },
    ]);
    const wrong = mapColumns(table, definitions, { place: 'Findes ikke' });
    expect(wrong.problems[0]?.column).toBe('Findes ikke');
  });
});

describe('tableFormatOf', () => {
  it('knows CSV and XLSX by name or content type', () => {
    expect(tableFormatOf('text/csv; charset=utf-8')).toBe('csv');
    expect(tableFormatOf('Statistik 2024.XLSX')).toBe('xlsx');
    expect(tableFormatOf('application/pdf')).toBeUndefined();
  });
});
