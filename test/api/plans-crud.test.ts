import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, plans } from '../../src/db/schema/index';
import { planDetailSchema } from '../../src/server/plans/plan-detail.schema';
import { testBackends } from '../support/databases';
import {
  focusArea,
  makeDepartment,
  makePlan,
  makePlanWorld,
  makeStatistic,
  signedInAs,
  type TestApp,
  testApp,
} from '../support/factories';

type World = Awaited<ReturnType<typeof makePlanWorld>>;

describe.each(testBackends)('plans: create, read, edit, status on $name', (backend) => {
  let ctx: TestApp;
  let world: World;
  beforeAll(async () => {
    ctx = await testApp(backend);
    world = await makePlanWorld(ctx.db);
  });
  afterAll(() => ctx.close());

  it('creates a plan as an idea with its afdelinger, and edits it', async () => {
    const created = await ctx.admin.post('/api/plans', {
      slug: 'ny-plan-2026',
      name: 'Ny helhedsplan',
      municipalityId: world.municipality.id,
      fundingPeriodId: '2019-26',
      startDate: '2026-01-01',
      endDate: '2029-12-31',
      departmentIds: [world.departments.inPlan.id, world.departments.outside.id],
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ status: 'idea', departments: [{}, {}] });
    const edited = await ctx.admin.patch('/api/plans/ny-plan-2026', {
      vision: 'Trygge hjem',
      endDate: '2030-06-30',
    });
    expect(edited.json()).toMatchObject({
      vision: 'Trygge hjem',
      endDate: '2030-06-30',
      name: 'Ny helhedsplan',
    });
    const backwards = await ctx.admin.patch('/api/plans/ny-plan-2026', { endDate: '2025-01-01' });
    expect(backwards.json()).toMatchObject({
      status: 400,
      code: 'PERIOD_INVALID',
      errors: [{ field: 'endDate' }],
    });
    const taken = await ctx.admin.post('/api/plans', {
      slug: 'ny-plan-2026',
      name: 'Igen',
      municipalityId: world.municipality.id,
      fundingPeriodId: '2019-26',
    });
    expect(taken.json()).toMatchObject({ status: 409, code: 'SLUG_TAKEN', errors: [{ field: 'slug' }] });
  });

  it('writes nothing when one afdeling of several is wrong', async () => {
    const elsewhere = await makePlanWorld(ctx.db);
    const before = (await ctx.db.select().from(plans)).length;
    const events = (await ctx.db.select().from(auditEvents)).length;
    for (const [departmentIds, code] of [
      [[world.departments.inPlan.id, elsewhere.departments.inPlan.id], 'DEPARTMENT_NOT_IN_MUNICIPALITY'],
      [[world.departments.inPlan.id, '00000000-0000-4000-8000-000000000000'], 'DEPARTMENT_NOT_FOUND'],
    ] as const) {
      const res = await ctx.admin.post('/api/plans', {
        slug: 'halv-plan',
        name: 'Halv',
        municipalityId: world.municipality.id,
        fundingPeriodId: '2019-26',
        departmentIds,
      });
      expect(res.json()).toMatchObject({ code, errors: [{ field: 'departmentIds.1' }] });
    }
    expect(await ctx.db.select().from(plans)).toHaveLength(before);
    expect(await ctx.db.select().from(auditEvents)).toHaveLength(events);
    expect(await ctx.db.select().from(plans).where(eq(plans.slug, 'halv-plan'))).toEqual([]);
  });

  it('answers 400 naming the field for a missing field and a wrong type', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ name: 'x', municipalityId: world.municipality.id, fundingPeriodId: '2019-26' }, 'body.slug'],
      [{ slug: 'ok-slug', name: 'x', municipalityId: 42, fundingPeriodId: '2019-26' }, 'body.municipalityId'],
      [
        {
          slug: 'Ikke Et Slug',
          name: 'x',
          municipalityId: world.municipality.id,
          fundingPeriodId: '2019-26',
        },
        'body.slug',
      ],
      [
        {
          slug: 'ok-slug',
          name: 'x',
          municipalityId: world.municipality.id,
          fundingPeriodId: '2019-26',
          startDate: '1/1/2026',
        },
        'body.startDate',
      ],
    ];
    for (const [body, field] of cases) {
      const res = await ctx.admin.post('/api/plans', body);
      expect(res.statusCode).toBe(400);
      expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const status = await ctx.admin.patch(`/api/plans/${world.plan.id}`, { status: 'godkendt' });
    expect(status.json().errors[0].field).toBe('body.status');
  });

  it('moves the status one step at a time, only by the plan leader, and never out of completed', async () => {
    const plan = await makePlan(ctx.db, { municipalityId: world.municipality.id, status: 'idea' });
    const url = `/api/plans/${plan.id}`;
    const leader = await signedInAs(ctx.app, ctx.db, [{ role: 'planLeader', planId: plan.id }]);
    const staff = await signedInAs(ctx.app, ctx.db, [{ role: 'planStaff', planId: plan.id }]);
    expect((await staff.patch(url, { status: 'prequalification' })).statusCode).toBe(403);
    expect((await staff.patch(url, { summary: 'Kort udgave' })).statusCode).toBe(200);
    const skip = await leader.patch(url, { status: 'application' });
    expect(skip.json()).toMatchObject({
      status: 409,
      code: 'PLAN_STATUS_TRANSITION_INVALID',
      errors: [{ field: 'status' }],
    });
    for (const status of [
      'prequalification',
      'application',
      'prequalification',
      'application',
      'approved',
      'active',
      'completed',
    ]) {
      const res = await leader.patch(url, { status });
      expect(res.statusCode, `→ ${status}: ${res.body}`).toBe(200);
      expect(res.json().status).toBe(status);
    }
    // A completed plan whose period is over (none is known here) is read-only (decision 016).
    const back = await leader.patch(url, { status: 'active' });
    expect(back.json().code).toBe('PLAN_READ_ONLY');
    expect((await leader.patch(url, { status: 'completed' })).statusCode).toBe(409);
  });

  it('shows the plan by slug and by id with every section', async () => {
    const p = await makePlanWorld(ctx.db);
    const url = `/api/plans/${p.plan.id}`;
    const area = await focusArea(ctx.db, '2019-26', 'employment');
    const old = await makePlan(ctx.db, { municipalityId: p.municipality.id, status: 'completed' });
    await makeStatistic(ctx.db, {
      scope: 'department',
      departmentId: p.departments.inPlan.id,
      indicator: 'units',
      value: 600,
    });
    await makeStatistic(ctx.db, {
      scope: 'planAreas',
      planId: p.plan.id,
      indicator: 'residents',
      value: 3498,
    });
    await ctx.admin.put(`${url}/organisations/${p.organisation.id}`, { role: 'applicant' });
    await ctx.admin.put(`${url}/predecessors/${old.id}`, { kind: 'replaces' });
    await ctx.admin.post(`${url}/staff`, { role: 'projectLeader', title: 'Projektleder', weeklyHours: 37 });
    const partner = (
      await ctx.admin.post(`${url}/partners`, { name: 'Jobcenter', type: 'municipalDepartment' })
    ).json();
    await ctx.admin.post(`${url}/activities`, {
      focusAreaId: area.id,
      name: 'Jobcafé',
      departmentIds: [p.departments.inPlan.id],
      partnerIds: [partner.id],
    });
    await ctx.admin.post(`${url}/financing-lines`, {
      source: 'lbf',
      sourceName: 'LBF',
      kind: 'cash',
      amountOre: 100_00,
    });
    const body = (
      await ctx.admin.post(`${url}/bodies`, {
        kind: 'board',
        name: 'Bestyrelsen',
        hasDecisionAuthority: true,
      })
    ).json();
    await ctx.admin.post(`/api/bodies/${body.id}/members`, { role: 'Formand' });
    await ctx.admin.post(`/api/bodies/${body.id}/contacts`, { name: 'Formanden' });
    const network = (await ctx.admin.post(`${url}/networks`, { name: 'Kvindenetværket' })).json();
    await ctx.admin.post(`/api/networks/${network.id}/groups`, { name: 'Strik' });
    await ctx.admin.post(`/api/networks/${network.id}/activities`, { name: 'NADA' });
    await ctx.admin.post(`/api/networks/${network.id}/contacts`, { name: 'Tovholder' });
    await ctx.admin.post(`${url}/contacts`, { name: 'Projektlederen' });
    await makeDepartment(ctx.db, { municipalityId: p.municipality.id });

    const bySlug = await ctx.anonymous.get(`/api/plans/${p.plan.slug}`);
    const byId = await ctx.anonymous.get(url);
    expect(bySlug.statusCode).toBe(200);
    expect(byId.json()).toEqual(bySlug.json());
    const detail = planDetailSchema.parse(bySlug.json());
    expect(detail.municipality.id).toBe(p.municipality.id);
    expect(detail.departments).toMatchObject([
      { id: p.departments.inPlan.id, keyFigures: [{ indicator: 'units', value: 600 }] },
    ]);
    expect(detail.areaFigures).toMatchObject([{ indicator: 'residents', value: 3498 }]);
    expect(detail.organisations).toMatchObject([{ id: p.organisation.id, role: 'applicant' }]);
    expect(detail.predecessors).toMatchObject([{ id: old.id, kind: 'replaces' }]);
    expect(detail.staff).toMatchObject([{ role: 'projectLeader', weeklyHours: 37 }]);
    const employment = detail.focusAreas.find((f) => f.code === 'employment');
    expect(employment?.activities).toMatchObject([
      { name: 'Jobcafé', partners: [{ id: partner.id }], departments: [{ id: p.departments.inPlan.id }] },
    ]);
    expect(detail.focusAreas.map((f) => f.code)).toHaveLength(4);
    expect(detail.partners).toHaveLength(1);
    expect(detail.financing.statedSums.statedSumOre).toBe(100_00);
    expect(detail.financing.total).toMatchObject({ kind: 'derivedLowerBound', amountOre: null });
    expect(detail.bodies).toMatchObject([
      { name: 'Bestyrelsen', members: [{ role: 'Formand' }], contacts: [{ name: 'Formanden' }] },
    ]);
    expect(detail.networks).toMatchObject([
      {
        name: 'Kvindenetværket',
        groups: [{ name: 'Strik' }],
        activities: [{ name: 'NADA' }],
        contacts: [{ name: 'Tovholder' }],
      },
    ]);
    expect(detail.contacts.map((c) => c.name)).toEqual(['Projektlederen']);
  });

  it('answers 404 PLAN_NOT_FOUND for an unknown UUID and an unknown slug', async () => {
    for (const key of ['00000000-0000-4000-8000-000000000000', 'findes-ikke', 'x'.repeat(90)]) {
      const res = await ctx.anonymous.get(`/api/plans/${key}`);
      expect(res.statusCode, key).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({
        status: 404,
        code: 'PLAN_NOT_FOUND',
        title: 'Helhedsplanen findes ikke.',
      });
    }
    const edit = await ctx.admin.patch('/api/plans/findes-ikke', { name: 'x' });
    expect(edit.json()).toMatchObject({ status: 404, code: 'PLAN_NOT_FOUND' });
  });

  it('lists plans filtered by municipality, status and name, paginated', async () => {
    const m = await makePlanWorld(ctx.db);
    for (const [name, status] of [
      ['Alfa', 'active'],
      ['Beta', 'idea'],
      ['Gamma', 'active'],
    ] as const) {
      await makePlan(ctx.db, { municipalityId: m.municipality.id, name, status });
    }
    const names = async (q: string) =>
      (await ctx.anonymous.get(`/api/plans?municipality=${m.municipality.slug}&${q}`))
        .json()
        .items.map((p: { name: string }) => p.name);
    expect((await names('status=active')).sort()).toEqual(expect.arrayContaining(['Alfa', 'Gamma']));
    expect(await names('q=bet')).toEqual(['Beta']);
    const page = (
      await ctx.anonymous.get(`/api/plans?municipality=${m.municipality.slug}&limit=2&offset=2`)
    ).json();
    expect(page).toMatchObject({ total: 4, limit: 2, offset: 2 });
    expect(page.items).toHaveLength(2);
  });
});
