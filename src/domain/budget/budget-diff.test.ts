import { describe, expect, it } from 'vitest';
import type { BudgetLineData } from './budget';
import { diffBudgets } from './budget-diff';

const l = (id: string, year: number, description: string, lbf: number, kommune = 0): BudgetLineData => ({
  id,
  scope: 'plan',
  year,
  category: 'salaries',
  description,
  amountOre: lbf + kommune,
  financings: [
    { source: 'lbf', sourceName: 'LBF', kind: 'cash', amountOre: lbf },
    ...(kommune
      ? [
          {
            source: 'municipality' as const,
            sourceName: 'Kommunen',
            kind: 'cash' as const,
            amountOre: kommune,
          },
        ]
      : []),
  ],
});

describe('diffBudgets', () => {
  it('matches lines by year, category and description, and shows what changed', () => {
    const d = diffBudgets(
      [l('a', 2024, 'Projektleder', 500), l('b', 2024, 'Evaluering', 100), l('c', 2025, 'Projektleder', 500)],
      [
        l('x', 2024, 'Projektleder', 500),
        l('y', 2025, 'projektleder ', 400, 150),
        l('z', 2025, 'Lektiecafé', 80),
      ],
    );
    const byKey = Object.fromEntries(d.lines.map((x) => [`${x.year} ${x.description.trim()}`, x]));
    expect(byKey['2024 Projektleder']?.change).toBe('unchanged');
    expect(byKey['2024 Evaluering']).toMatchObject({
      change: 'removed',
      beforeOre: 100,
      afterOre: 0,
      differenceOre: -100,
    });
    expect(byKey['2025 Lektiecafé']).toMatchObject({ change: 'added', afterOre: 80 });
    expect(byKey['2025 projektleder']).toMatchObject({ change: 'changed', beforeOre: 500, afterOre: 550 });
    expect(byKey['2025 projektleder']?.sources).toEqual([
      { source: 'lbf', sourceName: 'LBF', beforeOre: 500, afterOre: 400 },
      { source: 'municipality', sourceName: 'Kommunen', beforeOre: 0, afterOre: 150 },
    ]);
    expect(d.bySource).toEqual([
      { source: 'lbf', beforeOre: 1100, afterOre: 980, differenceOre: -120 },
      { source: 'municipality', beforeOre: 0, afterOre: 150, differenceOre: 150 },
    ]);
    expect([d.totalBeforeOre, d.totalAfterOre]).toEqual([1100, 1130]);
  });
});
