import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../support/databases';
import { makeMunicipality, makeOrganisation, signedInAs, type TestApp, testApp } from '../support/factories';

describe.each(testBackends)('municipalities, co-financing models and organisations on $name', (backend) => {
  let ctx: TestApp;
  beforeAll(async () => {
    ctx = await testApp(backend);
  });
  afterAll(() => ctx.close());

  it('creates, reads, lists and edits a municipality', async () => {
    const created = await ctx.admin.post('/api/municipalities', {
      slug: 'koebenhavn',
      name: 'Københavns Kommune',
      reportedPlanCount: 33,
      districtForumCount: 6,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      slug: 'koebenhavn',
      reportedPlanCount: 33,
      coFinancingModels: [],
    });
    const id = created.json().id;
    expect((await ctx.anonymous.get('/api/municipalities/koebenhavn')).json()).toEqual(created.json());
    expect((await ctx.anonymous.get(`/api/municipalities/${id}`)).json().name).toBe('Københavns Kommune');
    const edited = await ctx.admin.patch('/api/municipalities/koebenhavn', { population: 650_000 });
    expect(edited.json()).toMatchObject({ population: 650_000, reportedPlanCount: 33 });
    const again = await ctx.admin.post('/api/municipalities', { slug: 'koebenhavn', name: 'Igen' });
    expect(again.json()).toMatchObject({ status: 409, code: 'SLUG_TAKEN', errors: [{ field: 'slug' }] });
    const list = (await ctx.anonymous.get('/api/municipalities?q=købe')).json();
    expect(list.items.map((m: { slug: string }) => m.slug)).toEqual(['koebenhavn']);
  });

  it('pages through municipalities', async () => {
    for (let i = 0; i < 3; i++) await makeMunicipality(ctx.db, { name: `Sidekommune ${i}` });
    const first = (await ctx.anonymous.get('/api/municipalities?q=sidekommune&limit=2')).json();
    const second = (await ctx.anonymous.get('/api/municipalities?q=sidekommune&limit=2&offset=2')).json();
    expect(first).toMatchObject({ total: 3, limit: 2, offset: 0 });
    expect([...first.items, ...second.items].map((m: { name: string }) => m.name)).toEqual([
      'Sidekommune 0',
      'Sidekommune 1',
      'Sidekommune 2',
    ]);
  });

  it('keeps a co-financing model’s parts within its total share', async () => {
    const m = await makeMunicipality(ctx.db);
    const url = `/api/municipalities/${m.slug}/co-financing-models`;
    const model = {
      description: '12,5 % af planens samlede budget',
      payer: 'Kommunen',
      totalShareBp: 1250,
      secondmentAndActivitiesShareBp: 1060,
      coordinationShareBp: 190,
    };
    const created = await ctx.admin.post(url, model);
    expect(created.statusCode, created.body).toBe(201);
    expect((await ctx.anonymous.get(url)).json().items).toEqual([created.json()]);
    expect((await ctx.anonymous.get(`/api/municipalities/${m.id}`)).json().coFinancingModels).toHaveLength(1);
    const tooMuch = await ctx.admin.patch(`/api/co-financing-models/${created.json().id}`, {
      totalShareBp: 1200,
    });
    expect(tooMuch.json()).toMatchObject({ status: 400, code: 'CO_FINANCING_SHARES_INVALID' });
    const over100 = await ctx.admin.post(url, { ...model, totalShareBp: 10_001 });
    expect(over100.json().errors[0].field).toBe('body.totalShareBp');
    const fraction = await ctx.admin.post(url, { ...model, totalShareBp: 1250.5 });
    expect(fraction.json().errors[0].field).toBe('body.totalShareBp');
    const ok = await ctx.admin.patch(`/api/co-financing-models/${created.json().id}`, { totalShareBp: 1300 });
    expect(ok.json()).toMatchObject({ totalShareBp: 1300, coordinationShareBp: 190 });
    expect((await ctx.admin.delete(`/api/co-financing-models/${created.json().id}`)).statusCode).toBe(204);
    const gone = await ctx.admin.delete(`/api/co-financing-models/${created.json().id}`);
    expect(gone.json()).toMatchObject({ status: 404, code: 'CO_FINANCING_MODEL_NOT_FOUND' });
  });

  it('lets a coordinator edit their own municipality only', async () => {
    const own = await makeMunicipality(ctx.db);
    const other = await makeMunicipality(ctx.db);
    const coordinator = await signedInAs(ctx.app, ctx.db, [
      { role: 'municipalityCoordinator', municipalityId: own.id },
    ]);
    expect(
      (await coordinator.patch(`/api/municipalities/${own.slug}`, { region: 'Sjælland' })).statusCode,
    ).toBe(200);
    const foreign = await coordinator.patch(`/api/municipalities/${other.slug}`, { region: 'Sjælland' });
    expect(foreign.json()).toMatchObject({ status: 404, code: 'MUNICIPALITY_NOT_FOUND' });
    expect((await coordinator.post('/api/municipalities', { slug: 'x-kommune', name: 'X' })).statusCode).toBe(
      403,
    );
  });

  it('answers 404 for unknown municipalities and organisations, by UUID and by slug', async () => {
    for (const [url, code] of [
      ['/api/municipalities/findes-ikke', 'MUNICIPALITY_NOT_FOUND'],
      ['/api/municipalities/00000000-0000-4000-8000-000000000000', 'MUNICIPALITY_NOT_FOUND'],
      ['/api/organisations/findes-ikke', 'ORGANISATION_NOT_FOUND'],
      ['/api/organisations/00000000-0000-4000-8000-000000000000', 'ORGANISATION_NOT_FOUND'],
      ['/api/funding-periods/1999-02', 'FUNDING_PERIOD_NOT_FOUND'],
    ]) {
      const res = await ctx.anonymous.get(url as string);
      expect(res.statusCode, url).toBe(404);
      expect(res.json().code).toBe(code);
    }
  });

  it('creates, reads, lists and edits a housing organisation', async () => {
    const created = await ctx.admin.post('/api/organisations', {
      slug: 'kab',
      name: 'KAB',
      shortName: 'KAB',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect((await ctx.anonymous.get('/api/organisations/kab')).json()).toEqual(created.json());
    const edited = await ctx.admin.patch(`/api/organisations/${created.json().id}`, {
      name: 'KAB fællesskabet',
    });
    expect(edited.json()).toMatchObject({ name: 'KAB fællesskabet', shortName: 'KAB' });
    await makeOrganisation(ctx.db, { name: 'Boligselskabet Sjælland', shortName: 'BoS' });
    const found = (await ctx.anonymous.get('/api/organisations?q=bos')).json();
    expect(found.items.map((o: { name: string }) => o.name)).toEqual(['Boligselskabet Sjælland']);
    const missing = await ctx.admin.post('/api/organisations', { slug: 'uden-navn' });
    expect(missing.json().errors[0].field).toBe('body.name');
  });

  it('lists the funding periods with their focus areas', async () => {
    const periods = (await ctx.anonymous.get('/api/funding-periods')).json();
    expect(periods.map((p: { id: string }) => p.id)).toEqual(['2011-14', '2015-18', '2019-26']);
    const current = (await ctx.anonymous.get('/api/funding-periods/2019-26')).json();
    expect(current.focusAreas.map((f: { code: string }) => f.code)).toEqual([
      'education-life-chances',
      'employment',
      'crime-prevention',
      'cohesion-citizenship',
    ]);
  });
});
