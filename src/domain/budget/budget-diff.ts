import type { FinancingSource } from '../financing/financing-kinds';
import type { BudgetLineData } from './budget';
import type { BudgetCategory } from './budget-kinds';
import { budgetTotals, SOURCE_ORDER } from './budget-totals';

export type LineChange = 'added' | 'removed' | 'changed' | 'unchanged';

export interface BudgetLineDiff {
  key: string;
  scope: BudgetLineData['scope'];
  year: number | null;
  category: BudgetCategory;
  description: string;
  beforeOre: number;
  afterOre: number;
  differenceOre: number;
  change: LineChange;
  /** What changed in the financing of the line, by source (only sources that differ). */
  sources: { source: FinancingSource; sourceName: string; beforeOre: number; afterOre: number }[];
}

export interface BudgetDiff {
  lines: BudgetLineDiff[];
  bySource: { source: FinancingSource; beforeOre: number; afterOre: number; differenceOre: number }[];
  totalBeforeOre: number;
  totalAfterOre: number;
}

/**
 * Lines of two versions are matched by what they are (scope, year, category, description), not by
 * id: a revision is a copy with new ids. Lines with the same key are added up first.
 */
const keyOf = (l: BudgetLineData) =>
  [l.scope, l.year ?? '', l.category, l.description.trim().toLocaleLowerCase('da')].join('\u0000');

function grouped(lines: readonly BudgetLineData[]) {
  const map = new Map<string, { line: BudgetLineData; amountOre: number; sources: Map<string, number> }>();
  for (const line of lines) {
    const key = keyOf(line);
    const g = map.get(key) ?? { line, amountOre: 0, sources: new Map<string, number>() };
    g.amountOre += line.amountOre;
    for (const f of line.financings) {
      const sk = `${f.source}\u0000${f.sourceName}`;
      g.sources.set(sk, (g.sources.get(sk) ?? 0) + f.amountOre);
    }
    map.set(key, g);
  }
  return map;
}

export function diffBudgets(before: readonly BudgetLineData[], after: readonly BudgetLineData[]): BudgetDiff {
  const a = grouped(before);
  const b = grouped(after);
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  const lines = keys.map((key): BudgetLineDiff => {
    const x = a.get(key);
    const y = b.get(key);
    const line = (y ?? x)?.line as BudgetLineData;
    const beforeOre = x?.amountOre ?? 0;
    const afterOre = y?.amountOre ?? 0;
    const sourceKeys = [...new Set([...(x?.sources.keys() ?? []), ...(y?.sources.keys() ?? [])])];
    const sources = sourceKeys
      .map((sk) => {
        const [source, sourceName] = sk.split('\u0000') as [FinancingSource, string];
        return { source, sourceName, beforeOre: x?.sources.get(sk) ?? 0, afterOre: y?.sources.get(sk) ?? 0 };
      })
      .filter((s) => s.beforeOre !== s.afterOre);
    const change: LineChange = !x
      ? 'added'
      : !y
        ? 'removed'
        : beforeOre !== afterOre || sources.length > 0
          ? 'changed'
          : 'unchanged';
    return {
      key,
      scope: line.scope,
      year: line.year,
      category: line.category,
      description: line.description,
      beforeOre,
      afterOre,
      differenceOre: afterOre - beforeOre,
      change,
      sources,
    };
  });
  lines.sort(
    (p, q) =>
      (p.year ?? 0) - (q.year ?? 0) ||
      p.category.localeCompare(q.category) ||
      p.description.localeCompare(q.description, 'da'),
  );
  const tb = budgetTotals(before);
  const ta = budgetTotals(after);
  const sum = (t: typeof tb, s: FinancingSource) =>
    t.bySource.filter((x) => x.source === s).reduce((n, x) => n + x.amountOre, 0);
  const bySource = SOURCE_ORDER.filter((s) => sum(tb, s) !== 0 || sum(ta, s) !== 0).map((source) => ({
    source,
    beforeOre: sum(tb, source),
    afterOre: sum(ta, source),
    differenceOre: sum(ta, source) - sum(tb, source),
  }));
  return { lines, bySource, totalBeforeOre: tb.totalOre, totalAfterOre: ta.totalOre };
}
