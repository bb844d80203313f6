import { describe, expect, it } from 'vitest';
import { type BudgetInput, type BudgetLine, checkBudget, DEFAULT_BUDGET_RULE_SETTINGS } from './budget-rules';

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

  it.each<[string, boolean | undefined, string | null]>([
    [
      'an LBF-only budget of a plan whose local share no source states is not assessed',
      undefined,
      'notAssessed',
    ],
    ['…also when the plan says explicitly that its local share is not known', false, 'notAssessed'],
    ['an LBF-only budget of a plan whose funders are all known is a real 0 %', true, 'error'],
  ])('%s', (_, localCoFinancingKnown, severity) => {
    const findings = checkBudget({
      ...holbaek,
      localCoFinancingKnown,
      lines: [
        line({ financing: [{ source: 'lbf', sourceName: 'LBF', kind: 'cash', amountOre: kr(10_800_000) }] }),
      ],
    }).filter((f) => f.ruleId === 'LOCAL_CO_FINANCING');
    expect(findings.map((f) => f.severity)).toEqual([severity]);
    if (severity === 'notAssessed') {
      expect(findings[0]?.message).toBe(
        'Den lokale medfinansiering er ikke oplyst og kan ikke vurderes endnu. Med Landsbyggefondens 10.800.000 kr. skal den være mindst 3.600.000 kr. (mindst 25 %).',
      );
      expect(findings[0]?.message).not.toMatch(/0 %/);
    } else {
      expect(findings[0]?.message).toContain('= 0 %; kravet er mindst 25 %');
    }
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

describe('budget rules added for versions (2026-2)', () => {
  const base = (financing: BudgetLine['financing'], scope?: 'plan' | 'departmentCoFinancing') => ({
    id: scope ?? 'p',
    description: 'Linje',
    year: 2025,
    amountOre: financing.reduce((s, f) => s + f.amountOre, 0),
    financing,
    scope,
  });

  it('counts in-kind towards the local share only as the plan’s settings say', () => {
    const input: BudgetInput = {
      ...holbaek,
      lines: [
        base([
          { source: 'lbf', sourceName: 'LBF', kind: 'cash', amountOre: kr(700_000) },
          { source: 'department', sourceName: 'Afd.', kind: 'inKindPremises', amountOre: kr(300_000) },
        ]),
      ],
    };
    expect(checkBudget(input)).toEqual([]);
    const settings = { ...DEFAULT_BUDGET_RULE_SETTINGS, countInKindPremises: false };
    expect(checkBudget(input, settings).map((f) => f.message)).toEqual([
      'Lokal medfinansiering er 0 kr. af 1.000.000 kr. = 0 %; kravet er mindst 25 % (Landsbyggefonden højst 75 %). (300.000 kr. i timer/lokaler tæller ikke med efter planens indstilling)',
    ]);
  });

  it('leaves an afdeling’s itemised table out of the plan’s shares', () => {
    const findings = checkBudget({
      ...holbaek,
      lines: [
        ...holbaek.lines,
        base(
          [{ source: 'department', sourceName: 'Afd.', kind: 'cash', amountOre: kr(100_000_000) }],
          'departmentCoFinancing',
        ),
      ],
    });
    expect(findings).toEqual([]);
  });

  it('applies an LBF ceiling only when one is set', () => {
    expect(checkBudget(holbaek).some((f) => f.ruleId === 'LBF_CEILING')).toBe(false);
    const [finding] = checkBudget(holbaek, {
      ...DEFAULT_BUDGET_RULE_SETTINGS,
      lbfCeilingOre: kr(10_000_000),
    });
    expect(finding?.message).toBe(
      'Landsbyggefonden finansierer 10.500.000 kr.; loftet er 10.000.000 kr. — 500.000 kr. for meget',
    );
  });

  it('warns about in-kind hours without hours × rate', () => {
    const findings = checkBudget({
      ...holbaek,
      lines: [
        base([
          { source: 'lbf', sourceName: 'LBF', kind: 'cash', amountOre: kr(100) },
          { source: 'department', sourceName: 'Afd.', kind: 'inKindHours', amountOre: kr(33_000) },
          {
            source: 'department',
            sourceName: 'Afd.',
            kind: 'inKindHours',
            amountOre: kr(300),
            hours: 1,
            hourlyRateOre: kr(300),
          },
        ]),
      ],
    });
    expect(findings.map((f) => [f.ruleId, f.severity, f.message])).toEqual([
      [
        'IN_KIND_VALUED',
        'warning',
        '"Linje": Afd. bidrager med timer for 33.000 kr. uden antal timer og timesats.',
      ],
    ]);
  });

  it('compares the budget with the plan’s finansieringsplan by source', () => {
    const findings = checkBudget({
      ...holbaek,
      financingPlan: [
        { source: 'lbf', amountOre: kr(10_500_000) },
        { source: 'municipality', amountOre: kr(7_000_000) },
        { source: 'housingOrganisation', amountOre: kr(3_793_000) },
      ],
    });
    expect(findings.map((f) => f.message)).toEqual([
      'Kommunen: budgettet siger 7.776.000 kr., finansieringsplanen 7.000.000 kr. — forskel 776.000 kr.',
    ]);
  });
});
