import { describe, expect, it } from 'vitest';
import { type BudgetInput, type BudgetLine, checkBudget } from './budget-rules';

const kr = (n: number) => n * 100;
const line = (over: Partial<BudgetLine> & Pick<BudgetLine, 'financing'>): BudgetLine => ({
  id: 'l1',
  description: 'Løn',
  year: 2025,
  amountOre: over.financing.reduce((s, f) => s + f.amountOre, 0),
  ...over,
});
const holbaek: BudgetInput = {
  planStartYear: 2024,
  planEndYear: 2027,
  municipalityModel: null,
  lines: [
    line({
      financing: [
        { source: 'lbf', sourceName: 'Landsbyggefonden', kind: 'cash', amountOre: kr(10_500_000) },
        {
          source: 'municipality',
          sourceName: 'Holbæk Kommune',
          kind: 'unspecified',
          amountOre: kr(7_776_000),
        },
        {
          source: 'housingOrganisation',
          sourceName: 'Boligorganisationerne',
          kind: 'unspecified',
          amountOre: kr(3_793_000),
        },
      ],
    }),
  ],
};

describe('budget rules', () => {
  it('finds nothing wrong with the Holbæk budget (52,4 % local)', () => {
    expect(checkBudget(holbaek)).toEqual([]);
  });

  it('refuses LBF above 75 %, naming the figures', () => {
    const [finding] = checkBudget({
      ...holbaek,
      lines: [
        line({
          financing: [
            { source: 'lbf', sourceName: 'LBF', kind: 'cash', amountOre: kr(760_000) },
            { source: 'municipality', sourceName: 'Kommunen', kind: 'cash', amountOre: kr(240_000) },
          ],
        }),
      ],
    });
    expect(finding?.ruleId).toBe('LOCAL_CO_FINANCING');
    expect(finding?.message).toBe(
      'Lokal medfinansiering er 240.000 kr. af 1.000.000 kr. = 24 %; kravet er mindst 25 % (Landsbyggefonden højst 75 %).',
    );
  });

  it('accepts exactly 25 % local', () => {
    const exact = line({
      financing: [
        { source: 'lbf', sourceName: 'LBF', kind: 'cash', amountOre: kr(750_000) },
        { source: 'municipality', sourceName: 'Kommunen', kind: 'cash', amountOre: kr(250_000) },
      ],
    });
    expect(checkBudget({ ...holbaek, lines: [exact] })).toEqual([]);
  });

  it('flags lines without a source, not fully financed, or outside the period', () => {
    const findings = checkBudget({
      ...holbaek,
      lines: [
        ...holbaek.lines,
        { id: 'x', description: 'Evaluering', year: 2028, amountOre: kr(100_000), financing: [] },
        {
          id: 'y',
          description: 'Lokaler',
          year: 2025,
          amountOre: kr(50_000),
          financing: [
            { source: 'department', sourceName: 'Afdelingen', kind: 'inKindPremises', amountOre: kr(40_000) },
          ],
        },
      ],
    });
    expect(findings.map((f) => [f.ruleId, f.lineId])).toEqual([
      ['LINE_FINANCED', 'x'],
      ['LINE_FULLY_FINANCED', 'y'],
      ['WITHIN_PERIOD', 'x'],
    ]);
  });

  it('checks Copenhagen’s 12,5 % model and its 10,6 + 1,9 split', () => {
    const model = {
      name: 'Københavns Kommune',
      totalShareBp: 1250,
      secondmentAndActivitiesShareBp: 1060,
      coordinationShareBp: 190,
      source: null,
    };
    const ok = line({
      financing: [
        { source: 'lbf', sourceName: 'LBF', kind: 'cash', amountOre: kr(7_000_000) },
        { source: 'housingOrganisation', sourceName: 'Org.', kind: 'cash', amountOre: kr(1_750_000) },
        {
          source: 'municipality',
          sourceName: 'KK',
          kind: 'cash',
          amountOre: kr(1_060_000),
          purpose: 'secondmentAndActivities',
        },
        {
          source: 'municipality',
          sourceName: 'KK',
          kind: 'cash',
          amountOre: kr(190_000),
          purpose: 'coordination',
        },
      ],
    });
    expect(checkBudget({ ...holbaek, municipalityModel: model, lines: [ok] })).toEqual([]);
    const tooMuchCoordination = line({
      financing: [
        { source: 'lbf', sourceName: 'LBF', kind: 'cash', amountOre: kr(7_000_000) },
        { source: 'housingOrganisation', sourceName: 'Org.', kind: 'cash', amountOre: kr(1_750_000) },
        {
          source: 'municipality',
          sourceName: 'KK',
          kind: 'cash',
          amountOre: kr(1_000_000),
          purpose: 'secondmentAndActivities',
        },
        {
          source: 'municipality',
          sourceName: 'KK',
          kind: 'cash',
          amountOre: kr(250_000),
          purpose: 'coordination',
        },
      ],
    });
    const findings = checkBudget({ ...holbaek, municipalityModel: model, lines: [tooMuchCoordination] });
    expect(findings.map((f) => f.message)).toEqual([
      'Kommunens andel til facilitering af samarbejdet er 250.000 kr.; modellen tillader højst 1,9 % = 190.000 kr.',
    ]);
  });
});
