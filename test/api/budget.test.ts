import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetLines, budgetVersions } from '../../src/db/schema/index';
import { testBackends } from '../support/databases';
import { type DemoApp, demoApp } from '../support/demo-app';
import type { TestClient } from '../support/http-client';

const kr = (n: number) => n * 100;

describe.each(testBackends)('budget API on $name', (backend) => {
  let demo: DemoApp;
  let admin: TestClient;
  let leader: TestClient;
  let koege: { id: string };

  beforeAll(async () => {
    demo = await demoApp(backend);
    admin = await demo.as('admin');
    leader = await demo.as('projektleder.koege');
    koege = (await admin.get('/api/plans/koege-2021-2025')).json();
  }, 120_000);
  afterAll(() => demo.close());

  const versionOf = async (plan: string) => {
    const list = (await admin.get(`/api/plans/${plan}/budget-versions`)).json();
    return (await admin.get(`/api/budget-versions/${list.items[0].id}`)).json();
  };
  const newVersion = async (body: Record<string, unknown> = {}) => {
    const res = await leader.post(`/api/plans/${koege.id}/budget-versions`, {
      kind: 'revision',
      name: 'Revision',
      firstYear: 2022,
      lastYear: 2024,
      ...body,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const lbf = (amountOre: number) => ({
    source: 'lbf',
    sourceName: 'Landsbyggefonden',
    kind: 'cash',
    amountOre,
  });

  it('reproduces the Holbæk seed to the krone: 22.069.000 by source, afdeling 400.000 + 805.000', async () => {
    const v = await versionOf('holbaek-2024-2027');
    expect(v.version).toMatchObject({
      kind: 'approved',
      status: 'approved',
      firstYear: 2024,
      lastYear: 2027,
    });
    expect(v.totals.totalOre).toBe(kr(22_069_000));
    expect(
      v.totals.bySource.map((s: { sourceName: string; amountOre: number }) => [s.sourceName, s.amountOre]),
    ).toEqual([
      ['Landsbyggefonden', kr(10_500_000)],
      ['Holbæk Kommune', kr(7_776_000)],
      ['Boligorganisationerne', kr(3_793_000)],
    ]);
    expect(v.totals.departments).toEqual([
      expect.objectContaining({
        departmentName: 'Afdelingen',
        cashOre: kr(400_000),
        inKindOre: kr(805_000),
        totalOre: kr(1_205_000),
        hours: 240,
      }),
    ]);
    // Only the two lines without hours × rate are flagged; the 25 % rule and the plan's
    // finansieringsplan agree with the budget.
    expect(v.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['IN_KIND_VALUED', 'IN_KIND_VALUED']);
    expect(v.rules.map((r: { id: string }) => r.id)).toContain('LOCAL_CO_FINANCING');
  });

  it('checks Amager’s 31 mio. against Copenhagen’s 12,5 % model, naming the figures', async () => {
    const v = await versionOf('amager-2022-2025');
    expect(v.totals.totalOre).toBe(kr(31_000_000));
    expect(v.totals.bySource).toHaveLength(4);
    expect(v.municipalityModel).toMatchObject({
      totalShareBp: 1250,
      secondmentAndActivitiesShareBp: 1060,
      coordinationShareBp: 190,
    });
    const model = v.findings.find((f: { ruleId: string }) => f.ruleId === 'MUNICIPALITY_MODEL');
    expect(model.message).toBe(
      'Københavns Kommune medfinansierer 14,52 % (4.500.000 kr.); modellen siger 12,5 % af 31.000.000 kr. = 3.875.000 kr.',
    );
  });

  it('spreads a line over the years exactly, with shares and hours × rate', async () => {
    const version = await newVersion();
    const res = await leader.post(`/api/budget-versions/${version.id}/lines`, {
      category: 'salaries',
      description: 'Projektleder',
      amountOre: 100_000_01,
      spreadOverYears: true,
      financings: [
        { source: 'lbf', sourceName: 'LBF', kind: 'cash', shareBp: 7500 },
        { source: 'municipality', sourceName: 'Køge Kommune', kind: 'cash', shareBp: 2500 },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const lines = res.json().items;
    expect(lines.map((l: { year: number }) => l.year)).toEqual([2022, 2023, 2024]);
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(sum(lines.map((l: { amountOre: number }) => l.amountOre))).toBe(100_000_01);
    const bySource = (i: number) =>
      sum(lines.map((l: { financings: { amountOre: number }[] }) => l.financings[i]?.amountOre ?? 0));
    expect([bySource(0), bySource(1)]).toEqual([75_000_01, 25_000_00]);

    const hours = await leader.post(`/api/budget-versions/${version.id}/lines`, {
      category: 'salaries',
      year: 2023,
      description: 'Frikøb af SSP-medarbejder',
      financings: [
        {
          source: 'municipality',
          sourceName: 'Køge Kommune',
          kind: 'inKindHours',
          hours: 37.5,
          hourlyRateOre: 450_00,
        },
      ],
    });
    expect(hours.json().items[0]).toMatchObject({
      amountOre: 16_875_00,
      financings: [{ hours: 37.5, hourlyRateOre: 450_00, amountOre: 16_875_00 }],
    });
  });

  it('refuses bad input naming the field, and saves nothing', async () => {
    const version = await newVersion();
    const url = `/api/budget-versions/${version.id}/lines`;
    const negative = await leader.post(url, { category: 'other', description: 'X', financings: [lbf(-100)] });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().errors).toEqual([
      {
        field: 'body.financings.0.amountOre',
        label: 'Beløb (nr. 1)',
        message: 'Beløbet må ikke være negativt',
      },
    ]);
    const over = await leader.post(url, {
      category: 'other',
      description: 'X',
      amountOre: 1000,
      financings: [
        { source: 'lbf', sourceName: 'LBF', kind: 'cash', shareBp: 7500 },
        { source: 'municipality', sourceName: 'K', kind: 'cash', shareBp: 3000 },
      ],
    });
    expect(over.statusCode).toBe(400);
    expect(over.json()).toMatchObject({
      code: 'BUDGET_SHARES_OVER_100',
      errors: [{ field: 'financings.0.shareBp', message: 'Andelene er tilsammen 105 %; højst 100 %' }],
    });
    const oneOver = await leader.post(url, {
      category: 'other',
      description: 'X',
      amountOre: 1,
      financings: [{ source: 'lbf', sourceName: 'LBF', kind: 'cash', shareBp: 10001 }],
    });
    expect(oneOver.json().errors[0].field).toBe('body.financings.0.shareBp');
    const outside = await leader.post(url, {
      category: 'other',
      description: 'X',
      year: 2026,
      financings: [lbf(100)],
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json()).toMatchObject({
      code: 'BUDGET_LINE_OUTSIDE_PERIOD',
      errors: [{ field: 'year', message: 'År: 2026 ligger uden for budgettets periode 2022–2024' }],
    });
    const badHours = await leader.post(url, {
      category: 'other',
      description: 'X',
      financings: [{ source: 'lbf', sourceName: 'LBF', kind: 'cash', hours: 2, hourlyRateOre: 100 }],
    });
    expect(badHours.json()).toMatchObject({
      code: 'BUDGET_FINANCING_INVALID',
      errors: [{ field: 'financings.0.hours' }],
    });
    const [n] = await demo.handle.db
      .select({ n: count() })
      .from(budgetLines)
      .where(eq(budgetLines.versionId, version.id));
    expect(n?.n).toBe(0);
    const yearsOutsidePlan = await leader.post(`/api/plans/${koege.id}/budget-versions`, {
      kind: 'applied',
      name: 'X',
      firstYear: 2019,
      lastYear: 2030,
    });
    expect(yearsOutsidePlan.json()).toMatchObject({
      code: 'BUDGET_YEARS_OUTSIDE_PLAN',
      errors: [
        { field: 'firstYear', message: 'Første år: Planen begynder i 2021' },
        { field: 'lastYear', message: 'Sidste år: Planen slutter i 2025' },
      ],
    });
  });

  it('approves (plan leader only), locks, copies into a revision and diffs the two', async () => {
    const version = await newVersion({ kind: 'applied', name: 'Ansøgt' });
    await leader.post(`/api/budget-versions/${version.id}/lines`, {
      category: 'salaries',
      year: 2022,
      description: 'Løn',
      financings: [lbf(500_000)],
    });
    await leader.post(`/api/budget-versions/${version.id}/lines`, {
      category: 'evaluation',
      year: 2024,
      description: 'Evaluering',
      financings: [lbf(100_000)],
    });
    const staff = await demo.as('medarbejder.koege');
    expect((await staff.post(`/api/budget-versions/${version.id}/approve`, {})).statusCode).toBe(403);
    const approved = await leader.post(`/api/budget-versions/${version.id}/approve`, {});
    expect(approved.json()).toMatchObject({
      status: 'approved',
      approvedBy: 'projektleder.koege@demo.helhedsplan.dk',
      totalOre: 600_000,
    });
    const locked = await leader.post(`/api/budget-versions/${version.id}/lines`, {
      category: 'other',
      description: 'X',
      financings: [lbf(1)],
    });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().code).toBe('BUDGET_VERSION_LOCKED');

    const revision = (
      await leader.post(`/api/budget-versions/${version.id}/copy`, { name: 'Revision 1' })
    ).json();
    expect(revision).toMatchObject({
      kind: 'revision',
      status: 'draft',
      basedOnVersionId: version.id,
      totalOre: 600_000,
    });
    const lines = (await admin.get(`/api/budget-versions/${revision.id}`)).json().lines;
    const salary = lines.find((l: { description: string }) => l.description === 'Løn');
    const edited = await leader.patch(`/api/budget-lines/${salary.id}`, {
      amountOre: 550_000,
      financings: [
        lbf(400_000),
        { source: 'municipality', sourceName: 'Køge Kommune', kind: 'cash', amountOre: 150_000 },
      ],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const evaluation = lines.find((l: { description: string }) => l.description === 'Evaluering');
    expect((await leader.delete(`/api/budget-lines/${evaluation.id}`)).statusCode).toBe(204);

    const diff = (await admin.get(`/api/budget-versions/${revision.id}/diff?against=${version.id}`)).json();
    expect(
      diff.lines.map((l: { description: string; change: string; differenceOre: number }) => [
        l.description,
        l.change,
        l.differenceOre,
      ]),
    ).toEqual([
      ['Løn', 'changed', 50_000],
      ['Evaluering', 'removed', -100_000],
    ]);
    expect(diff.bySource).toEqual([
      { source: 'lbf', beforeOre: 600_000, afterOre: 400_000, differenceOre: -200_000 },
      { source: 'municipality', beforeOre: 0, afterOre: 150_000, differenceOre: 150_000 },
    ]);
    expect((await leader.delete(`/api/budget-versions/${version.id}`)).statusCode).toBe(409);
    expect((await leader.delete(`/api/budget-versions/${revision.id}`)).statusCode).toBe(204);
    const [left] = await demo.handle.db
      .select({ n: count() })
      .from(budgetVersions)
      .where(eq(budgetVersions.id, revision.id));
    expect(left?.n).toBe(0);
  });

  it('lets the plan set how open rules apply, and the findings follow', async () => {
    const version = await newVersion({ kind: 'applied', name: 'Med timer' });
    await leader.post(`/api/budget-versions/${version.id}/lines`, {
      category: 'premises',
      year: 2022,
      description: 'Lokaler',
      financings: [
        lbf(700_000),
        { source: 'department', sourceName: 'Ellemarken', kind: 'inKindPremises', amountOre: 300_000 },
      ],
    });
    const before = (await admin.get(`/api/budget-versions/${version.id}`)).json();
    expect(before.findings.filter((f: { ruleId: string }) => f.ruleId === 'LOCAL_CO_FINANCING')).toEqual([]);
    const set = await leader.put(`/api/plans/${koege.id}/budget-rule-settings`, {
      minimumLocalShareBp: 2500,
      municipalityShareToleranceBp: 10,
      countInKindHours: true,
      countInKindPremises: false,
      lbfCeilingOre: null,
      note: 'Lokaler tæller ikke, jf. aftale med LBF',
    });
    expect(set.json()).toMatchObject({ countInKindPremises: false, isDefault: false });
    const after = (await admin.get(`/api/budget-versions/${version.id}`)).json();
    expect(
      after.findings.find((f: { ruleId: string }) => f.ruleId === 'LOCAL_CO_FINANCING').message,
    ).toContain('(3.000 kr. i timer/lokaler tæller ikke med efter planens indstilling)');
    const { isDefault: _, ...settings } = set.json() as Record<string, unknown>;
    const back = await leader.put(`/api/plans/${koege.id}/budget-rule-settings`, {
      ...settings,
      countInKindPremises: true,
    });
    expect(back.statusCode).toBe(200);
  });
});
