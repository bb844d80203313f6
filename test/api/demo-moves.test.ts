import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanDetail } from '../../src/server/plans/plan-detail.schema';
import type { IndicatorProgressOut } from '../../src/server/progress/progress.schema';
import { testBackends } from '../support/databases';
import { type DemoApp, demoApp } from '../support/demo-app';
import type { TestClient } from '../support/http-client';

/**
 * Issue 13 §9, the demo moves out of the box: every demo plan that is still running (not
 * completed, and with a period to count in) has indicators with targets, and one registration —
 * a session of one of its activities with one new participant, as a coordinator registers it —
 * moves a progress figure at once, in a year that has a target.
 */
describe.each(testBackends)('the demo moves out of the box on $name', (backend) => {
  let demo: DemoApp;
  let admin: TestClient;
  let plans: { slug: string; status: string }[];
  beforeAll(async () => {
    demo = await demoApp(backend);
    admin = await demo.as('admin');
    plans = (await admin.request('GET', '/api/plans?limit=100')).json().items;
  });
  afterAll(() => demo.close());

  const progressOf = async (slug: string): Promise<IndicatorProgressOut[]> => {
    const res = await admin.request('GET', `/api/plans/${slug}/progress`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().indicators;
  };

  it('has running demo plans to try', () => {
    const running = plans.filter((p) => p.status !== 'completed').map((p) => p.slug);
    expect(running.sort()).toEqual(['amager-2022-2025', 'holbaek-2024-2027', 'koege-2021-2025']);
  });

  it.each(['amager-2022-2025', 'holbaek-2024-2027', 'koege-2021-2025'])(
    '%s: one registered session moves a figure with a target',
    async (slug) => {
      const plan: PlanDetail = (await admin.request('GET', `/api/plans/${slug}`)).json();
      const before = await progressOf(slug);
      expect(before.length, 'indicators').toBeGreaterThan(0);
      expect(
        before.every((i) => i.years.length > 0 && i.years.every((y) => y.target !== null && y.target > 0)),
        'every indicator has a target in every plan year',
      ).toBe(true);

      // A date inside the plan's period: today, or the period's last day when it is over.
      const years = before[0]?.years ?? [];
      const today = new Date().toISOString().slice(0, 10);
      const first = years[0]?.start as string;
      const last = years.at(-1)?.end as string;
      const date = today < first ? first : today > last ? last : today;
      const year = years.find((y) => y.start <= date && date <= y.end);
      expect(year, date).toBeDefined();

      const activity = plan.focusAreas.flatMap((f) => f.activities)[0];
      expect(activity, 'the plan has an activity to register').toBeDefined();
      const res = await admin.request('POST', `/api/activities/${activity?.id}/sessions`, {
        date,
        newParticipants: [{ ageBand: '18-24', gender: 'female' }],
      });
      expect(res.statusCode, res.body).toBe(201);

      const after = await progressOf(slug);
      const actual = (list: IndicatorProgressOut[], id: string) =>
        list.find((i) => i.indicatorId === id)?.years[year?.index ?? -1]?.actual ?? 0;
      const moved = after.filter((i) => actual(after, i.indicatorId) > actual(before, i.indicatorId));
      expect(moved.map((i) => i.name)).toContain('Aktivitetsgange i alt');
      expect(moved.map((i) => i.name)).toContain('Beboere, der deltager i helhedsplanens aktiviteter');
      for (const i of moved) {
        expect(actual(after, i.indicatorId) - actual(before, i.indicatorId), i.name).toBe(1);
        expect(i.years[year?.index ?? -1]?.target, i.name).toBeGreaterThan(0);
      }
    },
  );
});
