import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as t from '../../src/db/schema/index';
import { testBackends } from '../support/databases';
import { type DemoApp, demoApp } from '../support/demo-app';
import { focusArea, makePlan } from '../support/factories';
import type { TestClient } from '../support/http-client';

describe.each(testBackends)('indicators API on $name', (backend) => {
  let demo: DemoApp;
  let leader: TestClient;
  let planId: string;
  let mentor: { id: string; focusAreaId: string };
  let otherAreaId: string;
  let koegeActivityId: string;
  const url = () => `/api/plans/${planId}/indicators`;
  const count = async () =>
    (await demo.handle.db.select().from(t.indicators).where(eq(t.indicators.planId, planId))).length;

  beforeAll(async () => {
    demo = await demoApp(backend);
    leader = await demo.as('projektleder.holbaek');
    planId = (await leader.get('/api/plans/holbaek-2024-2027')).json().id;
    const acts = (await leader.get(`/api/plans/${planId}/activities?limit=100`)).json().items;
    mentor = acts.find((a: { name: string }) => a.name === 'Mentorordning for unge 15-29-årige');
    otherAreaId = acts.find((a: { focusAreaId: string }) => a.focusAreaId !== mentor.focusAreaId).focusAreaId;
    const koege = (await leader.get('/api/plans/koege-2021-2025')).json().id;
    koegeActivityId = (await leader.get(`/api/plans/${koege}/activities?limit=1`)).json().items[0].id;
  });
  afterAll(() => demo.close());

  it('creates, reads, edits (replacing targets) and deletes an indicator with yearly targets 2024–2027', async () => {
    // The demo already has indicators (item 9): count what this test adds to them.
    const ids = async (query: string) =>
      ((await leader.get(`${url()}?${query}`)).json().items as { id: string }[]).map((i) => i.id);
    const byActivity = await ids(`activityId=${mentor.id}`);
    const byFocusArea = await ids(`focusAreaId=${mentor.focusAreaId}`);
    const created = await leader.post(url(), {
      activityId: mentor.id,
      name: 'Unge i mentorforløb',
      kind: 'output',
      basis: 'uniqueParticipants',
      targets: [0, 1, 2, 3].map((yearIndex) => ({ yearIndex, target: 10 + yearIndex })),
    });
    expect(created.statusCode, created.body).toBe(201);
    const ind = created.json();
    expect(ind).toMatchObject({
      scope: 'activity',
      unit: 'persons',
      direction: 'increase',
      measurement: 'registration',
      targets: [
        { yearIndex: 0, target: 10 },
        { yearIndex: 1, target: 11 },
        { yearIndex: 2, target: 12 },
        { yearIndex: 3, target: 13 },
      ],
    });
    expect((await leader.get(`/api/indicators/${ind.id}`)).json()).toEqual(ind);
    expect(await ids(`activityId=${mentor.id}`)).toEqual(expect.arrayContaining([...byActivity, ind.id]));
    expect(await ids(`activityId=${mentor.id}`)).toHaveLength(byActivity.length + 1);
    expect(await ids(`focusAreaId=${mentor.focusAreaId}`)).toHaveLength(byFocusArea.length + 1);

    const edited = await leader.patch(`/api/indicators/${ind.id}`, {
      targets: [{ yearIndex: 1, target: 30 }],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().targets).toEqual([{ yearIndex: 1, target: 30 }]);
    const renamed = await leader.patch(`/api/indicators/${ind.id}`, { name: 'Mentorforløb' });
    expect(renamed.json()).toMatchObject({ name: 'Mentorforløb', targets: [{ yearIndex: 1, target: 30 }] });

    expect((await leader.delete(`/api/indicators/${ind.id}`)).statusCode).toBe(204);
    expect((await leader.get(`/api/indicators/${ind.id}`)).statusCode).toBe(404);
  });

  it('takes survey values for a manual indicator only', async () => {
    const manual = await leader.post(url(), {
      name: 'Tryghed i boligområdet',
      kind: 'outcome',
      basis: 'manual',
      measurement: 'survey',
      unit: 'share',
      baseline: 61,
    });
    expect(manual.statusCode, manual.body).toBe(201);
    const put = await leader.put(`/api/indicators/${manual.json().id}/measurements`, {
      measurements: [{ yearIndex: 0, value: 64.5, note: 'Tryghedsmåling' }],
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().measurements).toEqual([{ yearIndex: 0, value: 64.5, note: 'Tryghedsmåling' }]);
    const outside = await leader.put(`/api/indicators/${manual.json().id}/measurements`, {
      measurements: [{ yearIndex: 4, value: 1 }],
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().errors[0].field).toBe('measurements.0.yearIndex');

    const counted = await leader.post(url(), { name: 'Gange', kind: 'output', basis: 'sessions' });
    const refused = await leader.put(`/api/indicators/${counted.json().id}/measurements`, {
      measurements: [{ yearIndex: 0, value: 3 }],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ code: 'INDICATOR_INVALID', errors: [{ field: 'measurements' }] });
  });

  const base = { name: 'Indikator', kind: 'output', basis: 'uniqueParticipants' };
  const bad: [string, () => Record<string, unknown>, string, string][] = [
    [
      'a target outside the plan years',
      () => ({
        ...base,
        targets: [
          { yearIndex: 0, target: 1 },
          { yearIndex: 1, target: 1 },
          { yearIndex: 4, target: 1 },
        ],
      }),
      'INDICATOR_TARGET_OUTSIDE_PERIOD',
      'targets.2.yearIndex',
    ],
    [
      'a year given twice',
      () => ({ ...base, targets: [0, 0].map((yearIndex) => ({ yearIndex, target: 1 })) }),
      'INDICATOR_INVALID',
      'targets.1.yearIndex',
    ],
    [
      'a negative target',
      () => ({ ...base, targets: [{ yearIndex: 0, target: -1 }] }),
      'VALIDATION_FAILED',
      'body.targets.0.target',
    ],
    [
      'an outcome share without outcome',
      () => ({ ...base, basis: 'outcomeShare' }),
      'INDICATOR_INVALID',
      'outcome',
    ],
    [
      'an outcome where none is counted',
      () => ({ ...base, outcome: 'gotJob' }),
      'INDICATOR_INVALID',
      'outcome',
    ],
    [
      'manual figures by registration',
      () => ({ ...base, basis: 'manual', unit: 'share' }),
      'INDICATOR_INVALID',
      'measurement',
    ],
    [
      'counted figures by survey',
      () => ({ ...base, measurement: 'survey' }),
      'INDICATOR_INVALID',
      'measurement',
    ],
    [
      'a manual indicator without unit',
      () => ({ ...base, basis: 'manual', measurement: 'statistics' }),
      'INDICATOR_INVALID',
      'unit',
    ],
    [
      'an activity of another plan',
      () => ({ ...base, activityId: koegeActivityId }),
      'INDICATOR_INVALID',
      'activityId',
    ],
    [
      "a focus area other than the activity's",
      () => ({ ...base, activityId: mentor.id, focusAreaId: otherAreaId }),
      'INDICATOR_INVALID',
      'focusAreaId',
    ],
  ];
  it.each(bad)('refuses %s with a field error, saving nothing', async (_, body, code, field) => {
    const before = await count();
    const res = await leader.post(url(), body());
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().code).toBe(code);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(res.json().errors[0].message).toMatch(/[a-zæøå]/);
    expect(await count()).toBe(before);
  });

  it('refuses a focus area of another funding period, and a bad edit leaves the indicator as it was', async () => {
    const old = await focusArea(demo.handle.db, '2015-18', 'safety-wellbeing');
    const res = await leader.post(url(), { ...base, focusAreaId: old.id });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'FOCUS_AREA_NOT_IN_FUNDING_PERIOD',
      errors: [{ field: 'focusAreaId' }],
    });

    const ok = (await leader.post(url(), { ...base, targets: [{ yearIndex: 0, target: 5 }] })).json();
    const edit = await leader.patch(`/api/indicators/${ok.id}`, {
      name: 'Ændret',
      targets: [{ yearIndex: 7, target: 1 }],
    });
    expect(edit.statusCode).toBe(400);
    expect(edit.json().errors[0].field).toBe('targets.0.yearIndex');
    expect((await leader.get(`/api/indicators/${ok.id}`)).json()).toMatchObject({
      name: 'Indikator',
      targets: [{ yearIndex: 0, target: 5 }],
    });
  });

  it('answers PLAN_PERIOD_UNKNOWN for targets on a plan without a period', async () => {
    const admin = await demo.as('admin');
    const [municipality] = await demo.handle.db.select().from(t.municipalities).limit(1);
    const plan = await makePlan(demo.handle.db, { municipalityId: municipality?.id as string });
    const res = await admin.post(`/api/plans/${plan.id}/indicators`, {
      ...base,
      targets: [{ yearIndex: 0, target: 1 }],
    });
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().code).toBe('PLAN_PERIOD_UNKNOWN');
    expect((await admin.get(`/api/plans/${plan.id}/progress`)).json().code).toBe('PLAN_PERIOD_UNKNOWN');
  });

  it('keeps indicators within the plan: other plans, board, LBF and the public', async () => {
    const ind = (await leader.post(url(), base)).json();
    const koegeStaff = await demo.as('medarbejder.koege');
    // The plan is public: a signed-in outsider is told so, not that the plan does not exist.
    expect((await koegeStaff.get(url())).statusCode).toBe(403);
    expect((await koegeStaff.post(url(), base)).statusCode).toBe(404);
    expect((await koegeStaff.patch(`/api/indicators/${ind.id}`, { name: 'x' })).statusCode).toBe(404);
    expect((await koegeStaff.delete(`/api/indicators/${ind.id}`)).statusCode).toBe(404);
    const lbf = await demo.as('lbf');
    expect((await lbf.get(`/api/indicators/${ind.id}`)).statusCode).toBe(404);
    expect((await demo.app.inject({ method: 'GET', url: url() })).statusCode).toBe(401);
    const board = await demo.as('bestyrelse.koege');
    const koege = (await board.get('/api/plans/koege-2021-2025')).json().id;
    expect((await board.get(`/api/plans/${koege}/indicators`)).statusCode).toBe(200);
    expect((await board.post(`/api/plans/${koege}/indicators`, base)).statusCode).toBe(403);
    expect((await leader.get(`/api/indicators/${ind.id}`)).statusCode).toBe(200);
  });
});
