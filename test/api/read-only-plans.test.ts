import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/client';
import { AppError } from '../../src/domain/errors/app-error';
import { createActivity } from '../../src/server/activities/create-activity';
import { SYSTEM_CLI, withAudit } from '../../src/server/audit/with-audit';
import { testBackends } from '../support/databases';
import { type DemoApp, demoApp } from '../support/demo-app';
import { TestClient } from '../support/http-client';

type Method = 'POST' | 'PUT' | 'PATCH' | 'DELETE';
interface Route {
  method: Method;
  path: string;
}

/** The writes that exist for a read-only plan (decision 016); everything else must answer 409. */
const ALLOWED_ON_READ_ONLY = new Set([
  'POST /api/plans/{id}/reopen',
  'POST /api/plans/{id}/close',
  'POST /api/participants/{id}/erase',
]);

/**
 * Plan rows addressed by their own id: how to find one of the plan's rows of that kind. A write
 * route on /api/<segment>/{id} whose segment is in neither list fails the test, so a new kind of
 * plan row cannot be added without deciding whether it is plan content.
 */
const PLAN_ROWS: Record<string, string> = {
  activities: 'select id from activities where plan_id = $plan',
  partners: 'select id from partners where plan_id = $plan',
  'financing-lines': 'select id from financing_lines where plan_id = $plan',
  'budget-versions': 'select id from budget_versions where plan_id = $plan',
  'budget-lines': 'select id from budget_lines where plan_id = $plan',
  'spending-entries': 'select id from spending_entries where plan_id = $plan',
  bodies: 'select id from bodies where plan_id = $plan',
  'body-members': 'select m.id from body_members m join bodies b on b.id = m.body_id where b.plan_id = $plan',
  networks: 'select id from networks where plan_id = $plan',
  'network-groups':
    'select g.id from network_groups g join networks n on n.id = g.network_id where n.plan_id = $plan',
  'network-activities':
    'select a.id from network_activities a join networks n on n.id = a.network_id where n.plan_id = $plan',
  contacts: 'select id from contacts where plan_id = $plan',
  staff: 'select id from plan_staff where plan_id = $plan',
  participants: 'select id from participants where plan_id = $plan',
  sessions: 'select id from activity_sessions where plan_id = $plan',
  volunteers: 'select id from volunteers where plan_id = $plan',
  enrolments: 'select id from enrolments where plan_id = $plan',
  indicators: 'select id from indicators where plan_id = $plan',
  statistics: 'select id from area_statistics where plan_id = $plan',
};
/** Not rows of a plan: master data of municipalities, the country, accounts. */
const NOT_PLAN_ROWS = new Set([
  'departments',
  'municipalities',
  'statutory-areas',
  'area-listings',
  'co-financing-models',
  'organisations',
  'users',
  'regions',
]);

