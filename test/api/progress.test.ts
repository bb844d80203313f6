import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/client';
import * as t from '../../src/db/schema/index';
import type { AgeBand, Gender } from '../../src/domain/participants/participant';
import { SYSTEM_SEED, withAudit } from '../../src/server/audit/with-audit';
import { testBackends } from '../support/databases';
import { type DemoApp, demoApp } from '../support/demo-app';
import type { TestClient } from '../support/http-client';

interface Person {
  code: string;
  gender?: Gender;
  ageBand?: AgeBand;
}

/** Registrations written straight into the database (inside withAudit, as the trigger demands). */
async function addSession(
  db: Db,
  s: {
    planId: string;
    activityId: string;
    date: string;
    people?: string[];
    open?: { count: number; female?: number };
  },
  participantIds: Map<string, string>,
) {
  await withAudit(db, SYSTEM_SEED, { name: 'test' }, async (tx) => {
    const [row] = await tx
      .insert(t.activitySessions)
      .values({
        planId: s.planId,
        activityId: s.activityId,
        date: s.date,
        openCount: s.open?.count ?? null,
        openFemale: s.open ? (s.open.female ?? 0) : null,
      })
      .returning({ id: t.activitySessions.id });
    const people = s.people ?? [];
    if (people.length) {
      await tx.insert(t.attendances).values(
        people.map((code) => ({
          sessionId: row?.id as string,
          planId: s.planId,
          participantId: participantIds.get(code) as string,
        })),
      );
    }
  });
}

async function addPeople(db: Db, planId: string, people: Person[], into: Map<string, string>) {
  await withAudit(db, SYSTEM_SEED, { name: 'test' }, async (tx) => {
    const rows = await tx
      .insert(t.participants)
      .values(
        people.map((p) => ({ planId, code: p.code, gender: p.gender ?? null, ageBand: p.ageBand ?? null })),
      )
      .returning({ id: t.participants.id, code: t.participants.code });
    for (const r of rows) into.set(r.code, r.id);
  });
}

interface YearOut {
  label: string;
  actual: number | null;
  target: number | null;
  cumulativeActual: number | null;
  cumulativeTarget: number | null;
}
interface IndicatorProgress {
  indicatorId: string;
  years: YearOut[];
  total: { actual: number | null; target: number | null };
  status: string;
  outsidePeriod: number | null;
  shareOfTarget: number | null;
}

