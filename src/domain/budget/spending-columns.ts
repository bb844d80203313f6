import type { ColumnDefinition } from '../columns/column-definition';
import { BUDGET_CATEGORIES, BUDGET_CATEGORY_LABELS } from './budget-kinds';

/** The columns of an accounting export, with the names common Danish systems give them. */
export const SPENDING_COLUMNS: readonly ColumnDefinition[] = [
  {
    key: 'date',
    label: 'Dato',
    required: true,
    aliases: ['Bogføringsdato', 'Posteringsdato', 'Bilagsdato'],
    help: 'Dato (24.11.2026 eller 2026-11-24)',
  },
  {
    key: 'account',
    label: 'Konto',
    required: true,
    aliases: ['Kontonr', 'Kontonummer', 'Konto nr.', 'Finanskonto'],
    help: 'Kontonummeret i regnskabet',
  },
  {
    key: 'amount',
    label: 'Beløb',
    required: true,
    aliases: ['Beløb DKK', 'Beløb (kr.)', 'Amount', 'Debet'],
    help: 'Beløb i kroner (1.234,50); negativt for en kreditering',
  },
  {
    key: 'description',
    label: 'Tekst',
    required: false,
    aliases: ['Beskrivelse', 'Posteringstekst', 'Bilagstekst'],
  },
  {
    key: 'category',
    label: 'Budgetpost',
    required: false,
    aliases: ['Post', 'Kategori'],
    help: `Kun for konti uden tilknytning: ${BUDGET_CATEGORIES.map((c) => BUDGET_CATEGORY_LABELS[c]).join(', ')}`,
  },
];
