import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../support/databases';
import { type DemoApp, demoApp } from '../support/demo-app';
import { TestClient } from '../support/http-client';

describe.each(testBackends)('plans, afdelinger and statistics API on $name', (backend) => {
  let demo: DemoApp;
  let koegeId: string;
  let kommuner: { id: string; slug: string }[];
  beforeAll(async () => {
    demo = await demoApp(backend);
    const anonymous = new TestClient(demo.app);
    koegeId = (await anonymous.get('/api/plans/koege-2021-2025')).json().id;
    kommuner = (await anonymous.get('/api/municipalities?limit=500')).json().items;
  });
  afterAll(() => demo.close());
  const kommune = (slug: string) => kommuner.find((k) => k.slug === slug)?.id as string;

  it('lets a coordinator create a plan in their own kommune only', async () => {
    const coordinator = await demo.as('koordinator.koege');
    const body = {
      slug: 'koege-2026-2029',
      name: 'Helhedsplanen Køge 2026–2029',
      fundingPeriodId: '2019-26',
    };
    const own = await coordinator.post('/api/plans', { ...body, municipalityId: kommune('koege') });
    expect(own.statusCode).toBe(201);
    expect(own.json()).toMatchObject({ status: 'idea', municipality: { slug: 'koege' } });
    const other = await coordinator.post('/api/plans', {
      ...body,
      slug: 'x-plan',
      municipalityId: kommune('holbaek'),
    });
    expect(other.statusCode).toBe(404);
    const again = await coordinator.post('/api/plans', { ...body, municipalityId: kommune('koege') });
    expect(again.json()).toMatchObject({ status: 409, code: 'SLUG_TAKEN', errors: [{ field: 'slug' }] });
  });

  it('lets only the plan leader change the status, one step at a time', async () => {
    const staff = await demo.as('medarbejder.koege');
    const byStaff = await staff.patch(`/api/plans/${koegeId}`, { status: 'completed' });
    expect(byStaff.statusCode).toBe(403);
    const leader = await demo.as('projektleder.koege');
    const skip = await leader.patch('/api/plans/amager-2022-2025', { status: 'active' });
    expect(skip.statusCode).toBe(404);
    expect((await leader.patch(`/api/plans/${koegeId}`, { status: 'completed' })).json()).toMatchObject({
      status: 'completed',
    });
    // Completed after its period (31.8.2025): read-only (decision 016) …
    const closed = await leader.patch(`/api/plans/${koegeId}`, { status: 'active' });
    expect(closed.json()).toMatchObject({ status: 409, code: 'PLAN_READ_ONLY' });
    expect((await staff.patch(`/api/plans/${koegeId}`, { vision: 'Trygge hjem' })).statusCode).toBe(409);
    // … and even reopened for corrections, a completed plan does not go back.
    const admin = await demo.as('admin');
    expect((await admin.post(`/api/plans/${koegeId}/reopen`, { reason: 'Rettelse' })).statusCode).toBe(200);
    const back = await leader.patch(`/api/plans/${koegeId}`, { status: 'active' });
    expect(back.json()).toMatchObject({ status: 409, code: 'PLAN_STATUS_TRANSITION_INVALID' });
    const renamed = await staff.patch(`/api/plans/${koegeId}`, { vision: 'Trygge hjem' });
    expect(renamed.json().vision).toBe('Trygge hjem');
  });

  it('keeps figures within their range and names the field', async () => {
    const coordinator = await demo.as('koordinator.koege');
    const over = await coordinator.post('/api/departments/ellemarken/statistics', {
      indicator: 'shareOutsideWorkOrEducation18to64',
      year: 2024,
      value: 140,
      source: 'Test',
    });
    expect(over.json()).toMatchObject({ status: 400, errors: [{ field: 'body.value' }] });
    const ok = await coordinator.post('/api/departments/ellemarken/statistics', {
      indicator: 'shareOutsideWorkOrEducation18to64',
      year: 2024,
      value: 41.3,
      source: 'Danmarks Statistik',
    });
    expect(ok.statusCode).toBe(201);
    const detail = (await new TestClient(demo.app).get('/api/departments/ellemarken')).json();
    expect(detail.statistics.map((s: { value: number }) => s.value)).toContain(41.3);
    const holbaekCoordinator = await demo.as('koordinator.kbh');
    expect((await holbaekCoordinator.delete(`/api/statistics/${ok.json().id}`)).statusCode).toBe(404);
    expect((await coordinator.delete(`/api/statistics/${ok.json().id}`)).statusCode).toBe(204);
  });

  it('lists afdelinger filtered by kommune and plan, paginated', async () => {
    const anonymous = new TestClient(demo.app);
    const koege = (await anonymous.get('/api/departments?municipality=koege&limit=2')).json();
    expect(koege).toMatchObject({ total: 4, limit: 2, offset: 0 });
    expect(koege.items).toHaveLength(2);
    const holbaek = (await anonymous.get('/api/departments?plan=holbaek-2024-2027')).json();
    expect(holbaek.items.map((d: { name: string }) => d.name)).toEqual([
      'Bjergmarken',
      'Grønneparken',
      'Ladegårdsparken',
    ]);
    const periods = (await anonymous.get('/api/funding-periods')).json();
    expect(periods.map((p: { focusAreas: unknown[] }) => p.focusAreas.length)).toEqual([7, 4, 4]);
  });
});
