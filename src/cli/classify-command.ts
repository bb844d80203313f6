import type { Db } from '../db/client';
import { type ChangeBasis, unknownText } from '../domain/classification/change-since-last-year';
import type { Verdict } from '../domain/classification/classify';
import { type AreaCategory, categoryNamesForYear } from '../domain/classification/rule-sets';
import { exportVerdicts } from '../server/areas/export-verdicts';
import { findArea } from '../server/areas/find-area';
import { getAreaVerdict } from '../server/areas/get-area-verdict';
import { listVerdicts } from '../server/areas/list-verdicts';
import { writeCsv } from '../tabular/write-table';

export type ClassifyFormat = 'table' | 'json' | 'csv';

export interface ClassifyOptions {
  year?: number;
  area?: string;
  municipality?: string;
  format: ClassifyFormat;
}

/** A category in the list year's own words ("ghettoområde" in 2019, "parallelsamfund" in 2022). */
const nameIn = (listYear: number) => (c: AreaCategory) => categoryNamesForYear(listYear, c).da.toLowerCase();
const int = new Intl.NumberFormat('da-DK');

function changesOf(v: Verdict, basis: ChangeBasis): string {
  const name = nameIn(v.listYear);
  const moves = v.history
    .filter((h) => h.change === 'entering' || h.change === 'leaving')
    .map((h) => `${h.change === 'entering' ? '+' : '−'}${name(h.category)}`);
  if (moves.length === 0 && v.history.some((h) => h.lastYear !== null)) moves.push('uændret');
  const why = unknownText(v, basis, name);
  if (why) moves.push(why);
  return moves.join(' ');
}

function pad(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** One area in full: every category and criterion explained, and what would change it. */
async function describeArea(db: Db, options: ClassifyOptions): Promise<string> {
  const key = options.area ?? '';
  if (!(await findArea(db, key))) throw new Error(`Boligområdet »${key}« findes ikke.`);
  const result = await getAreaVerdict(db, { key, year: options.year });
  if (options.format === 'json') return JSON.stringify(result, null, 2);
  const { verdict } = result;
  const name = nameIn(verdict.listYear);
  const lines = [
    `${result.area.name} (${result.area.municipality.name}), liste ${verdict.listYear}, regler ${verdict.ruleSetId}`,
    `Beboere: ${verdict.residents === null ? 'ukendt' : int.format(verdict.residents)}`,
    `Kategorier: ${verdict.categories.map(name).join(', ') || 'ingen'}${
      verdict.undetermined.length ? ` (uafgjort: ${verdict.undetermined.map(name).join(', ')})` : ''
    }`,
  ];
  for (const d of verdict.details) {
    const h = verdict.history.find((x) => x.category === d.category);
    lines.push(
      '',
      `${d.label}: ${d.status === 'met' ? 'JA' : d.status === 'notMet' ? 'nej' : 'uafgjort'} — ${d.reason}`,
    );
    if (h && h.yearsInARow > 0) lines.push(`  ${h.yearsInARow}${h.yearsInARowAtLeast ? '+' : ''} år i træk`);
    for (const c of [...d.criteria, ...(d.alsoRequired ? [d.alsoRequired] : [])])
      lines.push(`  - ${c.label}: ${c.explanation}`);
  }
  const changes = result.whatWouldChange.flatMap((o) => o.changes.filter((c) => c.smallest));
  if (changes.length) lines.push('', 'Hvad ville ændre afgørelsen:', ...changes.map((c) => `  - ${c.text}`));
  return lines.join('\n');
}

/** `helhedsplan classify`: the verdicts of a list year as a table, JSON or CSV. */
export async function classifyCommand(db: Db, options: ClassifyOptions): Promise<string> {
  if (options.area) {
    if (options.format === 'csv')
      throw new Error('CSV gives one row per area; use --format table or json with --area.');
    return describeArea(db, options);
  }
  if (options.format === 'csv') {
    const { sheets } = await exportVerdicts(db, options);
    const [sheet] = sheets;
    return sheet ? writeCsv(sheet.columns, sheet.rows) : '';
  }
  const list = await listVerdicts(db, options);
  if (options.format === 'json') return JSON.stringify(list, null, 2);
  if (list.items.length === 0) return `Ingen boligområder${options.municipality ? ' i kommunen' : ''}.`;
  const rows = [['Område', 'Kommune', 'Beboere', 'Kategorier', 'Ændring', 'Uafgjort']];
  const name = nameIn(list.listYear);
  for (const { area, verdict, changeBasis } of list.items) {
    rows.push([
      area.name,
      area.municipality.name,
      verdict.residents === null ? '?' : int.format(verdict.residents),
      verdict.eligible === false ? 'under 1.000 beboere' : verdict.categories.map(name).join(', ') || '–',
      verdict.eligible === false ? '' : changesOf(verdict, changeBasis),
      verdict.undetermined.map(name).join(', '),
    ]);
  }
  return `Liste ${list.listYear} (regler ${list.ruleSet.id})\n${pad(rows)}`;
}
