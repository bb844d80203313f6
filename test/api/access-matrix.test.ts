import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../support/databases';
import { type DemoApp, demoApp } from '../support/demo-app';
import { TestClient } from '../support/http-client';

/**
 * Every route of the OpenAPI document × every role, against the Køge plan and its rows. The
 * expectations are written out by hand (not computed by the code under test). A route missing
 * from RULES fails the test, so a new route cannot ship without deciding who may call it.
 */
type Kind =
  | 'public'
  | 'signOut'
  | 'planRead'
  | 'planWrite'
  | 'planApprove'
  | 'personalRead'
  | 'personalWrite'
  | 'personalErase'
  | 'auditRead'
  | 'municipalityWrite'
  | 'planFigures'
  | 'admin';

const RULES: Record<string, Kind> = {
  'GET /api/plans': 'public',
  'GET /api/sources': 'public',
  'POST /api/plans': 'municipalityWrite',
  'GET /api/plans/{id}': 'public',
  'PATCH /api/plans/{id}': 'planWrite',
  'GET /api/plans/{id}/write-state': 'public',
  'POST /api/plans/{id}/reopen': 'admin',
  'POST /api/plans/{id}/close': 'admin',
  'GET /api/departments/{id}': 'public',
  'PATCH /api/departments/{id}': 'municipalityWrite',
  'GET /api/departments': 'public',
  'POST /api/departments': 'municipalityWrite',
  'GET /api/departments/{id}/statistics': 'public',
  'POST /api/departments/{id}/statistics': 'municipalityWrite',
  'GET /api/statistics/{id}': 'public',
  'PATCH /api/statistics/{id}': 'municipalityWrite',
  'DELETE /api/statistics/{id}': 'municipalityWrite',
  'GET /api/plans/{id}/area-statistics': 'public',
  'POST /api/plans/{id}/area-statistics': 'planFigures',
  'GET /api/municipalities/{id}/statistics': 'public',
  'POST /api/municipalities/{id}/statistics': 'municipalityWrite',
  'GET /api/country-statistics': 'public',
  'POST /api/country-statistics': 'admin',
  'GET /api/funding-periods': 'public',
  'GET /api/funding-periods/{id}': 'public',
  'GET /api/municipalities': 'public',
  'GET /api/municipalities/{id}': 'public',
  'POST /api/municipalities': 'admin',
  'PATCH /api/municipalities/{id}': 'municipalityWrite',
  'GET /api/municipalities/{id}/co-financing-models': 'public',
  'POST /api/municipalities/{id}/co-financing-models': 'municipalityWrite',
  'PATCH /api/co-financing-models/{id}': 'municipalityWrite',
  'DELETE /api/co-financing-models/{id}': 'municipalityWrite',
  'GET /api/organisations': 'public',
  'GET /api/organisations/{id}': 'public',
  'POST /api/organisations': 'admin',
  'PATCH /api/organisations/{id}': 'admin',
  'GET /api/auth/session': 'public',
  'POST /api/auth/sign-in': 'public',
  'POST /api/auth/sign-out': 'signOut',
  'GET /api/users': 'admin',
  'POST /api/users': 'admin',
  'PATCH /api/users/{id}': 'admin',
  'POST /api/users/{id}/password': 'admin',
  'PUT /api/users/{id}/roles': 'admin',
  'GET /api/plans/{id}/audit': 'auditRead',
  'GET /api/plans/{id}/participants': 'personalRead',
  'POST /api/plans/{id}/participants': 'personalWrite',
  'POST /api/participants/{id}/erase': 'personalErase',
  'PUT /api/plans/{id}/retention': 'planApprove',
  'GET /api/plans/{id}/export': 'personalRead',
  'GET /api/activities': 'public',
  'GET /api/plans/{id}/financing': 'public',
  'GET /api/plans/{id}/budget-versions': 'public',
  'POST /api/plans/{id}/budget-versions': 'planWrite',
  'PUT /api/plans/{id}/budget-rule-settings': 'planApprove',
  'GET /api/budget-versions/{id}': 'public',
  'PATCH /api/budget-versions/{id}': 'planWrite',
  'DELETE /api/budget-versions/{id}': 'planWrite',
  'POST /api/budget-versions/{id}/copy': 'planWrite',
  'POST /api/budget-versions/{id}/approve': 'planApprove',
  'GET /api/budget-versions/{id}/diff': 'public',
  'POST /api/budget-versions/{id}/lines': 'planWrite',
  'PATCH /api/budget-lines/{id}': 'planWrite',
  'DELETE /api/budget-lines/{id}': 'planWrite',
  'GET /api/statutory-areas': 'public',
  'POST /api/statutory-areas': 'municipalityWrite',
  'GET /api/statutory-areas/{id}': 'public',
  'PATCH /api/statutory-areas/{id}': 'municipalityWrite',
  'DELETE /api/statutory-areas/{id}': 'municipalityWrite',
  'POST /api/statutory-areas/{id}/listings': 'municipalityWrite',
  'DELETE /api/area-listings/{id}': 'municipalityWrite',
  'GET /api/statutory-areas/{id}/statistics': 'public',
  'POST /api/statutory-areas/{id}/statistics': 'municipalityWrite',
  'GET /api/statutory-areas/{id}/verdict': 'public',
  'GET /api/statutory-areas/{id}/series': 'public',
  'GET /api/classification': 'public',
  'GET /api/classification/watch-list': 'public',
  'GET /api/classification/export': 'public',
  'POST /api/municipalities/{id}/imports/area-statistics': 'municipalityWrite',
  'GET /api/regions/{region}/statistics': 'public',
  'POST /api/regions/{region}/statistics': 'admin',
  'GET /api/budget-versions/{id}/export': 'public',
  'GET /api/plans/{id}/spending': 'planRead',
  'POST /api/plans/{id}/spending': 'planWrite',
  'DELETE /api/spending-entries/{id}': 'planWrite',
  'GET /api/plans/{id}/account-mappings': 'planRead',
  'PUT /api/plans/{id}/account-mappings': 'planWrite',
  'POST /api/plans/{id}/imports/spending': 'planWrite',
  'GET /api/plans/{id}/budget-vs-actual': 'planRead',
  'GET /api/plans/{id}/spending/export': 'planRead',
  'POST /api/activities/{id}/sessions': 'personalWrite',
  'GET /api/activities/{id}/sessions': 'planRead',
  'GET /api/plans/{id}/sessions': 'planRead',
  'GET /api/sessions/{id}': 'personalRead',
  'PATCH /api/sessions/{id}': 'personalWrite',
  'DELETE /api/sessions/{id}': 'personalWrite',
  'GET /api/activities/{id}/regulars': 'personalRead',
  'GET /api/plans/{id}/volunteers': 'personalRead',
  'POST /api/plans/{id}/volunteers': 'personalWrite',
  'PATCH /api/volunteers/{id}': 'personalWrite',
  'DELETE /api/volunteers/{id}': 'personalWrite',
  'GET /api/activities/{id}/enrolments': 'personalRead',
  'POST /api/activities/{id}/enrolments': 'personalWrite',
  'PATCH /api/enrolments/{id}': 'personalWrite',
  'DELETE /api/enrolments/{id}': 'personalWrite',
  'POST /api/plans/{id}/imports/attendance': 'personalWrite',
  'GET /api/plans/{id}/sessions/export': 'planRead',
  'GET /api/plans/{id}/attendance/export': 'personalRead',
  'GET /api/plans/{id}/volunteers/export': 'personalRead',
  'GET /api/plans/{id}/indicators': 'planRead',
  'POST /api/plans/{id}/indicators': 'planWrite',
  'GET /api/indicators/{id}': 'planRead',
  'PATCH /api/indicators/{id}': 'planWrite',
  'DELETE /api/indicators/{id}': 'planWrite',
  'PUT /api/indicators/{id}/measurements': 'planWrite',
  'GET /api/plans/{id}/progress': 'public',
  'GET /api/indicators/{id}/progress': 'public',
  'GET /api/plans/{id}/dashboard': 'public',
  'GET /api/plans/{id}/progress/export': 'public',
};
/** A plan's links to afdelinger, organisations and earlier plans: listed, set and removed. */
for (const [segment, key] of [
  ['departments', 'departmentId'],
  ['organisations', 'organisationId'],
  ['predecessors', 'predecessorId'],
]) {
  RULES[`GET /api/plans/{id}/${segment}`] = 'public';
  RULES[`PUT /api/plans/{id}/${segment}/{${key}}`] = 'planWrite';
  RULES[`DELETE /api/plans/{id}/${segment}/{${key}}`] = 'planWrite';
}
/** Rows of a plan: listed and added under their parent, read, edited and deleted by id. */
const ROWS: [parent: string, segment: string, row: string][] = [
  ['plans', 'partners', 'partners'],
  ['plans', 'financing-lines', 'financing-lines'],
  ['plans', 'bodies', 'bodies'],
  ['bodies', 'members', 'body-members'],
  ['plans', 'networks', 'networks'],
  ['networks', 'groups', 'network-groups'],
  ['networks', 'activities', 'network-activities'],
  ['plans', 'contacts', 'contacts'],
  ['bodies', 'contacts', 'contacts'],
  ['networks', 'contacts', 'contacts'],
  ['plans', 'staff', 'staff'],
  ['plans', 'activities', 'activities'],
];
for (const [parent, segment, row] of ROWS) {
  RULES[`GET /api/${parent}/{id}/${segment}`] = 'public';
  RULES[`POST /api/${parent}/{id}/${segment}`] = 'planWrite';
  RULES[`GET /api/${row}/{id}`] = 'public';
  RULES[`PATCH /api/${row}/{id}`] = 'planWrite';
  RULES[`DELETE /api/${row}/{id}`] = 'planWrite';
}

