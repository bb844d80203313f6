import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../support/databases';
import {
  focusArea,
  makeDepartment,
  makeOrganisation,
  makePlan,
  makePlanWorld,
  signedInAs,
  type TestApp,
  testApp,
} from '../support/factories';

type World = Awaited<ReturnType<typeof makePlanWorld>>;

describe.each(testBackends)('a plan’s afdelinger, organisations and predecessors on $name', (backend) => {
  let ctx: TestApp;
  let world: World;
  beforeAll(async () => {
    ctx = await testApp(backend);
    world = await makePlanWorld(ctx.db);
  });
  afterAll(() => ctx.close());

  const plan = () => `/api/plans/${world.plan.slug}`;

  it('adds an afdeling of the municipality by slug, notes its coverage, and removes it again', async () => {
    const added = await ctx.admin.put(`${plan()}/departments/${world.departments.outside.slug}`, {
      coverageNote: '2/3 af afdelingen',
    });
    expect(added.statusCode, added.body).toBe(200);
    expect(added.json()).toMatchObject({
      id: world.departments.outside.id,
      coverageNote: '2/3 af afdelingen',
    });
    const changed = await ctx.admin.put(`${plan()}/departments/${world.departments.outside.id}`, {});
    expect(changed.json().coverageNote).toBeNull();
    const list = (await ctx.anonymous.get(`${plan()}/departments`)).json();
    expect(list.items.map((d: { id: string }) => d.id).sort()).toEqual(
      [world.departments.inPlan.id, world.departments.outside.id].sort(),
    );
    expect(
      (await ctx.admin.delete(`${plan()}/departments/${world.departments.outside.slug}`)).statusCode,
    ).toBe(204);
    const again = await ctx.admin.delete(`${plan()}/departments/${world.departments.outside.slug}`);
    expect(again.json()).toMatchObject({ status: 404, code: 'DEPARTMENT_NOT_FOUND' });
  });

  it('keeps afdelinger of other municipalities out, and those in use in', async () => {
    const elsewhere = await makePlanWorld(ctx.db);
    const foreign = await ctx.admin.put(`${plan()}/departments/${elsewhere.departments.inPlan.id}`, {});
    expect(foreign.json()).toMatchObject({ status: 400, code: 'DEPARTMENT_NOT_IN_MUNICIPALITY' });
    const unknown = await ctx.admin.put(`${plan()}/departments/findes-ikke`, {});
    expect(unknown.json()).toMatchObject({ status: 404, code: 'DEPARTMENT_NOT_FOUND' });

    const area = await focusArea(ctx.db, '2019-26', 'employment');
    await ctx.admin.post(`${plan()}/activities`, {
      focusAreaId: area.id,
      name: 'Lektiecafé',
      departmentIds: [world.departments.inPlan.id],
    });
    const inUse = await ctx.admin.delete(`${plan()}/departments/${world.departments.inPlan.id}`);
    expect(inUse.json()).toMatchObject({ status: 409, code: 'DEPARTMENT_IN_USE' });
  });

  it('sets and removes the plan’s housing organisations and their roles', async () => {
    const other = await makeOrganisation(ctx.db);
    const added = await ctx.admin.put(`${plan()}/organisations/${world.organisation.slug}`, {
      role: 'applicant',
    });
    expect(added.json()).toMatchObject({ id: world.organisation.id, role: 'applicant' });
    const second = await ctx.admin.put(`${plan()}/organisations/${other.id}`, {});
    expect(second.json().role).toBe('participant');
    const detail = (await ctx.anonymous.get(plan())).json();
    expect(detail.organisations.map((o: { role: string }) => o.role).sort()).toEqual([
      'applicant',
      'participant',
    ]);
    expect((await ctx.admin.delete(`${plan()}/organisations/${other.slug}`)).statusCode).toBe(204);
    expect((await ctx.anonymous.get(`${plan()}/organisations`)).json().total).toBe(1);
    const wrongRole = await ctx.admin.put(`${plan()}/organisations/${other.id}`, { role: 'owner' });
    expect(wrongRole.json().errors[0].field).toBe('body.role');
  });

  it('records predecessors, and refuses a plan continuing itself or its successor', async () => {
    // Still running, so that they stay writable once superseded (decision 016).
    const running = {
      municipalityId: world.municipality.id,
      status: 'active' as const,
      endDate: '2099-12-31',
    };
    const old = await makePlan(ctx.db, running);
    const older = await makePlan(ctx.db, running);
    expect(
      (await ctx.admin.put(`${plan()}/predecessors/${old.slug}`, { kind: 'replaces' })).json(),
    ).toMatchObject({
      id: old.id,
      kind: 'replaces',
    });
    await ctx.admin.put(`/api/plans/${old.id}/predecessors/${older.id}`, { kind: 'mergedFrom' });
    const detail = (await ctx.anonymous.get(`/api/plans/${old.slug}`)).json();
    expect(detail.predecessors.map((p: { id: string }) => p.id)).toEqual([older.id]);
    expect(detail.successors.map((p: { id: string }) => p.id)).toEqual([world.plan.id]);

    const self = await ctx.admin.put(`${plan()}/predecessors/${world.plan.id}`, { kind: 'replaces' });
    expect(self.json()).toMatchObject({ status: 400, code: 'PREDECESSOR_INVALID' });
    const cycle = await ctx.admin.put(`/api/plans/${older.id}/predecessors/${world.plan.slug}`, {
      kind: 'replaces',
    });
    expect(cycle.json()).toMatchObject({ status: 400, code: 'PREDECESSOR_INVALID' });
    const missingKind = await ctx.admin.put(`${plan()}/predecessors/${older.id}`, {});
    expect(missingKind.json().errors[0].field).toBe('body.kind');

    expect((await ctx.admin.delete(`${plan()}/predecessors/${old.id}`)).statusCode).toBe(204);
    expect((await ctx.anonymous.get(`${plan()}/predecessors`)).json().items).toEqual([]);
  });

  it('answers unknown plans with PLAN_NOT_FOUND and keeps other plans’ staff out', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await ctx.anonymous.get(`/api/plans/${unknown}/departments`)).json().code).toBe('PLAN_NOT_FOUND');
    expect((await ctx.admin.put(`/api/plans/findes-ikke/organisations/x`, {})).json().code).toBe(
      'PLAN_NOT_FOUND',
    );
    const elsewhere = await makePlanWorld(ctx.db);
    const department = await makeDepartment(ctx.db, { municipalityId: world.municipality.id });
    const stranger = await signedInAs(ctx.app, ctx.db, [{ role: 'planStaff', planId: elsewhere.plan.id }]);
    const res = await stranger.put(`${plan()}/departments/${department.id}`, {});
    expect(res.json()).toMatchObject({ status: 404, code: 'PLAN_NOT_FOUND' });
    const board = await signedInAs(ctx.app, ctx.db, [{ role: 'boardMember', planId: world.plan.id }]);
    expect((await board.put(`${plan()}/departments/${department.id}`, {})).statusCode).toBe(403);
  });
});
