import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../support/databases';
import { type DemoApp, demoApp } from '../support/demo-app';
import type { TestClient } from '../support/http-client';

const kr = (n: number) => n * 100;
/** Sources as the API renders them: publisher, title, year and where — never a registry key. */
const KOEGE_LBF =
  '[Køge Kommune]: »Boligsocial Helhedsplan« [2021], indledningen: »Landsbyggefonden har bevilliget 10,8 mio.«';

/**
 * Issue #13 items 1 and 6 on the demo data: a funder's amount is never a plan's total, unknown is
 * never zero, and a period amount is split by the plan's months (decision 015).
 */
describe.each(testBackends)('financing figures as the sources give them, on $name', (backend) => {
  let demo: DemoApp;
  let admin: TestClient;
  let anonymous: TestClient;
  let list: { slug: string; financingTotal: Record<string, unknown> }[];

  beforeAll(async () => {
    demo = await demoApp(backend);
    admin = await demo.as('admin');
    anonymous = { get: (url: string) => demo.app.inject({ method: 'GET', url }) } as unknown as TestClient;
    list = (await anonymous.get('/api/plans?limit=100')).json().items;
  }, 120_000);
  afterAll(() => demo.close());

  const inList = (slug: string) => list.find((p) => p.slug === slug)?.financingTotal;
  const ruleFindings = async (plan: string) => {
    const versions = (await admin.get(`/api/plans/${plan}/budget-versions`)).json();
    const v = (await admin.get(`/api/budget-versions/${versions.items[0].id}`)).json();
    return v.findings.filter((f: { ruleId: string }) => f.ruleId === 'LOCAL_CO_FINANCING');
  };

  it('Køge: LBF’s 10,8 mio. kr. with its source, the others not stated, the total unknown but at least 14,4 mio. kr.', async () => {
    const total = {
      kind: 'derivedLowerBound',
      amountOre: null,
      lowerBoundOre: kr(14_400_000),
      isApproximate: false,
      sources: [KOEGE_LBF],
      derivation: 'Landsbyggefonden betaler højst 75 % af planen: 10.800.000 kr. / 75 % = 14.400.000 kr.',
    };
    expect(inList('koege-2021-2025')).toEqual(total);
    expect(JSON.stringify(list)).not.toContain('totalBudgetOre');
    expect(JSON.stringify(list)).not.toMatch(/kilde:|seed:\d/);
    const financing = (await anonymous.get('/api/plans/koege-2021-2025/financing')).json();
    expect(financing.total).toEqual(total);
    expect(financing.funders).toEqual([
      {
        source: 'lbf',
        sourceName: 'Landsbyggefonden',
        status: 'stated',
        amountOre: kr(10_800_000),
        isApproximate: false,
        documentSources: [KOEGE_LBF],
      },
      {
        source: 'municipality',
        sourceName: null,
        status: 'notStated',
        amountOre: null,
        isApproximate: false,
        documentSources: [],
      },
      {
        source: 'housingOrganisation',
        sourceName: null,
        status: 'notStated',
        amountOre: null,
        isApproximate: false,
        documentSources: [],
      },
    ]);
    expect(
      financing.derived.map((d: { figure: string; lowerBoundOre: number }) => [d.figure, d.lowerBoundOre]),
    ).toEqual([
      ['totalAtLeast', kr(14_400_000)],
      ['localAtLeast', kr(3_600_000)],
    ]);
    expect(financing.localCoFinancingKnown).toBe(false);
    expect(JSON.stringify(financing)).not.toMatch(/kilde:|seed:\d/);
    expect(financing.localShareBp).toBeNull();
  });

  it('Køge: the 25 % rule is not assessed (not "0 %") while no source states the local share', async () => {
    const findings = await ruleFindings('koege-2021-2025');
    expect(findings).toEqual([
      {
        ruleId: 'LOCAL_CO_FINANCING',
        severity: 'notAssessed',
        message:
          'Den lokale medfinansiering er ikke oplyst og kan ikke vurderes endnu. Med Landsbyggefondens 10.800.000 kr. skal den være mindst 3.600.000 kr. (mindst 25 %).',
        figures: { lbfOre: kr(10_800_000), localAtLeastOre: kr(3_600_000), minimumShareBp: 2500 },
      },
    ]);
    const csv = await admin.get(
      `/api/budget-versions/${(await admin.get('/api/plans/koege-2021-2025/budget-versions')).json().items[0].id}/export?format=csv&table=findings`,
    );
    expect(csv.statusCode).toBe(200);
    const id = (await admin.get('/api/plans/koege-2021-2025/budget-versions')).json().items[0].id;
    const version = (await admin.get(`/api/budget-versions/${id}`)).json();
    expect(version.localCoFinancingKnown).toBe(false);
    const sources = await admin.get(`/api/budget-versions/${id}/export?format=csv&table=sources`);
    expect(sources.body).toContain('I alt i versionen (lokal medfinansiering ikke oplyst)');
    expect(sources.body).not.toMatch(/;100(\r?\n|$)/);
    expect(csv.body).toContain('Ikke vurderet');
    expect(csv.body).not.toContain('0 %; kravet');
  });

  it('Køge: the 10,8 mio. kr. are split by the months of 1.9.2021–31.8.2025, to the øre', async () => {
    const bva = (await admin.get('/api/plans/koege-2021-2025/budget-vs-actual?asOf=2021-08-31')).json();
    expect(bva.years.map((y: { year: number; budgetOre: number }) => [y.year, y.budgetOre])).toEqual([
      [2021, kr(900_000)],
      [2022, kr(2_700_000)],
      [2023, kr(2_700_000)],
      [2024, kr(2_700_000)],
      [2025, kr(1_800_000)],
    ]);
    expect(bva.budgetTotalOre).toBe(kr(10_800_000));
    expect(bva.months).toHaveLength(48);
    expect(bva.months[0].month).toBe('2021-09');
  });

  it('Amager: the source states the total, 31 mio. kr.', async () => {
    const total = {
      kind: 'stated',
      amountOre: kr(31_000_000),
      lowerBoundOre: null,
      isApproximate: false,
      sources: [
        '[Partnerskabet i Urbanplanen]: »To boligsociale helhedsplaner bliver til én« [2021], afsnittet »Hvor kommer pengene fra?«: »Samlet budget: 31 mio. kr.«',
      ],
      derivation: null,
    };
    expect(inList('amager-2022-2025')).toEqual(total);
    const financing = (await anonymous.get('/api/plans/amager-2022-2025/financing')).json();
    expect(financing.total).toEqual(total);
    expect(financing.funders.map((f: { amountOre: number }) => f.amountOre)).toEqual([
      kr(19_000_000),
      kr(4_500_000),
      kr(4_500_000),
      kr(3_000_000),
    ]);
    expect(financing.derived).toEqual([]);
    expect(await ruleFindings('amager-2022-2025')).toEqual([]);
  });

  it('Holbæk: all funders known, the total is their sum 22.069.000 kr.', async () => {
    const total = inList('holbaek-2024-2027');
    expect(total).toMatchObject({ kind: 'allFundersKnown', amountOre: kr(22_069_000), lowerBoundOre: null });
    const financing = (await anonymous.get('/api/plans/holbaek-2024-2027/financing')).json();
    expect(financing.total).toEqual(total);
    expect(financing.funders.every((f: { status: string }) => f.status === 'stated')).toBe(true);
    expect(financing.localShareBp).toBe(5242);
    expect(financing.total.sources).toEqual([expect.stringContaining('»I alt 22.069.000«')]);
    expect(await ruleFindings('holbaek-2024-2027')).toEqual([]);
  });

  it('describes the total’s kind in the OpenAPI document', async () => {
    const doc = (await anonymous.get('/api/openapi.json')).json();
    const text = JSON.stringify(doc);
    expect(text).toContain('derivedLowerBound');
    expect(text).toContain('allFundersKnown');
    expect(text).not.toContain('totalBudgetOre');
  });
});
