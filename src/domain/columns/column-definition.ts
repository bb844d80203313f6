/**
 * A column an import expects: its key in code, its Danish header, and other names it goes by.
 * Defined in the domain because each feature's columns are part of its rules (which figures an
 * attendance row carries); src/tabular maps a file's headers onto them.
 */
export interface ColumnDefinition {
  key: string;
  label: string;
  required: boolean;
  aliases?: readonly string[];
  /** One line for the import page: what goes in the column, e.g. "Dato (24.11.2026 eller 2026-11-24)". */
  help?: string;
}
