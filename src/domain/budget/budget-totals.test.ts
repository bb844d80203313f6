import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BudgetFinancing, BudgetLineData } from './budget';
import { budgetTotals } from './budget-totals';

const kr = (n: number) => n * 100;
let n = 0;
const line = (p: Partial<BudgetLineData> & { financings: BudgetFinancing[] }): BudgetLineData => ({
  id: `l${++n}`,
  scope: 'plan',
  year: null,
  category: 'other',
  description: 'Samlet økonomi',
  amountOre: p.financings.reduce((s, f) => s + f.amountOre, 0),
  ...p,
});
const afdeling = (
  kind: BudgetFinancing['kind'],
  amount: number,
  hours?: number,
  rate?: number,
): BudgetFinancing => ({
  source: 'department',
  sourceName: 'Afdelingen',
  kind,
  amountOre: kr(amount),
  hours: hours ?? null,
  hourlyRateOre: rate ?? null,
});

/** The Holbæk seed (003): total by source and the afdeling's co-financing table. */
const holbaekLines = (): BudgetLineData[] => [
  line({
    financings: [
      { source: 'lbf', sourceName: 'Landsbyggefonden', kind: 'cash', amountOre: kr(10_500_000) },
      { source: 'municipality', sourceName: 'Holbæk Kommune', kind: 'unspecified', amountOre: kr(7_776_000) },
      {
        source: 'housingOrganisation',
        sourceName: 'Boligorganisationerne',
        kind: 'unspecified',
        amountOre: kr(3_793_000),
      },
    ],
  }),
  line({
    scope: 'departmentCoFinancing',
    category: 'premises',
    description: 'Lokaleleje',
    financings: [afdeling('inKindPremises', 457_000)],
  }),
  line({
    scope: 'departmentCoFinancing',
    category: 'salaries',
    description: 'Udgifter til løn',
    financings: [afdeling('cash', 400_000)],
  }),
  line({
    scope: 'departmentCoFinancing',
    category: 'salaries',
    description: 'Driftschef (30 t/år)',
    financings: [afdeling('inKindHours', 33_000)],
  }),
  line({
    scope: 'departmentCoFinancing',
    category: 'salaries',
    description: 'Gårdmænd/driftschef (4/m)',
    financings: [afdeling('inKindHours', 53_000)],
  }),
  line({
    scope: 'departmentCoFinancing',
    category: 'salaries',
    description: 'Gårdmænd – lommepengeprojekt (4 t/u)',
    financings: [afdeling('inKindHours', 229_000)],
  }),
  line({
    scope: 'departmentCoFinancing',
    category: 'salaries',
    description: 'Lokal boligsocial medarbejder (30 t/år)',
    financings: [afdeling('inKindHours', 33_000)],
  }),
];

describe('budgetTotals', () => {
  it('reproduces Holbæk: 22.069.000 by source, and the afdeling’s 400.000 + 805.000 = 1.205.000', () => {
    const t = budgetTotals(holbaekLines());
    expect(t.totalOre).toBe(kr(22_069_000));
    expect(t.financedOre).toBe(kr(22_069_000));
    expect(t.bySource.map((s) => [s.sourceName, s.amountOre])).toEqual([
      ['Landsbyggefonden', kr(10_500_000)],
      ['Holbæk Kommune', kr(7_776_000)],
      ['Boligorganisationerne', kr(3_793_000)],
    ]);
    expect(t.bySource.map((s) => s.shareBp)).toEqual([4758, 3523, 1719]);
    expect(t.departments).toHaveLength(1);
    expect(t.departments[0]).toMatchObject({
      departmentName: 'Afdelingen',
      cashOre: kr(400_000),
      inKindOre: kr(805_000),
      totalOre: kr(1_205_000),
    });
    expect(t.departments[0]?.items).toHaveLength(6);
  });

  it('totals by year, kind, category and focus area', () => {
    const t = budgetTotals([
      line({
        year: 2024,
        category: 'salaries',
        focusAreaId: 'f1',
        focusAreaName: 'Beskæftigelse',
        financings: [
          { source: 'lbf', sourceName: 'LBF', kind: 'cash', amountOre: 750 },
          {
            source: 'municipality',
            sourceName: 'K',
            kind: 'inKindHours',
            amountOre: 250,
            hours: 2.5,
            hourlyRateOre: 100,
          },
        ],
      }),
      line({
        year: 2025,
        category: 'premises',
        financings: [
          {
            source: 'department',
            sourceName: 'A',
            departmentId: 'd1',
            departmentName: 'Ellemarken',
            kind: 'inKindPremises',
            amountOre: 333,
          },
        ],
      }),
    ]);
    expect(t.byYear.map((y) => [y.year, y.amountOre])).toEqual([
      [2024, 1000],
      [2025, 333],
    ]);
    expect(t.byKind).toEqual([
      { kind: 'cash', amountOre: 750 },
      { kind: 'inKindHours', amountOre: 250 },
      { kind: 'inKindPremises', amountOre: 333 },
    ]);
    expect(t.byCategory).toEqual([
      { category: 'salaries', amountOre: 1000 },
      { category: 'premises', amountOre: 333 },
    ]);
    expect(t.byFocusArea[0]).toEqual({ focusAreaId: 'f1', focusAreaName: 'Beskæftigelse', amountOre: 1000 });
    expect(t.departments[0]).toMatchObject({
      departmentName: 'Ellemarken',
      inKindOre: 333,
      cashOre: 0,
      totalOre: 333,
    });
  });

  it('property: every grouping sums to the same total', () => {
    const financing = fc.record({
      source: fc.constantFrom(
        'lbf',
        'municipality',
        'housingOrganisation',
        'department',
        'externalFoundation',
        'other' as const,
      ),
      sourceName: fc.constantFrom('A', 'B'),
      kind: fc.constantFrom('cash', 'inKindHours', 'inKindPremises', 'unspecified' as const),
      amountOre: fc.integer({ min: 0, max: 1_000_000_000 }),
    });
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            year: fc.option(fc.integer({ min: 2020, max: 2027 })),
            financings: fc.array(financing, { maxLength: 4 }),
          }),
          { maxLength: 10 },
        ),
        (raw) => {
          const t = budgetTotals(
            raw.map((r) => line({ year: r.year, financings: r.financings as BudgetFinancing[] })),
          );
          const s = (xs: { amountOre: number }[]) => xs.reduce((n, x) => n + x.amountOre, 0);
          expect(s(t.bySource)).toBe(t.financedOre);
          expect(s(t.byKind)).toBe(t.financedOre);
          expect(s(t.byYear)).toBe(t.totalOre);
          expect(s(t.byCategory)).toBe(t.totalOre);
          expect(t.totalOre).toBe(t.financedOre);
        },
      ),
    );
  });
});