const PRINCIPALS = [
  'anonymous',
  'admin',
  'lbf',
  'koordinator.koege',
  'koordinator.kbh',
  'projektleder.koege',
  'medarbejder.koege',
  'bestyrelse.koege',
  'partner.koege',
  'projektleder.holbaek',
  'medarbejder.holbaek',
] as const;
type Who = (typeof PRINCIPALS)[number];

const ok = 'ok' as const;
type Expect = typeof ok | 401 | 403 | 404;
// Columns in PRINCIPALS order. "ok" = let through (2xx, or 400/409 for the empty probe body).
const EXPECT: Record<Kind, Expect[]> = {
  public: [ok, ok, ok, ok, ok, ok, ok, ok, ok, ok, ok],
  signOut: [ok, ok, ok, ok, ok, ok, ok, ok, ok, ok, ok],
  planRead: [401, ok, 404, ok, 404, ok, ok, ok, 403, 404, 404],
  planWrite: [401, ok, 404, ok, 404, ok, ok, 403, 403, 404, 404],
  planApprove: [401, ok, 404, ok, 404, ok, 403, 403, 403, 404, 404],
  personalRead: [401, ok, 404, 403, 404, ok, ok, 403, 403, 404, 404],
  personalWrite: [401, ok, 404, 403, 404, ok, ok, 403, 403, 404, 404],
  personalErase: [401, ok, 404, 403, 404, ok, 403, 403, 403, 404, 404],
  auditRead: [401, ok, 404, ok, 404, ok, 403, 403, 403, 404, 404],
  municipalityWrite: [401, ok, 404, ok, 404, 404, 404, 404, 404, 404, 404],
  // Figures for a plan's areas are municipal data: the plan's own people see them, may not edit.
  planFigures: [401, ok, 404, ok, 404, 403, 403, 403, 403, 404, 404],
  admin: [401, ok, 403, 403, 403, 403, 403, 403, 403, 403, 403],
};

