import type { ImportProblem } from './import-problem';
import type { Table } from './read-table';

/** A column an import expects: its key in code, its Danish header, and other names it goes by. */
export interface ColumnDefinition {
  key: string;
  label: string;
  required: boolean;
  aliases?: readonly string[];
  /** One line for the import page: what goes in the column, e.g. "Dato (24.11.2026 eller 2026-11-24)". */
  help?: string;
}

export interface MappedRow {
  row: number;
  values: Record<string, string>;
}

export interface MappedTable {
  rows: MappedRow[];
  /** key → the file's header it was read from. */
  mapping: Record<string, string>;
  /** Headers of the file that no definition took. */
  unused: string[];
  problems: ImportProblem[];
}

/** "Afdeling nr." and "afdeling_nr" and "AFDELING NR" are the same header. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replaceAll(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'oe')
    .replaceAll('å', 'aa')
    .replaceAll(/[^a-z0-9]/g, '');
}

export interface HeaderMapping {
  /** key → the file's header it was read from. */
  mapping: Record<string, string>;
  /** Headers of the file that no definition took. */
  unused: string[];
  problems: ImportProblem[];
}

/**
 * Finds each expected column among the file's headers: first by the mapping the user chose, then
 * by key, label or alias. A required column that is not found is a problem of the whole file.
 */
export function mapHeader(
  columns: readonly string[],
  definitions: readonly ColumnDefinition[],
  chosen: Readonly<Record<string, string>> = {},
): HeaderMapping {
  const problems: ImportProblem[] = [];
  const byNormalised = new Map(columns.map((c) => [normaliseHeader(c), c]));
  const mapping: Record<string, string> = {};
  for (const definition of definitions) {
    const picked = chosen[definition.key];
    if (picked !== undefined && picked !== '') {
      if (columns.includes(picked)) mapping[definition.key] = picked;
      else
        problems.push({
          row: null,
          column: picked,
          message: `Kolonnen findes ikke i filen (valgt for »${definition.label}«).`,
        });
      continue;
    }
    const names = [definition.key, definition.label, ...(definition.aliases ?? [])].map(normaliseHeader);
    const found = names.map((n) => byNormalised.get(n)).find((c) => c !== undefined);
    if (found !== undefined) mapping[definition.key] = found;
    else if (definition.required) {
      problems.push({ row: null, column: definition.label, message: 'Kolonnen mangler i filen.' });
    }
  }
  const taken = new Set(Object.values(mapping));
  return { mapping, unused: columns.filter((c) => !taken.has(c)), problems };
}

/** One row's values by expected key, through a header mapping. */
export function mapRow(values: Readonly<Record<string, string>>, mapping: Readonly<Record<string, string>>) {
  const out: Record<string, string> = {};
  for (const key in mapping) out[key] = values[mapping[key] as string] ?? '';
  return out;
}

/** mapHeader, and every row of a table in memory mapped. */
export function mapColumns(
  table: Table,
  definitions: readonly ColumnDefinition[],
  chosen: Readonly<Record<string, string>> = {},
): MappedTable {
  const header = mapHeader(table.columns, definitions, chosen);
  const rows = table.rows.map((r) => ({ row: r.row, values: mapRow(r.values, header.mapping) }));
  return { rows, ...header };
}