describe.each(testBackends)('progress API on $name', (backend) => {
  let demo: DemoApp;
  let leader: TestClient;
  let holbaek: { id: string; slug: string };
  let mentorId: string;
  let employmentActivityId: string;
  let otherAreaActivityId: string;
  let employmentAreaId: string;
  const ids = new Map<string, string>();
  const indicator: Record<string, string> = {};

  const progressOf = async (client: TestClient | DemoApp['app'], id: string): Promise<IndicatorProgress> => {
    const res =
      'inject' in client
        ? await client.inject({ method: 'GET', url: `/api/plans/${holbaek.slug}/progress` })
        : await client.get(`/api/plans/${holbaek.slug}/progress`);
    expect(res.statusCode, res.body).toBe(200);
    const found = res.json().indicators.find((i: IndicatorProgress) => i.indicatorId === id);
    expect(found).toBeDefined();
    return found;
  };
  const actuals = (p: IndicatorProgress) => p.years.map((y) => y.actual);
  const cumulative = (p: IndicatorProgress) => p.years.map((y) => y.cumulativeActual);

  beforeAll(async () => {
    demo = await demoApp(backend);
    leader = await demo.as('projektleder.holbaek');
    const plan = (await leader.get('/api/plans/holbaek-2024-2027')).json();
    holbaek = { id: plan.id, slug: plan.slug };
    const acts = (await leader.get(`/api/plans/${holbaek.id}/activities?limit=100`)).json().items as {
      id: string;
      name: string;
      focusAreaId: string;
    }[];
    const mentor = acts.find((a) => a.name === 'Mentorordning for unge 15-29-årige');
    if (!mentor) throw new Error('no mentor activity');
    mentorId = mentor.id;
    employmentAreaId = mentor.focusAreaId;
    employmentActivityId = acts.find((a) => a.focusAreaId === employmentAreaId && a.id !== mentorId)
      ?.id as string;
    otherAreaActivityId = acts.find((a) => a.focusAreaId !== employmentAreaId)?.id as string;
    await addPeople(
      demo.handle.db,
      holbaek.id,
      [
        ...['p1', 'p2', 'p3'].map((code) => ({ code, gender: 'female' as const, ageBand: '18-24' as const })),
        ...['p4', 'p5', 'p6', 'p7', 'p8', 'p9', 'p10'].map((code) => ({ code, gender: 'male' as const })),
      ],
      ids,
    );
    const create = async (key: string, body: Record<string, unknown>) => {
      const res = await leader.post(`/api/plans/${holbaek.id}/indicators`, { kind: 'output', ...body });
      expect(res.statusCode, res.body).toBe(201);
      indicator[key] = res.json().id;
    };
    const targets = [10, 15, 15, 10].map((target, yearIndex) => ({ yearIndex, target }));
    await create('unique', {
      activityId: mentorId,
      name: 'Unge i mentorforløb',
      basis: 'uniqueParticipants',
      targets,
    });
    await create('attendances', {
      activityId: mentorId,
      name: 'Fremmøder i mentorordningen',
      basis: 'attendances',
      targets,
    });
    await create('area', {
      focusAreaId: employmentAreaId,
      name: 'Unikke deltagere i beskæftigelse',
      basis: 'uniqueParticipants',
    });
    await create('plan', {
      name: 'Unikke deltagere i hele planen',
      basis: 'uniqueParticipants',
      periodTarget: 50,
    });
  });
  afterAll(() => demo.close());

  it('moves the Mentorordning indicator when sessions are added, counting unique vs attendances', async () => {
    const before = await progressOf(leader, indicator.unique as string);
    expect(before.years.map((y) => y.label)).toEqual(['2024', '2025', '2026', '2027']);
    expect(before.years.map((y) => y.cumulativeTarget)).toEqual([10, 25, 40, 50]);
    expect(before).toMatchObject({ status: 'noData', total: { actual: 0, target: 50 } });

    const db = demo.handle.db;
    const s = (date: string, people: string[]) =>
      addSession(db, { planId: holbaek.id, activityId: mentorId, date, people }, ids);
    await s('2024-03-01', ['p1', 'p2', 'p3']);
    await s('2025-02-01', ['p1', 'p4', 'p5', 'p6', 'p7', 'p8']);
    await s('2025-03-01', ['p1', 'p4']);
    await s('2026-05-01', ['p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8']);
    await s('2023-12-31', ['p9']); // the day before the plan's first year: left out, but counted

    const unique = await progressOf(leader, indicator.unique as string);
    expect(actuals(unique)).toEqual([3, 6, 7, 0]);
    expect(cumulative(unique)).toEqual([3, 8, 8, 8]);
    expect(unique.total).toEqual({ actual: 8, target: 50 });
    expect(unique.shareOfTarget).toBe(16);
    expect(unique.outsidePeriod).toBe(1);
    const attendances = await progressOf(leader, indicator.attendances as string);
    expect(actuals(attendances)).toEqual([3, 8, 7, 0]);
    expect(cumulative(attendances)).toEqual([3, 11, 18, 18]);
  });

  it('counts a focus area over its activities and the plan over all, without counting a person twice', async () => {
    const db = demo.handle.db;
    await addSession(
      db,
      { planId: holbaek.id, activityId: employmentActivityId, date: '2024-06-01', people: ['p1', 'p10'] },
      ids,
    );
    await addSession(
      db,
      {
        planId: holbaek.id,
        activityId: otherAreaActivityId,
        date: '2024-06-02',
        people: ['p9'],
        open: { count: 20, female: 12 },
      },
      ids,
    );
    const area = await progressOf(leader, indicator.area as string);
    expect(actuals(area)).toEqual([4, 6, 7, 0]); // p1 p2 p3 p10 in 2024
    expect(cumulative(area)).toEqual([4, 9, 9, 9]);
    const plan = await progressOf(leader, indicator.plan as string);
    expect(actuals(plan)).toEqual([25, 6, 7, 0]); // + p9 and the open event's 20 ("mindst")
    expect(plan.total).toEqual({ actual: 30, target: 50 });
    expect((await progressOf(leader, indicator.unique as string)).total.actual).toBe(8);
  });

  it('breaks an indicator down by age band, gender and afdeling', async () => {
    const res = await leader.get(`/api/indicators/${indicator.plan}/progress`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.suppressed).toBe(false);
    const cell = (dim: string, key: string) =>
      body.breakdowns[dim].cells.find((c: { key: string }) => c.key === key)?.value;
    expect(cell('gender', 'female')).toBe(3 + 12);
    expect(cell('gender', 'male')).toBe(7);
    expect(cell('gender', 'unknown')).toBe(8);
    expect(cell('ageBand', '18-24')).toBe(3);
    expect(body.breakdowns.gender.total).toBe(30);
  });

  it('suppresses small numbers for LBF, partners and the public, complementarily', async () => {
    const lbf = await demo.as('lbf');
    const partner = await demo.as('partner.koege');
    for (const who of [lbf, partner, demo.app]) {
      const att = await progressOf(who, indicator.attendances as string);
      // 2024 has 3 attendances: hidden, and a second year too, so 18 − the rest does not give it.
      expect(actuals(att)).toEqual([null, 8, null, 0]);
      expect(att.total.actual).toBe(18);
      expect(cumulative(att)[0]).toBeNull();
      expect(cumulative(att)[1]).toBeNull();
      const unique = await progressOf(who, indicator.unique as string);
      expect(actuals(unique)[0]).toBeNull();
      expect(cumulative(unique)[0]).toBeNull();
      expect(unique.outsidePeriod).toBeNull();
      const detail =
        'inject' in who
          ? await who.inject({ method: 'GET', url: `/api/indicators/${indicator.plan}/progress` })
          : await who.get(`/api/indicators/${indicator.plan}/progress`);
      const body = detail.json();
      expect(body).toMatchObject({ suppressed: true, threshold: 5 });
      const female18 = body.breakdowns.ageBand.cells.find((c: { key: string }) => c.key === '18-24');
      expect(female18.value).toBeNull();
    }
    const exact = (await leader.get(`/api/plans/${holbaek.slug}/progress`)).json();
    expect(exact).toMatchObject({ suppressed: false, threshold: null });
  });

  it('shows exact figures to the municipality coordinator and suppresses them for a partner', async () => {
    const coordinator = await demo.as('koordinator.koege');
    const koege = (await coordinator.get('/api/plans/koege-2021-2025')).json();
    const activity = (await coordinator.get(`/api/plans/${koege.id}/activities?limit=1`)).json().items[0];
    const created = await coordinator.post(`/api/plans/${koege.id}/indicators`, {
      activityId: activity.id,
      name: 'Deltagere',
      kind: 'output',
      basis: 'uniqueParticipants',
      targets: [{ yearIndex: 0, target: 20 }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const koegeIds = new Map<string, string>();
    await addPeople(demo.handle.db, koege.id, [{ code: 'k1' }, { code: 'k2' }, { code: 'k3' }], koegeIds);
    await addSession(
      demo.handle.db,
      { planId: koege.id, activityId: activity.id, date: '2021-09-01', people: ['k1', 'k2', 'k3'] },
      koegeIds,
    );
    const find = (body: { indicators: IndicatorProgress[] }) =>
      body.indicators.find((i) => i.indicatorId === created.json().id) as IndicatorProgress;
    const exact = (await coordinator.get(`/api/plans/${koege.id}/progress`)).json();
    expect(exact.suppressed).toBe(false);
    expect(actuals(find(exact))[0]).toBe(3);
    const partner = await demo.as('partner.koege');
    const hidden = (await partner.get(`/api/plans/${koege.id}/progress`)).json();
    expect(hidden.suppressed).toBe(true);
    expect(actuals(find(hidden))[0]).toBeNull();
  });

  it('gives a dashboard per month, per afdeling, gender, age band and focus area', async () => {
    const res = await leader.get(`/api/plans/${holbaek.slug}/dashboard?activityId=${mentorId}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.months.map((m: { month: string }) => m.month)).toEqual([
      '2023-12',
      '2024-03',
      '2025-02',
      '2025-03',
      '2026-05',
    ]);
    expect(body.months[1]).toMatchObject({ attendances: 3, participants: 3, sessions: 1, volunteerHours: 0 });
    const employment = body.focusAreas.find((f: { id: string }) => f.id === employmentAreaId);
    expect(employment).toMatchObject({ activities: 1, sessions: 5, participants: 9, attendances: 19 });
    expect(body.reach.gender.total).toBe(9);

    const all = (await leader.get(`/api/plans/${holbaek.slug}/dashboard`)).json();
    expect(all.reach.gender.cells.find((c: { key: string }) => c.key === 'female').value).toBe(3 + 12);
    const anonymous = (
      await demo.app.inject({ method: 'GET', url: `/api/plans/${holbaek.slug}/dashboard` })
    ).json();
    expect(anonymous.suppressed).toBe(true);
    expect(anonymous.months.find((m: { month: string }) => m.month === '2024-03').attendances).toBeNull();
  });

  it('exports one row per indicator and year', async () => {
    const res = await leader.get(`/api/plans/${holbaek.slug}/progress/export?format=csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const lines = res.body.trim().split(/\r?\n/);
    expect(lines[0]).toContain('Indikator');
    expect(lines.filter((l) => l.includes('Unge i mentorforløb'))).toHaveLength(4);
    const xlsx = await leader.get(`/api/plans/${holbaek.slug}/progress/export`);
    expect(xlsx.statusCode).toBe(200);
  });

  it('answers 404 for an unknown plan or indicator', async () => {
    expect((await leader.get('/api/plans/no-such-plan/progress')).statusCode).toBe(404);
    expect(
      (await leader.get('/api/indicators/00000000-0000-4000-8000-000000000000/progress')).statusCode,
    ).toBe(404);
  });
});
