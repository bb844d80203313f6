import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../support/databases';
import { makePlanWorld, type TestApp, testApp } from '../support/factories';

type World = Awaited<ReturnType<typeof makePlanWorld>>;

describe.each(testBackends)('financing API on $name', (backend) => {
  let ctx: TestApp;
  let world: World;
  beforeAll(async () => {
    ctx = await testApp(backend);
    world = await makePlanWorld(ctx.db);
  });
  afterAll(() => ctx.close());

  const lines = () => `/api/plans/${world.plan.id}/financing-lines`;
  const lbf = { source: 'lbf', sourceName: 'Landsbyggefonden', kind: 'cash', amountOre: 12_000_000_00 };

  it('creates, reads, edits and deletes a financing line, exact to the øre', async () => {
    const created = await ctx.admin.post(lines(), { ...lbf, amountOre: 12_000_000_01, isApproximate: true });
    expect(created.statusCode, created.body).toBe(201);
    const line = created.json();
    expect(line).toMatchObject({ scope: 'plan', amountOre: 12_000_000_01, isApproximate: true });
    expect((await ctx.anonymous.get(`/api/financing-lines/${line.id}`)).json()).toEqual(line);
    const edited = await ctx.admin.patch(`/api/financing-lines/${line.id}`, { amountOre: 11_999_999_99 });
    expect(edited.json()).toMatchObject({ amountOre: 11_999_999_99, isApproximate: true, scope: 'plan' });
    expect((await ctx.admin.delete(`/api/financing-lines/${line.id}`)).statusCode).toBe(204);
    expect((await ctx.anonymous.get(`/api/financing-lines/${line.id}`)).json().code).toBe(
      'FINANCING_LINE_NOT_FOUND',
    );
  });

  it('refuses negative and fractional amounts, naming the field, and writes nothing', async () => {
    for (const amountOre of [-1, 100.5, '100', null]) {
      const res = await ctx.admin.post(lines(), { ...lbf, amountOre });
      expect(res.statusCode, String(amountOre)).toBe(400);
      expect(res.json().errors).toEqual([
        { field: 'body.amountOre', label: 'Beløb', message: expect.stringMatching(/^Beløb/) },
      ]);
    }
    const missing = await ctx.admin.post(lines(), { source: 'lbf', kind: 'cash', amountOre: 1 });
    expect(missing.json().errors[0].field).toBe('body.sourceName');
    const edit = await ctx.admin.post(lines(), lbf);
    const negative = await ctx.admin.patch(`/api/financing-lines/${edit.json().id}`, { amountOre: -5 });
    expect(negative.json()).toMatchObject({ status: 400, errors: [{ field: 'body.amountOre' }] });
    const period = await ctx.admin.post(lines(), {
      ...lbf,
      periodStart: '2025-01-01',
      periodEnd: '2024-12-31',
    });
    expect(period.json()).toMatchObject({ code: 'PERIOD_INVALID', errors: [{ field: 'periodEnd' }] });
    const outside = await ctx.admin.post(lines(), {
      ...lbf,
      scope: 'departmentCoFinancing',
      departmentId: world.departments.outside.id,
    });
    expect(outside.json()).toMatchObject({
      code: 'DEPARTMENT_NOT_IN_PLAN',
      errors: [{ field: 'departmentId' }],
    });
    const all = (await ctx.anonymous.get(`${lines()}?limit=500`)).json();
    expect(all.total).toBe(1);
  });

  it('sums the plan’s financing by source and kind, with each afdeling’s co-financing apart', async () => {
    const plan = await makePlanWorld(ctx.db);
    const url = `/api/plans/${plan.plan.id}/financing-lines`;
    const department = plan.departments.inPlan;
    for (const body of [
      { ...lbf, amountOre: 9_000_000_00 },
      { source: 'municipality', sourceName: 'Kommunen', kind: 'cash', amountOre: 2_000_000_00 },
      { source: 'municipality', sourceName: 'Kommunen', kind: 'inKindHours', amountOre: 500_000_50 },
      {
        source: 'housingOrganisation',
        sourceName: 'Boligselskabet',
        kind: 'unspecified',
        amountOre: 1_000_000_00,
        isApproximate: true,
      },
      {
        scope: 'departmentCoFinancing',
        source: 'department',
        sourceName: 'Afdelingen',
        departmentId: department.id,
        kind: 'cash',
        amountOre: 300_000_00,
      },
      {
        scope: 'departmentCoFinancing',
        source: 'department',
        sourceName: 'Afdelingen',
        departmentId: department.id,
        kind: 'inKindPremises',
        amountOre: 120_000_00,
      },
    ]) {
      expect((await ctx.admin.post(url, body)).statusCode).toBe(201);
    }
    const summary = (await ctx.anonymous.get(`/api/plans/${plan.plan.slug}/financing`)).json();
    expect(summary.lines).toHaveLength(4);
    expect(summary.funders).toMatchObject([
      { source: 'lbf', status: 'stated', amountOre: 9_000_000_00 },
      { source: 'municipality', status: 'stated', amountOre: 2_500_000_50, isApproximate: false },
      { source: 'housingOrganisation', status: 'stated', amountOre: 1_000_000_00, isApproximate: true },
    ]);
    expect(summary.statedSums).toMatchObject({ statedSumOre: 12_500_000_50, isApproximate: true });
    // No source says these are all the funders: the sum is a lower bound, not the total.
    expect(summary.total).toEqual({
      kind: 'derivedLowerBound',
      amountOre: null,
      lowerBoundOre: 12_500_000_50,
      isApproximate: true,
      sources: [],
      derivation: 'Summen af de oplyste beløb: 12.500.000,50 kr.',
    });
    expect(summary.localShareBp).toBeNull();
    expect(summary.departmentCoFinancing).toEqual([
      expect.objectContaining({
        departmentId: department.id,
        departmentName: department.name,
        cashOre: 300_000_00,
        inKindOre: 120_000_00,
        totalOre: 420_000_00,
      }),
    ]);
    const detail = (await ctx.anonymous.get(`/api/plans/${plan.plan.id}`)).json();
    expect(detail.financing).toEqual(summary);

    // Once the plan says its source lists every funder, their sum is the total (audited write).
    const known = await ctx.admin.patch(`/api/plans/${plan.plan.id}`, {
      financingAllFundersKnown: true,
      financingAllFundersKnownSource: 'Ansøgningen, s. 12',
    });
    expect(known.statusCode, known.body).toBeLessThan(300);
    const after = (await ctx.anonymous.get(`/api/plans/${plan.plan.slug}/financing`)).json();
    expect(after.total).toMatchObject({
      kind: 'allFundersKnown',
      amountOre: 12_500_000_50,
      lowerBoundOre: null,
      sources: ['Ansøgningen, s. 12'],
    });
    expect(after.localShareBp).toBe(2800); // 3.500.000,50 / 12.500.000,50 = 28,000… %
    const stated = await ctx.admin.patch(`/api/plans/${plan.plan.id}`, {
      financingAllFundersKnown: false,
      financingStatedTotalOre: -1,
    });
    expect(stated.json()).toMatchObject({ status: 400, errors: [{ field: 'body.financingStatedTotalOre' }] });
    const unknown = await ctx.anonymous.get('/api/plans/findes-ikke/financing');
    expect(unknown.json()).toMatchObject({ status: 404, code: 'PLAN_NOT_FOUND' });
  });
});
