import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../support/databases';
import { type DemoApp, demoApp } from '../support/demo-app';
import { TestClient } from '../support/http-client';

/**
 * Issue #4: hidden cells cannot be recovered by subtraction — not between a filtered and an
 * unfiltered dashboard, not between indicators of different scopes, not from a breakdown's total.
 * Each leak is first set up exactly as the review found it, through the registration API.
 */
interface YearOut {
  actual: number | null;
  cumulativeActual: number | null;
}
interface IndicatorOut {
  indicatorId: string;
  years: YearOut[];
  total: { actual: number | null };
  shareOfTarget: number | null;
}
interface Breakdown {
  cells: { key: string; value: number | null }[];
  total: number | null;
}

describe.each(testBackends)('progress privacy (no recovery by subtraction) on $name', (backend) => {
  let demo: DemoApp;
  let staff: TestClient;
  let leader: TestClient;
  let lbf: TestClient;
  let anonymous: TestClient;
  let planId: string;
  let x: string; // activity X and Y in the same focus area E; Z in another
  let y: string;
  let z: string;
  let areaE: string;
  const indicator: Record<string, string> = {};
  const suppressedCallers = () =>
    [
      ['anonymous', anonymous],
      ['lbf', lbf],
    ] as const;

  const register = async (
    client: TestClient,
    activityId: string,
    date: string,
    body: { newParticipants?: Record<string, string>[]; participantIds?: string[] },
  ): Promise<string[]> => {
    const res = await client.post(`/api/activities/${activityId}/sessions`, { date, ...body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().attendance.map((a: { participantId: string }) => a.participantId);
  };
  const people = (female: number, male: number) => [
    ...Array.from({ length: female }, () => ({ gender: 'female' })),
    ...Array.from({ length: male }, () => ({ gender: 'male' })),
  ];
  const progress = async (client: TestClient) => {
    const res = await client.get(`/api/plans/${planId}/progress`);
    expect(res.statusCode, res.body).toBe(200);
    const all = res.json().indicators as IndicatorOut[];
    return (key: string) => all.find((i) => i.indicatorId === indicator[key]) as IndicatorOut;
  };
  const marchOf = async (client: TestClient, query = '') => {
    const res = await client.get(`/api/plans/${planId}/dashboard${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().months.find((m: { month: string }) => m.month === '2025-03');
  };
  const march = async (client: TestClient, query = '') => (await marchOf(client, query))?.attendances;

  beforeAll(async () => {
    demo = await demoApp(backend);
    staff = await demo.as('medarbejder.holbaek');
    leader = await demo.as('projektleder.holbaek');
    lbf = await demo.as('lbf');
    anonymous = new TestClient(demo.app);
    planId = (await leader.get('/api/plans/holbaek-2024-2027')).json().id;
    const acts = (await leader.get(`/api/plans/${planId}/activities?limit=100`)).json().items as {
      id: string;
      name: string;
      focusAreaId: string;
    }[];
    const mentor = acts.find((a) => a.name === 'Mentorordning for unge 15-29-årige');
    if (!mentor) throw new Error('no mentor activity');
    x = mentor.id;
    areaE = mentor.focusAreaId;
    y = acts.find((a) => a.focusAreaId === areaE && a.id !== x)?.id as string;
    z = acts.find((a) => a.focusAreaId !== areaE)?.id as string;
    expect(y && z).toBeTruthy();

    const create = async (key: string, body: Record<string, unknown>) => {
      const res = await leader.post(`/api/plans/${planId}/indicators`, { kind: 'output', ...body });
      expect(res.statusCode, res.body).toBe(201);
      indicator[key] = res.json().id;
    };
    await create('x', { activityId: x, name: 'Fremmøder X', basis: 'attendances' });
    await create('y', { activityId: y, name: 'Fremmøder Y', basis: 'attendances' });
    await create('area', { focusAreaId: areaE, name: 'Fremmøder E', basis: 'attendances' });
    await create('plan', { name: 'Fremmøder i planen', basis: 'attendances' });
    await create('zPersons', { activityId: z, name: 'Unge i Z', basis: 'uniqueParticipants' });

    // March 2025: X has 10 attendances, Y 2. Z: 10 persons in 2025, then 2 new (and 4 again) in 2026.
    await register(staff, x, '2025-03-10', { newParticipants: people(5, 5) });
    await register(staff, y, '2025-03-11', { newParticipants: people(1, 1) });
    const zPeople = await register(staff, z, '2025-05-10', { newParticipants: people(5, 5) });
    await register(staff, z, '2026-04-10', {
      newParticipants: people(1, 1),
      participantIds: zPeople.slice(0, 4),
    });
  }, 120_000);
  afterAll(() => demo.close());

  describe('leak 1: the dashboard filtered vs unfiltered', () => {
    it('gives plan staff exact figures for any filter (12 = 10 + 2)', async () => {
      for (const client of [leader, staff]) {
        expect(await march(client)).toBe(12);
        expect(await march(client, `?activityId=${x}`)).toBe(10);
        expect(await march(client, `?activityId=${y}`)).toBe(2);
        expect(await march(client, `?focusAreaId=${areaE}`)).toBe(12);
      }
    });

    it('refuses filters to suppressed callers, so "plan − activity X" cannot give Y', async () => {
      for (const [who, client] of suppressedCallers()) {
        // Attendances add up across activities, so aggregate-only viewers get them through the
        // indicators alone; the month's persons (which do not add up) stay.
        const month = await marchOf(client);
        expect(month?.attendances, who).toBeNull();
        expect(month?.participants, who).toBe(12);
        for (const [field, query] of [
          ['activityId', `?activityId=${x}`],
          ['activityId', `?activityId=${y}`],
          ['focusAreaId', `?focusAreaId=${areaE}`],
        ] as const) {
          const res = await client.get(`/api/plans/${planId}/dashboard${query}`);
          expect(res.statusCode, `${who} ${query}`).toBe(403);
          expect(res.json()).toMatchObject({ code: 'FORBIDDEN', errors: [{ field }] });
          expect(res.json().errors[0].message).toContain('filtrere');
        }
      }
    });

    it('lets the municipality coordinator filter exactly, and not the plan’s partner', async () => {
      const koegeStaff = await demo.as('medarbejder.koege');
      const coordinator = await demo.as('koordinator.koege');
      const partner = await demo.as('partner.koege');
      const koege = (await coordinator.get('/api/plans/koege-2021-2025')).json();
      const [a, b] = (await coordinator.get(`/api/plans/${koege.id}/activities?limit=2`)).json().items;
      await register(koegeStaff, a.id, '2021-09-01', { newParticipants: people(4, 4) });
      await register(koegeStaff, b.id, '2021-09-02', { newParticipants: people(1, 2) });
      const sept = async (client: TestClient, query: string) => {
        const res = await client.get(`/api/plans/${koege.id}/dashboard${query}`);
        expect(res.statusCode, res.body).toBe(200);
        return res.json().months.find((m: { month: string }) => m.month === '2021-09')?.attendances;
      };
      expect(await sept(coordinator, '')).toBe(11);
      expect(await sept(coordinator, `?activityId=${b.id}`)).toBe(3);
      const refused = await partner.get(`/api/plans/${koege.id}/dashboard?activityId=${b.id}`);
      expect(refused.statusCode).toBe(403);
    });
  });

  describe('leak 2: overlapping additive indicators', () => {
    it('gives plan staff the exact figures of every scope', async () => {
      const of = await progress(leader);
      expect(of('x').years.map((v) => v.actual)).toEqual([0, 10, 0, 0]);
      expect(of('y').years.map((v) => v.actual)).toEqual([0, 2, 0, 0]);
      expect(of('area').years.map((v) => v.actual)).toEqual([0, 12, 0, 0]);
      expect(of('area').total.actual).toBe(12);
      expect(of('plan').years.map((v) => v.actual)).toEqual([0, 22, 6, 0]);
    });

    it('hides a focus area’s and the plan’s cell above a hidden activity cell', async () => {
      for (const [who, client] of suppressedCallers()) {
        const of = await progress(client);
        const [xs, ys, area, plan] = [of('x'), of('y'), of('area'), of('plan')];
        expect(ys.years[1]?.actual, who).toBeNull(); // Y's 2 is hidden …
        expect(xs.years[1]?.actual, who).toBe(10); // … X's 10 is shown …
        // … so E's 12 (and every figure of E and the plan that contains the 2) must not be.
        for (const ancestor of [area, plan]) {
          expect(ancestor.years[1]?.actual, who).toBeNull();
          expect(ancestor.years.slice(1).map((v) => v.cumulativeActual)).toEqual([null, null, null]);
          expect(ancestor.total.actual, who).toBeNull();
          expect(ancestor.shareOfTarget).toBeNull();
        }
        // No shown figure of E minus X's shown figure gives Y's 2.
        const shownE = area.years.flatMap((v) => [v.actual, v.cumulativeActual]).filter((v) => v !== null);
        const shownX = xs.years.flatMap((v) => [v.actual, v.cumulativeActual]).filter((v) => v !== null);
        for (const e of shownE) for (const xv of shownX) expect((e as number) - (xv as number)).not.toBe(2);
        // The same on the single indicator's page.
        const detail = (await client.get(`/api/indicators/${indicator.area}/progress`)).json();
        expect(detail.years[1].actual).toBeNull();
        expect(detail.total.actual).toBeNull();
      }
    });

    it('leaves them out of the export too', async () => {
      const csv = (await anonymous.get(`/api/plans/${planId}/progress/export?format=csv`)).body;
      const rows = csv.split(/\r?\n/).filter((l) => l.includes('Fremmøder E'));
      expect(rows).toHaveLength(4);
      for (const row of rows) expect(row).not.toMatch(/(^|[,;])12([,;]|$)/);
    });
  });

  describe('leak 3: a breakdown’s total beside a hidden total', () => {
    const cell = (b: Breakdown, key: string) => b.cells.find((c) => c.key === key)?.value;

    it('gives plan staff the breakdown total (12)', async () => {
      const detail = (await leader.get(`/api/indicators/${indicator.zPersons}/progress`)).json();
      expect(detail.total.actual).toBe(12);
      expect(detail.breakdowns.gender.total).toBe(12);
      const dashboard = (await leader.get(`/api/plans/${planId}/dashboard`)).json();
      expect(dashboard.reach.gender.total).toBe(24);
    });

    it('hides a breakdown total that differs from the indicator’s shown total', async () => {
      for (const [who, client] of suppressedCallers()) {
        const detail = (await client.get(`/api/indicators/${indicator.zPersons}/progress`)).json();
        expect(
          detail.years.map((v: YearOut) => v.actual),
          who,
        ).toEqual([0, 10, 6, 0]);
        expect(detail.total.actual, who).toBeNull(); // 10 + 2 new: the 2 are hidden …
        expect(detail.breakdowns.gender.total, who).toBeNull(); // … so 12 is not given here
        expect(cell(detail.breakdowns.gender, 'female')).toBe(6); // the cells stay as they were
        expect(cell(detail.breakdowns.gender, 'male')).toBe(6);
        // Where the indicator's total is shown, the same total beside the breakdown reveals nothing.
        const zs = (await client.get(`/api/indicators/${indicator.zPersons}/progress`)).json();
        expect(zs.breakdowns.gender.cells.length).toBeGreaterThan(0);
        // Attendances add up across scopes (E's girls minus X's): no breakdown of them here.
        const xs = (await client.get(`/api/indicators/${indicator.x}/progress`)).json();
        expect(xs.total.actual).toBe(10);
        expect(xs.breakdowns, who).toBeNull();
        // The dashboard's reach never sends its total to suppressed callers.
        const dashboard = (await client.get(`/api/plans/${planId}/dashboard`)).json();
        for (const dim of ['gender', 'ageBand', 'department'] as const) {
          expect(dashboard.reach[dim].total, `${who} ${dim}`).toBeNull();
        }
        expect(cell(dashboard.reach.gender, 'female')).toBe(12);
      }
    });
  });
});
