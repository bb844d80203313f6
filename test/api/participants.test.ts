import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditChanges } from '../../src/db/schema/index';
import { SYSTEM_CLI } from '../../src/server/audit/with-audit';
import { applyRetention } from '../../src/server/participants/erase-participant';
import { testBackends } from '../support/databases';
import { type DemoApp, demoApp } from '../support/demo-app';
import type { TestClient } from '../support/http-client';

describe.each(testBackends)('participants and personal data on $name', (backend) => {
  let demo: DemoApp;
  let leader: TestClient;
  let planId: string;
  let departmentId: string;
  beforeAll(async () => {
    demo = await demoApp(backend);
    leader = await demo.as('projektleder.koege');
    const plan = (await leader.get('/api/plans/koege-2021-2025')).json();
    planId = plan.id;
    departmentId = plan.departments[0].id;
  });
  afterAll(() => demo.close());

  it('registers pseudonymous participants with generated codes — and has no field for a name', async () => {
    const res = await leader.post(`/api/plans/${planId}/participants`, {
      participants: [{ ageBand: '13-17', gender: 'female', departmentId }, { ageBand: '18-24' }, {}],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().map((p: { code: string }) => p.code)).toEqual([
      expect.stringMatching(/^KOE-[A-HJKMNP-Z2-9]{6}$/),
      expect.stringMatching(/^KOE-/),
      expect.stringMatching(/^KOE-/),
    ]);
    const cpr = await leader.post(`/api/plans/${planId}/partners`, {
      name: 'Mentor',
      type: 'ngo',
      contributionInsidePlan: 'Ring til 010203-1234',
    });
    expect(cpr.json()).toMatchObject({ status: 400, errors: [{ field: 'body.contributionInsidePlan' }] });
    expect(cpr.json().errors[0].message).toContain('CPR');
    const withName = await leader.post(`/api/plans/${planId}/participants`, {
      participants: [{ name: 'Ali', cpr: '0102031234' }],
    });
    expect(withName.statusCode).toBe(400);
  });

  it('erases a participant on request and keeps the counts', async () => {
    const list = (await leader.get(`/api/plans/${planId}/participants`)).json();
    expect(list.total).toBe(3);
    const target = list.items.find((p: { ageBand: string | null }) => p.ageBand === '13-17');
    const staff = await demo.as('medarbejder.koege');
    expect((await staff.post(`/api/participants/${target.id}/erase`)).statusCode).toBe(403);
    const erased = (await leader.post(`/api/participants/${target.id}/erase`)).json();
    expect(erased).toMatchObject({
      ageBand: null,
      gender: null,
      departmentId: null,
      code: expect.stringMatching(/^SLETTET-/),
    });
    expect(erased.erasedAt).not.toBeNull();
    expect((await leader.get(`/api/plans/${planId}/participants`)).json().total).toBe(2);
    expect((await leader.get(`/api/plans/${planId}/participants?includeErased=true`)).json().total).toBe(3);
  });

  it('never copies participants’ attributes into the audit trail', async () => {
    const rows = await demo.handle.db
      .select()
      .from(auditChanges)
      .where(eq(auditChanges.tableName, 'participants'));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      for (const snapshot of [row.before, row.after, row.diff]) {
        const keys = Object.keys((snapshot as object | null) ?? {});
        expect(keys).not.toEqual(expect.arrayContaining(['code']));
        expect(keys).not.toEqual(expect.arrayContaining(['age_band']));
      }
    }
  });

  it('exports the plan as JSON and a table as CSV', async () => {
    const json = await leader.get(`/api/plans/${planId}/export`);
    expect(json.headers['content-disposition']).toContain('attachment');
    const data = json.json();
    expect(data.plans).toHaveLength(1);
    expect(data.participants).toHaveLength(3);
    expect(data.activities.length).toBeGreaterThan(0);
    const csv = await leader.get(`/api/plans/${planId}/export?format=csv&table=partners`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\n')[0]).toContain('name');
    expect(csv.body).toContain('Dansk Flygtningehjælp');
  });

  it('erases everyone when the plan’s retention period has run out', async () => {
    // Køge ended 31.8.2025; with 12 months' retention the data is due on 1.9.2026.
    expect(await applyRetention(demo.handle.db, SYSTEM_CLI, new Date('2026-08-30T12:00:00Z'))).toBe(0);
    expect(await applyRetention(demo.handle.db, SYSTEM_CLI, new Date('2026-11-25T12:00:00Z'))).toBe(2);
    const list = (await leader.get(`/api/plans/${planId}/participants?includeErased=true`)).json();
    expect(list.items.every((p: { erasedAt: string | null }) => p.erasedAt !== null)).toBe(true);
  });
});

describe.each(testBackends)('the plan audit view on $name', (backend) => {
  it('shows a plan leader only their own plan’s rows, even of an event that touched several plans', async () => {
    const demo = await demoApp(backend);
    try {
      const leader = await demo.as('projektleder.koege');
      const koege = (await leader.get('/api/plans/koege-2021-2025')).json();
      const audit = (await leader.get('/api/plans/koege-2021-2025/audit?limit=50')).json();
      const seed = audit.items.find((e: { action: string }) => e.action === 'seed');
      const tables = new Set(seed.changes.map((c: { tableName: string }) => c.tableName));
      expect(tables.has('plans')).toBe(true);
      expect(tables.has('users')).toBe(false);
      for (const c of seed.changes) {
        const row = c.after ?? c.before;
        expect(row.plan_id ?? row.id).toBe(koege.id);
      }
    } finally {
      await demo.close();
    }
  });
});