describe.each(testBackends)('read-only plans on $name', (backend) => {
  let demo: DemoApp;
  let admin: TestClient;
  let writes: Route[];
  let amagerbro: { id: string };

  beforeAll(async () => {
    demo = await demoApp(backend);
    admin = await demo.as('admin');
    amagerbro = (await admin.get('/api/plans/amagerbro-helhedsplan')).json();
    const doc = (await admin.get('/api/openapi.json')).json() as { paths: Record<string, object> };
    writes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops)
        .map((m) => m.toUpperCase())
        .filter((m): m is Method => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(m))
        .map((method) => ({ method, path })),
    );
  }, 180_000);
  afterAll(() => demo.close());

  const key = (r: Route) => `${r.method} ${r.path}`;
  const fill = (path: string, id: string) =>
    path.replace('{id}', id).replace(/\{[a-zA-Z]+\}/g, '00000000-0000-4000-8000-000000000000');

  it('the completed demo plan says so', async () => {
    const res = await admin.get('/api/plans/amagerbro-helhedsplan/write-state');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      writable: false,
      readOnlyReason: 'completed',
      reopenedAt: null,
      reopenReason: null,
    });
    const koege = await admin.get('/api/plans/koege-2021-2025/write-state');
    expect(koege.json().writable).toBe(true);
  });

  it('answers 409 PLAN_READ_ONLY to every write under /api/plans/{id}/ of a completed plan', async () => {
    const planWrites = writes.filter(
      (r) =>
        (r.path === '/api/plans/{id}' || r.path.startsWith('/api/plans/{id}/')) &&
        !ALLOWED_ON_READ_ONLY.has(key(r)),
    );
    expect(planWrites.length).toBeGreaterThanOrEqual(20);
    const coordinator = await demo.as('koordinator.kbh');
    const answers: Record<string, string> = {};
    for (const route of planWrites) {
      for (const [who, client] of [
        ['admin', admin],
        ['koordinator.kbh', coordinator],
      ] as const) {
        const res = await client.request(route.method, fill(route.path, amagerbro.id), {});
        const body = res.json();
        answers[`${who} ${key(route)}`] = `${res.statusCode} ${body.code}`;
        if (res.statusCode === 409) {
          expect(body.title).toBe('Planen er afsluttet og kan kun læses. En administrator kan genåbne den.');
          expect(body.detail).toBe('Planen er afsluttet, og dens periode er slut.');
        }
      }
    }
    // The administrator may do everything, so every answer is the refusal; the coordinator may not
    // touch personal data at all (403 before the plan's state is looked at).
    const expected = Object.fromEntries(
      Object.entries(answers).map(([k, v]) => [
        k,
        k.startsWith('koordinator') && v === '403 FORBIDDEN' ? v : '409 PLAN_READ_ONLY',
      ]),
    );
    expect(answers).toEqual(expected);
    expect(Object.values(answers).filter((v) => v === '409 PLAN_READ_ONLY').length).toBeGreaterThan(
      planWrites.length * 1.5,
    );
  });

  it('checks access first: who may not write gets 401/403/404, not 409', async () => {
    const route = { method: 'POST' as const, path: `/api/plans/${amagerbro.id}/activities` };
    expect((await new TestClient(demo.app).request(route.method, route.path, {})).statusCode).toBe(401);
    expect(
      (await (await demo.as('projektleder.koege')).request(route.method, route.path, {})).statusCode,
    ).toBe(404);
    expect((await (await demo.as('lbf')).request(route.method, route.path, {})).statusCode).toBe(404);
  });

  it('refuses the write inside the use case too (CLI, imports), whatever the caller', async () => {
    const plan = (await admin.get('/api/plans/amagerbro-helhedsplan')).json();
    const focusAreaId = plan.focusAreas[0].id;
    const error = await createActivity(demo.handle.db, SYSTEM_CLI, {
      plan: { planId: amagerbro.id, municipalityId: plan.municipality.id },
      activity: { focusAreaId, name: 'Uden om API’et' } as never,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('PLAN_READ_ONLY');
  });

  it('reopening and closing: admin only, with a reason, audited', async () => {
    const url = `/api/plans/${amagerbro.id}`;
    for (const who of [
      'koordinator.kbh',
      'projektleder.koege',
      'medarbejder.koege',
      'lbf',
      'partner.koege',
    ]) {
      const client = await demo.as(who);
      expect((await client.post(`${url}/reopen`, { reason: 'Rettelse' })).statusCode, who).toBe(403);
      expect((await client.post(`${url}/close`, {})).statusCode, who).toBe(403);
    }
    expect((await new TestClient(demo.app).post(`${url}/reopen`, { reason: 'x' })).statusCode).toBe(401);

    const noReason = await admin.post(`${url}/reopen`, { reason: '  ' });
    expect(noReason.statusCode).toBe(400);
    expect(await admin.post(`${url}/close`, {}).then((r) => r.json().code)).toBe('PLAN_NOT_REOPENED');
    expect(
      await admin.post('/api/plans/holbaek-2024-2027/reopen', { reason: 'x' }).then((r) => r.json().code),
    ).toBe('PLAN_NOT_READ_ONLY');

    const reopened = await admin.post(`${url}/reopen`, { reason: 'Slutregnskabet manglede en indsats' });
    expect(reopened.statusCode).toBe(200);
    expect(reopened.json()).toMatchObject({
      writable: true,
      readOnlyReason: null,
      reopenReason: 'Slutregnskabet manglede en indsats',
    });
    const focusAreaId = (await admin.get(url)).json().focusAreas[0].id;
    const coordinator = await demo.as('koordinator.kbh');
    const created = await coordinator.post(`${url}/activities`, { focusAreaId, name: 'Rettet indsats' });
    expect(created.statusCode).toBe(201);

    const closed = await admin.post(`${url}/close`, {});
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toEqual({
      writable: false,
      readOnlyReason: 'completed',
      reopenedAt: null,
      reopenReason: null,
    });
    expect((await coordinator.post(`${url}/activities`, { focusAreaId, name: 'For sent' })).statusCode).toBe(
      409,
    );

    const audit = (await admin.get(`${url}/audit?limit=50`)).json();
    const actions = (audit.items as { action: string }[]).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['reopenPlan', 'closePlan', 'create:activities']));
    const reasons = await queryRows<{ reason: string }>(
      demo.handle.db,
      sql`select c.after->>'reopen_reason' as reason from audit_changes c join audit_events e on e.id = c.event_id
          where e.action = 'reopenPlan' and c.table_name = 'plans' and c.row_id = ${amagerbro.id}`,
    );
    expect(reasons.map((r) => r.reason)).toEqual(['Slutregnskabet manglede en indsats']);
  });

  it('answers 409 to every write on the rows of a plan once it is completed; erasure still works', async () => {
    const koege = (await admin.get('/api/plans/koege-2021-2025')).json() as { id: string };
    // One row of every kind the demo does not have yet, written while the plan is still open.
    const plan = `/api/plans/${koege.id}`;
    const created = async (url: string, body: unknown) => {
      const res = await admin.post(url, body);
      if (res.statusCode !== 201) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
      const json = res.json();
      return (Array.isArray(json) ? json[0].id : json.id) as string;
    };
    await created(`${plan}/spending`, { date: '2024-03-01', category: 'other', amountOre: 100 });
    await created(`${plan}/contacts`, { name: 'Kontakt' });
    await created(`${plan}/staff`, { role: 'other', title: 'Medarbejder' });
    await created(`${plan}/volunteers`, {});
    await created(`${plan}/indicators`, { name: 'Deltagere', kind: 'output', basis: 'sessions' });
    const [activity] = await queryRows<{ id: string }>(
      demo.handle.db,
      sql`select id from activities where plan_id = ${koege.id} limit 1`,
    );
    await created(`/api/activities/${activity?.id}/sessions`, {
      date: '2022-03-01',
      openCount: { total: 3 },
    });
    const participantId = await created(`${plan}/participants`, { participants: [{}] });
    await created(`/api/activities/${activity?.id}/enrolments`, { participantId, startDate: '2022-03-01' });
    // Køge's period ended 31.8.2025; completing it (as the project leader would) closes it.
    await withAudit(demo.handle.db, SYSTEM_CLI, { name: 'test:complete' }, (tx) =>
      tx.execute(sql`update plans set status = 'completed' where id = ${koege.id}`),
    );
    const rowWrites = writes.filter(
      (r) => !r.path.startsWith('/api/plans/') && /^\/api\/[a-z-]+\/\{id\}/.test(r.path),
    );
    const unknown = rowWrites
      .map((r) => r.path.split('/')[2] as string)
      .filter((segment) => !(segment in PLAN_ROWS) && !NOT_PLAN_ROWS.has(segment));
    expect(unknown).toEqual([]);
    const answers: Record<string, string> = {};
    for (const route of rowWrites) {
      const segment = route.path.split('/')[2] as string;
      const query = PLAN_ROWS[segment];
      if (!query || ALLOWED_ON_READ_ONLY.has(key(route))) continue;
      const [row] = await queryRows<{ id: string }>(
        demo.handle.db,
        sql.raw(`${query.replace('$plan', `'${koege.id}'`)} limit 1`),
      );
      expect(row, `Køge has a row for ${key(route)}`).toBeDefined();
      const res = await admin.request(route.method, fill(route.path, row?.id as string), {});
      answers[key(route)] = `${res.statusCode} ${res.json().code}`;
    }
    expect(Object.keys(answers).length).toBeGreaterThanOrEqual(30);
    expect(answers).toEqual(Object.fromEntries(Object.keys(answers).map((k) => [k, '409 PLAN_READ_ONLY'])));

    const [participant] = await queryRows<{ id: string }>(
      demo.handle.db,
      sql`select id from participants where plan_id = ${koege.id} and erased_at is null limit 1`,
    );
    const erased = await admin.post(`/api/participants/${participant?.id}/erase`, {});
    expect(erased.statusCode).toBe(200);
  });
});
