import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../support/databases';
import {
  makeDepartment,
  makeMunicipality,
  makeOrganisation,
  makePlanWorld,
  makeStatistic,
  signedInAs,
  type TestApp,
  testApp,
} from '../support/factories';

type World = Awaited<ReturnType<typeof makePlanWorld>>;

describe.each(testBackends)('afdelinger and their figures on $name', (backend) => {
  let ctx: TestApp;
  let world: World;
  beforeAll(async () => {
    ctx = await testApp(backend);
    world = await makePlanWorld(ctx.db);
  });
  afterAll(() => ctx.close());

  it('creates, reads and edits an afdeling, keeping what the edit leaves out', async () => {
    const created = await ctx.admin.post('/api/departments', {
      slug: 'hastrupparken',
      name: 'Hastrupparken',
      kind: 'estate',
      municipalityId: world.municipality.id,
      organisationId: world.organisation.id,
      units: 640,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ kind: 'estate', units: 640 });
    const detail = (await ctx.anonymous.get('/api/departments/hastrupparken')).json();
    expect(detail).toMatchObject({ id: created.json().id, organisation: { id: world.organisation.id } });
    expect((await ctx.anonymous.get(`/api/departments/${created.json().id}`)).json()).toEqual(detail);
    const edited = await ctx.admin.patch('/api/departments/hastrupparken', { residents: 1500 });
    expect(edited.json()).toMatchObject({ kind: 'estate', units: 640, residents: 1500 });
    const again = await ctx.admin.post('/api/departments', {
      slug: 'hastrupparken',
      name: 'Igen',
      municipalityId: world.municipality.id,
    });
    expect(again.json()).toMatchObject({ status: 409, code: 'SLUG_TAKEN' });
    const noOrg = await ctx.admin.patch('/api/departments/hastrupparken', {
      organisationId: '00000000-0000-4000-8000-000000000000',
    });
    expect(noOrg.json()).toMatchObject({
      status: 404,
      code: 'ORGANISATION_NOT_FOUND',
      errors: [{ field: 'organisationId' }],
    });
  });

  it('lists afdelinger filtered by municipality, plan, organisation and name, paginated', async () => {
    const m = await makeMunicipality(ctx.db);
    const org = await makeOrganisation(ctx.db);
    for (const name of ['Agerparken', 'Bakkehuse', 'Christianshøj']) {
      await makeDepartment(ctx.db, {
        municipalityId: m.id,
        name,
        organisationId: name === 'Bakkehuse' ? org.id : null,
      });
    }
    const names = async (q: string) =>
      (await ctx.anonymous.get(`/api/departments?${q}`)).json().items.map((d: { name: string }) => d.name);
    expect(await names(`municipality=${m.slug}`)).toEqual(['Agerparken', 'Bakkehuse', 'Christianshøj']);
    expect(await names(`municipality=${m.id}&q=park`)).toEqual(['Agerparken']);
    expect(await names(`organisation=${org.slug}`)).toEqual(['Bakkehuse']);
    expect(await names(`plan=${world.plan.slug}`)).toEqual([world.departments.inPlan.name]);
    const page = (await ctx.anonymous.get(`/api/departments?municipality=${m.slug}&limit=1&offset=1`)).json();
    expect(page).toMatchObject({ total: 3, limit: 1, offset: 1, items: [{ name: 'Bakkehuse' }] });
    expect((await ctx.anonymous.get('/api/departments?plan=findes-ikke')).json().code).toBe('PLAN_NOT_FOUND');
    expect((await ctx.anonymous.get('/api/departments/findes-ikke')).json().code).toBe(
      'DEPARTMENT_NOT_FOUND',
    );
    expect(
      (await ctx.anonymous.get('/api/departments/00000000-0000-4000-8000-000000000000')).json().code,
    ).toBe('DEPARTMENT_NOT_FOUND');
  });

  it('adds, lists, corrects and deletes figures of an afdeling, a plan’s areas, a municipality and the country', async () => {
    const figure = {
      indicator: 'shareOutsideWorkOrEducation18to64',
      year: 2023,
      value: 41.3,
      source: 'Danmarks Statistik',
    };
    const subjects: [string, Record<string, string | null>][] = [
      [
        `/api/departments/${world.departments.inPlan.slug}/statistics`,
        { departmentId: world.departments.inPlan.id },
      ],
      [`/api/plans/${world.plan.slug}/area-statistics`, { planId: world.plan.id }],
      [
        `/api/municipalities/${world.municipality.slug}/statistics`,
        { municipalityId: world.municipality.id },
      ],
      ['/api/country-statistics', { departmentId: null, planId: null, municipalityId: null }],
    ];
    for (const [url, subject] of subjects) {
      const created = await ctx.admin.post(url, figure);
      expect(created.statusCode, `${url}: ${created.body}`).toBe(201);
      expect(created.json()).toMatchObject({ ...figure, ...subject });
      const id = created.json().id;
      expect(
        (await ctx.anonymous.get(`${url}?indicator=${figure.indicator}&year=2023`)).json().items,
      ).toEqual([created.json()]);
      expect((await ctx.anonymous.get(`${url}?year=1999`)).json().total).toBe(0);
      const corrected = await ctx.admin.patch(`/api/statistics/${id}`, { value: 40.9, isApproximate: true });
      expect(corrected.json()).toMatchObject({
        value: 40.9,
        isApproximate: true,
        source: 'Danmarks Statistik',
      });
      expect((await ctx.anonymous.get(`/api/statistics/${id}`)).json().value).toBe(40.9);
      expect((await ctx.admin.delete(`/api/statistics/${id}`)).statusCode).toBe(204);
      expect((await ctx.anonymous.get(`/api/statistics/${id}`)).json().code).toBe('STATISTIC_NOT_FOUND');
    }
  });

  it('keeps shares within 0–100 and ranges in order, naming the field', async () => {
    const url = `/api/departments/${world.departments.inPlan.id}/statistics`;
    const share = { indicator: 'shareConvicted18plus' as const, year: 2023, value: 2.1, source: 'Politiet' };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...share, value: 140 }, 'body.value'],
      [{ ...share, valueMax: 1 }, 'body.valueMax'],
      [{ ...share, value: -1 }, 'body.value'],
      [{ ...share, year: 'i fjor' }, 'body.year'],
      [{ indicator: 'residents', year: 2023, value: 10 }, 'body.source'],
    ];
    for (const [body, field] of cases) {
      const res = await ctx.admin.post(url, body);
      expect(res.statusCode).toBe(400);
      expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const stat = await makeStatistic(ctx.db, {
      scope: 'department',
      departmentId: world.departments.inPlan.id,
      ...share,
    });
    const over = await ctx.admin.patch(`/api/statistics/${stat.id}`, { value: 101 });
    expect(over.json()).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'value' }],
    });
  });

  it('shows the newest figures on the plan page and the municipality’s and country’s for comparison', async () => {
    const p = await makePlanWorld(ctx.db);
    const d = p.departments.inPlan;
    await makeStatistic(ctx.db, {
      scope: 'department',
      departmentId: d.id,
      indicator: 'residents',
      year: 2020,
      value: 1300,
    });
    await makeStatistic(ctx.db, {
      scope: 'department',
      departmentId: d.id,
      indicator: 'residents',
      year: 2023,
      value: 1400,
    });
    await makeStatistic(ctx.db, {
      scope: 'municipality',
      municipalityId: p.municipality.id,
      indicator: 'residents',
      value: 60_000,
    });
    await makeStatistic(ctx.db, { scope: 'country', indicator: 'residents', value: 5_900_000 });
    const plan = (await ctx.anonymous.get(`/api/plans/${p.plan.slug}`)).json();
    expect(plan.departments[0].keyFigures).toMatchObject([
      { indicator: 'residents', year: 2023, value: 1400 },
    ]);
    const detail = (await ctx.anonymous.get(`/api/departments/${d.slug}`)).json();
    expect(detail.statistics.map((s: { year: number }) => s.year)).toEqual([2023, 2020]);
    expect(detail.comparisons.map((s: { scope: string }) => s.scope).sort()).toEqual([
      'country',
      'municipality',
    ]);
    expect(detail.plans.map((x: { id: string }) => x.id)).toEqual([p.plan.id]);
  });

  it('lets the municipality’s coordinator maintain its figures; country figures only an administrator', async () => {
    const coordinator = await signedInAs(ctx.app, ctx.db, [
      { role: 'municipalityCoordinator', municipalityId: world.municipality.id },
    ]);
    const staff = await signedInAs(ctx.app, ctx.db, [{ role: 'planStaff', planId: world.plan.id }]);
    const elsewhere = await makePlanWorld(ctx.db);
    const figure = { indicator: 'residents', year: 2024, value: 3498, source: 'Helhedsplanen' };
    expect((await coordinator.post(`/api/plans/${world.plan.id}/area-statistics`, figure)).statusCode).toBe(
      201,
    );
    expect((await staff.post(`/api/plans/${world.plan.id}/area-statistics`, figure)).statusCode).toBe(403);
    const foreign = await coordinator.post(
      `/api/departments/${elsewhere.departments.inPlan.id}/statistics`,
      figure,
    );
    expect(foreign.json()).toMatchObject({ status: 404, code: 'DEPARTMENT_NOT_FOUND' });
    expect((await coordinator.post('/api/country-statistics', figure)).statusCode).toBe(403);
    const own = await coordinator.post('/api/departments', {
      slug: 'ny-afdeling-koordinator',
      name: 'Ny',
      municipalityId: world.municipality.id,
    });
    expect(own.statusCode).toBe(201);
    const other = await coordinator.post('/api/departments', {
      slug: 'fremmed-afdeling',
      name: 'Fremmed',
      municipalityId: elsewhere.municipality.id,
    });
    expect(other.statusCode).toBe(404);
  });
});
