import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activities, activityDepartments, auditEvents } from '../../src/db/schema/index';
import { testBackends } from '../support/databases';
import { focusArea, makePartner, makePlanWorld, type TestApp, testApp } from '../support/factories';

type World = Awaited<ReturnType<typeof makePlanWorld>>;

describe.each(testBackends)('activities API on $name', (backend) => {
  let ctx: TestApp;
  let world: World;
  let employment: string;
  let safety: string;
  let partnerId: string;
  beforeAll(async () => {
    ctx = await testApp(backend);
    world = await makePlanWorld(ctx.db);
    employment = (await focusArea(ctx.db, '2019-26', 'employment')).id;
    safety = (await focusArea(ctx.db, '2019-26', 'crime-prevention')).id;
    partnerId = (await makePartner(ctx.db, { planId: world.plan.id })).id;
  });
  afterAll(() => ctx.close());

  const url = () => `/api/plans/${world.plan.id}/activities`;

  it('creates, reads, edits and deletes an activity with its afdelinger and partners', async () => {
    const created = await ctx.admin.post(url(), {
      focusAreaId: employment,
      name: 'Jobcafé',
      purpose: 'Flere i job',
      targetGroups: ['Ledige 18–30 år'],
      startDate: '2024-01-01',
      departmentIds: [world.departments.inPlan.id],
      partnerIds: [partnerId],
    });
    expect(created.statusCode, created.body).toBe(201);
    const activity = created.json();
    expect(activity).toMatchObject({
      planId: world.plan.id,
      status: 'planned',
      departmentIds: [world.departments.inPlan.id],
      partnerIds: [partnerId],
    });
    expect((await ctx.anonymous.get(`/api/activities/${activity.id}`)).json()).toEqual(activity);

    const edited = await ctx.admin.patch(`/api/activities/${activity.id}`, { status: 'active' });
    expect(edited.json()).toMatchObject({
      status: 'active',
      targetGroups: ['Ledige 18–30 år'],
      departmentIds: [world.departments.inPlan.id],
      partnerIds: [partnerId],
    });
    const unlinked = await ctx.admin.patch(`/api/activities/${activity.id}`, { partnerIds: [] });
    expect(unlinked.json()).toMatchObject({ status: 'active', partnerIds: [] });

    const detail = (await ctx.anonymous.get(`/api/plans/${world.plan.slug}`)).json();
    const area = detail.focusAreas.find((f: { code: string }) => f.code === 'employment');
    expect(area.activities.map((a: { name: string }) => a.name)).toEqual(['Jobcafé']);

    expect((await ctx.admin.delete(`/api/activities/${activity.id}`)).statusCode).toBe(204);
    const gone = await ctx.anonymous.get(`/api/activities/${activity.id}`);
    expect(gone.json()).toMatchObject({ status: 404, code: 'ACTIVITY_NOT_FOUND' });
    const again = await ctx.admin.delete(`/api/activities/${activity.id}`);
    expect(again.json()).toMatchObject({ status: 404, code: 'ACTIVITY_NOT_FOUND' });
  });

  it('lists activities filtered by plan, focus area (id or code), status and name, paginated', async () => {
    const other = await makePlanWorld(ctx.db);
    for (const [focusAreaId, name, status] of [
      [employment, 'Lektiecafé', 'active'],
      [employment, 'Jobvejledning', 'planned'],
      [safety, 'Gadeteam', 'active'],
    ] as const) {
      await ctx.admin.post(url(), { focusAreaId, name, status });
    }
    await ctx.admin.post(`/api/plans/${other.plan.id}/activities`, {
      focusAreaId: employment,
      name: 'Andet',
    });

    const names = async (query: string) =>
      (await ctx.anonymous.get(`/api/activities?${query}`)).json().items.map((a: { name: string }) => a.name);
    expect(await names(`plan=${world.plan.slug}&focusArea=employment`)).toEqual([
      'Lektiecafé',
      'Jobvejledning',
    ]);
    expect(await names(`plan=${world.plan.id}&focusArea=${safety}`)).toEqual(['Gadeteam']);
    expect(await names(`plan=${world.plan.id}&status=active`)).toEqual(['Lektiecafé', 'Gadeteam']);
    expect(await names(`plan=${world.plan.id}&q=VEJLED`)).toEqual(['Jobvejledning']);
    expect((await names('focusArea=employment&limit=500')).sort()).toEqual(
      expect.arrayContaining(['Andet', 'Jobvejledning', 'Lektiecafé']),
    );
    const firstPage = (await ctx.anonymous.get(`${url()}?limit=2`)).json();
    expect(firstPage).toMatchObject({ total: 3, limit: 2, offset: 0 });
    const secondPage = (await ctx.anonymous.get(`${url()}?limit=2&offset=2`)).json();
    expect(secondPage.items).toHaveLength(1);
    expect((await ctx.anonymous.get('/api/activities?plan=findes-ikke')).json().code).toBe('PLAN_NOT_FOUND');
    expect((await ctx.anonymous.get('/api/activities?status=done')).json().errors[0].field).toBe(
      'querystring.status',
    );
  });

  it('keeps an activity to its plan: funding period, afdelinger, partners, dates', async () => {
    const oldArea = await focusArea(ctx.db, '2015-18', 'crime-prevention');
    const other = await makePlanWorld(ctx.db);
    const foreignPartner = await makePartner(ctx.db, { planId: other.plan.id });
    const cases: [Record<string, unknown>, string, string][] = [
      [{ focusAreaId: oldArea.id }, 'FOCUS_AREA_NOT_IN_FUNDING_PERIOD', 'focusAreaId'],
      [
        { focusAreaId: '00000000-0000-4000-8000-000000000000' },
        'FOCUS_AREA_NOT_IN_FUNDING_PERIOD',
        'focusAreaId',
      ],
      [
        { departmentIds: [world.departments.inPlan.id, world.departments.outside.id] },
        'DEPARTMENT_NOT_IN_PLAN',
        'departmentIds.1',
      ],
      [{ partnerIds: [foreignPartner.id] }, 'PARTNER_NOT_IN_PLAN', 'partnerIds.0'],
      [{ startDate: '2024-05-01', endDate: '2024-04-30' }, 'PERIOD_INVALID', 'endDate'],
    ];
    for (const [body, code, field] of cases) {
      const res = await ctx.admin.post(url(), { focusAreaId: employment, name: 'Regelbrud', ...body });
      expect(res.statusCode, code).toBe(400);
      expect(res.json()).toMatchObject({ code, errors: [{ field }] });
    }
    const created = (await ctx.admin.post(url(), { focusAreaId: employment, name: 'Gyldig' })).json();
    const edit = await ctx.admin.patch(`/api/activities/${created.id}`, {
      endDate: '2000-01-01',
      startDate: '2001-01-01',
    });
    expect(edit.json().code).toBe('PERIOD_INVALID');
    const move = await ctx.admin.patch(`/api/activities/${created.id}`, { focusAreaId: oldArea.id });
    expect(move.json().code).toBe('FOCUS_AREA_NOT_IN_FUNDING_PERIOD');
  });

  it('answers 400 naming the field for a missing field and a wrong type', async () => {
    const cases: [unknown, string][] = [
      [{ name: 'Uden indsatsområde' }, 'body.focusAreaId'],
      [{ focusAreaId: employment, name: 42 }, 'body.name'],
      [{ focusAreaId: employment, name: 'x', startDate: '2024-13-40' }, 'body.startDate'],
      [{ focusAreaId: employment, name: 'x', departmentIds: 'alle' }, 'body.departmentIds'],
    ];
    for (const [body, field] of cases) {
      const res = await ctx.admin.post(url(), body);
      expect(res.statusCode).toBe(400);
      expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    }
  });

  it('writes nothing when a later part of a write fails', async () => {
    const before = await ctx.db.select().from(activities);
    const eventsBefore = await ctx.db.select().from(auditEvents);
    // The afdeling is fine and would be linked; the partner is not the plan's: all is undone.
    const res = await ctx.admin.post(url(), {
      focusAreaId: employment,
      name: 'Halvt skrevet',
      departmentIds: [world.departments.inPlan.id],
      partnerIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(res.json().code).toBe('PARTNER_NOT_IN_PLAN');
    expect(await ctx.db.select().from(activities)).toHaveLength(before.length);
    expect(await ctx.db.select().from(auditEvents)).toHaveLength(eventsBefore.length);

    const kept = (
      await ctx.admin.post(url(), {
        focusAreaId: employment,
        name: 'Med afdeling',
        departmentIds: [world.departments.inPlan.id],
      })
    ).json();
    const failed = await ctx.admin.patch(`/api/activities/${kept.id}`, {
      name: 'Nyt navn',
      departmentIds: [world.departments.outside.id],
    });
    expect(failed.json().code).toBe('DEPARTMENT_NOT_IN_PLAN');
    const [row] = await ctx.db.select().from(activities).where(eq(activities.id, kept.id));
    expect(row?.name).toBe('Med afdeling');
    const links = await ctx.db
      .select()
      .from(activityDepartments)
      .where(eq(activityDepartments.activityId, kept.id));
    expect(links.map((l) => l.departmentId)).toEqual([world.departments.inPlan.id]);
  });
});