describe.each(testBackends)('access matrix on $name', (backend) => {
  let demo: DemoApp;
  const clients = new Map<Who, TestClient>();
  let admin: TestClient;
  let koege: { id: string; municipality: { id: string }; focusAreas: { id: string }[] };
  let participantId: string;
  let userId: string;
  let organisationSlug: string;
  let earlierPlanId: string;
  let areaCount = 0;

  beforeAll(async () => {
    demo = await demoApp(backend);
    for (const who of PRINCIPALS) {
      clients.set(who, who === 'anonymous' ? new TestClient(demo.app) : await demo.as(who));
    }
    admin = clients.get('admin') as TestClient;
    koege = (await admin.get('/api/plans/koege-2021-2025')).json();
    participantId = (
      await admin.post(`/api/plans/${koege.id}/participants`, { participants: [{}] })
    ).json()[0].id;
    userId = (await admin.get('/api/users')).json()[0].id;
    organisationSlug = (await admin.get('/api/organisations')).json().items[0].slug;
    earlierPlanId = (
      await admin.post('/api/plans', {
        slug: 'koege-tidligere',
        name: 'Køge, en tidligere plan',
        municipalityId: koege.municipality.id,
        fundingPeriodId: '2015-18',
      })
    ).json().id;
  }, 180_000);
  afterAll(() => demo.close());

  /** A fresh Køge row to aim at, so deleting it for one role does not change the next answer. */
  async function target(resource: string): Promise<string> {
    const plan = `/api/plans/${koege.id}`;
    const bodies: Record<string, [string, unknown]> = {
      partners: [`${plan}/partners`, { name: 'Mål', type: 'ngo' }],
      'financing-lines': [
        `${plan}/financing-lines`,
        { source: 'other', sourceName: 'Mål', kind: 'cash', amountOre: 100 },
      ],
      bodies: [`${plan}/bodies`, { kind: 'workingGroup', name: 'Mål', hasDecisionAuthority: false }],
      networks: [`${plan}/networks`, { name: 'Mål' }],
      contacts: [`${plan}/contacts`, { name: 'Mål' }],
      staff: [`${plan}/staff`, { role: 'other', title: 'Mål' }],
      activities: [`${plan}/activities`, { focusAreaId: koege.focusAreas[0]?.id, name: 'Mål' }],
      indicators: [`${plan}/indicators`, { name: 'Mål', kind: 'output', basis: 'sessions' }],
      statistics: [
        '/api/departments/ellemarken/statistics',
        { indicator: 'units', year: 2030, value: 1, source: 'Test' },
      ],
    };
    if (resource === 'statutory-areas') {
      const n = ++areaCount;
      const res = await admin.post('/api/statutory-areas', {
        slug: `maalomraade-${n}`,
        name: `Målområde ${n}`,
        municipalityId: koege.municipality.id,
        residents: 1500,
      });
      if (res.statusCode !== 201) throw new Error(`target area: ${res.statusCode} ${res.body}`);
      return res.json().id;
    }
    if (resource === 'area-listings') {
      const areaId = await target('statutory-areas');
      const res = await admin.post(`/api/statutory-areas/${areaId}/listings`, {
        listYear: 2020,
        category: 'vulnerable',
        listed: true,
        source: 'Test',
      });
      return res.json().id;
    }
    if (resource === 'co-financing-models') {
      const res = await admin.post('/api/municipalities/koege/co-financing-models', {
        description: 'Mål',
        totalShareBp: 1000,
      });
      return res.json().id;
    }
    if (resource === 'spending-entries') {
      const res = await admin.post(`${plan}/spending`, {
        date: '2022-03-01',
        category: 'other',
        amountOre: 100,
      });
      return res.json().id;
    }
    if (resource === 'budget-versions' || resource === 'budget-lines') {
      const version = await admin.post(`${plan}/budget-versions`, {
        kind: 'revision',
        name: 'Mål',
        firstYear: 2022,
        lastYear: 2023,
      });
      if (resource === 'budget-versions') return version.json().id;
      const lines = await admin.post(`/api/budget-versions/${version.json().id}/lines`, {
        category: 'other',
        description: 'Mål',
        financings: [{ source: 'lbf', sourceName: 'LBF', kind: 'cash', amountOre: 100 }],
      });
      return lines.json().items[0].id;
    }
    if (resource === 'volunteers') return (await admin.post(`${plan}/volunteers`, {})).json().id;
    if (resource === 'sessions' || resource === 'enrolments') {
      const activityId = await target('activities');
      const res =
        resource === 'sessions'
          ? await admin.post(`/api/activities/${activityId}/sessions`, {
              date: '2022-03-01',
              openCount: { total: 3 },
            })
          : await admin.post(`/api/activities/${activityId}/enrolments`, {
              // A participant of its own: the shared one may have been erased by then.
              participantId: (await admin.post(`${plan}/participants`, { participants: [{}] })).json()[0].id,
              startDate: '2022-03-01',
            });
      if (res.statusCode !== 201) throw new Error(`target ${resource}: ${res.statusCode} ${res.body}`);
      return res.json().id;
    }
    if (resource === 'body-members') {
      const bodyId = await target('bodies');
      return (await admin.post(`/api/bodies/${bodyId}/members`, { role: 'Mål' })).json().id;
    }
    if (resource === 'network-groups' || resource === 'network-activities') {
      const networkId = await target('networks');
      const segment = resource === 'network-groups' ? 'groups' : 'activities';
      return (await admin.post(`/api/networks/${networkId}/${segment}`, { name: 'Mål' })).json().id;
    }
    const [url, body] = bodies[resource] ?? [];
    if (!url) throw new Error(`no target for ${resource}`);
    const res = await admin.post(url, body);
    if (res.statusCode !== 201) throw new Error(`target ${resource}: ${res.statusCode} ${res.body}`);
    return res.json().id;
  }

  async function urlFor(method: string, path: string): Promise<string> {
    const [, , first, , rest] = path.split('/');
    if (path.includes('{region}')) return path.replace('{region}', 'Region%20Sj%C3%A6lland');
    if (!path.includes('{id}')) return path;
    let id: string;
    if (first === 'plans') id = koege.id;
    else if (first === 'departments') id = 'ellemarken';
    else if (first === 'municipalities') id = 'koege';
    else if (first === 'participants') id = participantId;
    else if (first === 'users') id = userId;
    else if (first === 'organisations') id = organisationSlug;
    else if (first === 'funding-periods') id = '2019-26';
    else id = await target(first as string);
    void method;
    const url = path.replace('{id}', id);
    // A plan's link: set it first (as admin), so every role meets the same, existing link.
    const links: Record<string, [string, unknown]> = {
      '{departmentId}': ['ellemarken', {}],
      '{organisationId}': [organisationSlug, { role: 'participant' }],
      '{predecessorId}': [earlierPlanId, { kind: 'replaces' }],
    };
    for (const [param, [value, body]] of Object.entries(links)) {
      if (!url.includes(param)) continue;
      const linked = url.replace(param, value);
      const res = await admin.put(linked, body);
      if (res.statusCode !== 200) throw new Error(`link ${linked}: ${res.statusCode} ${res.body}`);
      return linked;
    }
    void rest;
    return url;
  }

  const probeBody = (key: string) =>
    key === 'POST /api/plans' || key === 'POST /api/departments' || key === 'POST /api/statutory-areas'
      ? { municipalityId: koege.municipality.id }
      : {};

  it('has an expectation for every route in the OpenAPI document', async () => {
    const doc = (await admin.get('/api/openapi.json')).json();
    const routes = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(routes.filter((r) => !(r in RULES))).toEqual([]);
    expect(Object.keys(RULES).filter((r) => !routes.includes(r))).toEqual([]);
    expect(routes.length).toBeGreaterThanOrEqual(55);
  });

  it('answers every role as expected on every route', async () => {
    const failures: string[] = [];
    const keys = Object.keys(RULES).sort(
      (a, b) => Number(a.includes('sign-out')) - Number(b.includes('sign-out')),
    );
    for (const key of keys) {
      const [method, path] = key.split(' ') as [string, string];
      for (const [i, who] of PRINCIPALS.entries()) {
        const listed = EXPECT[RULES[key] as Kind][i] as Expect;
        // Plans are public: reading a route that names the plan, a signed-in user without access is
        // told what they may not see (403, "Du har ikke adgang til deltagerne"), not that the
        // plan does not exist. Rows addressed by their own id keep the 404.
        const expected =
          listed === 404 && method === 'GET' && path.startsWith('/api/plans/{id}') ? 403 : listed;
        const url = await urlFor(method, path);
        const client = clients.get(who) as TestClient;
        const res = await client.request(method as 'GET', url, method === 'GET' ? undefined : probeBody(key));
        const status = res.statusCode;
        const pass =
          expected === ok ? ![401, 403, 404].includes(status) && status < 500 : status === expected;
        if (!pass) failures.push(`${key} as ${who}: expected ${expected}, got ${status}`);
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);
});
