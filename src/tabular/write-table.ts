import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

export type ColumnType = 'text' | 'integer' | 'number' | 'date' | 'money';

export interface ColumnSpec {
  key: string;
  header: string;
  /** 'money' takes integer øre and writes kroner; 'date' takes an ISO date. Default 'text'. */
  type?: ColumnType;
}

export interface SheetSpec {
  name: string;
  columns: readonly ColumnSpec[];
  rows: readonly Record<string, unknown>[];
}

const NUMBER_FORMATS: Record<ColumnType, string | undefined> = {
  text: undefined,
  integer: '#,##0',
  number: '#,##0.0##',
  date: 'dd.mm.yyyy',
  money: '#,##0.00',
};

/** One workbook, a sheet per table, typed cells so Excel sums and sorts them. */
export async function writeXlsx(sheets: readonly SheetSpec[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Helhedsplan';
  const usedNames = new Set<string>();
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(sheetName(spec.name, usedNames), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.columns = spec.columns.map((c) => ({
      key: c.key,
      header: c.header,
      width: Math.min(60, Math.max(10, c.header.length + 2)),
      style: NUMBER_FORMATS[c.type ?? 'text'] ? { numFmt: NUMBER_FORMATS[c.type ?? 'text'] } : {},
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of spec.rows) {
      sheet.addRow(Object.fromEntries(spec.columns.map((c) => [c.key, xlsxValue(row[c.key], c.type)])));
    }
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return Buffer.from(buffer as ArrayBuffer);
}

/** Excel's rules: at most 31 characters, none of : \ / ? * [ ], unique in the workbook. */
function sheetName(name: string, used: Set<string>): string {
  const base = name.replaceAll(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Ark';
  let candidate = base;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${base.slice(0, 27)} (${n})`;
  used.add(candidate.toLowerCase());
  return candidate;
}

function xlsxValue(value: unknown, type: ColumnType | undefined): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'money':
      return typeof value === 'number' ? value / 100 : null;
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)
        ? new Date(`${value.slice(0, 10)}T00:00:00Z`)
        : null;
    case 'integer':
    case 'number':
      return typeof value === 'number' ? value : null;
    default:
      return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? value
        : JSON.stringify(value);
  }
}

/**
 * CSV as Danish Excel opens it without an import wizard: `;`-separated, UTF-8 with BOM, decimal
 * comma, dates as 24.11.2026. The import side reads the same notation back.
 */
export function writeCsv(columns: readonly ColumnSpec[], rows: readonly Record<string, unknown>[]): string {
  const body = stringify(
    rows.map((row) => columns.map((c) => csvValue(row[c.key], c.type))),
    { delimiter: ';', header: true, columns: columns.map((c) => c.header), record_delimiter: '\r\n' },
  );
  return `\uFEFF${body}`;
}

function csvValue(value: unknown, type: ColumnType | undefined): string {
  if (value === null || value === undefined) return '';
  switch (type) {
    case 'money':
      return typeof value === 'number' ? (value / 100).toFixed(2).replace('.', ',') : '';
    case 'number':
      return typeof value === 'number' ? String(value).replace('.', ',') : '';
    case 'integer':
      return typeof value === 'number' ? String(value) : '';
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)
        ? `${value.slice(8, 10)}.${value.slice(5, 7)}.${value.slice(0, 4)}`
        : '';
    default:
      return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : JSON.stringify(value);
  }
}
