import { eq, gt, max } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditChanges, auditEvents } from '../../src/db/schema/index';
import { testBackends } from '../support/databases';
import { type DemoApp, demoApp } from '../support/demo-app';
import type { TestClient } from '../support/http-client';

/**
 * Every write route of the OpenAPI document, called once with a valid body: exactly one audit
 * event, with the row changes it made; an edit's diff names the changed column.
 */
describe.each(testBackends)('audit of every write route on $name', (backend) => {
  let demo: DemoApp;
  let admin: TestClient;
  let plan: { id: string; municipality: { id: string }; focusAreas: { id: string }[] };

  beforeAll(async () => {
    demo = await demoApp(backend);
    admin = await demo.as('admin');
    plan = (await admin.get('/api/plans/koege-2021-2025')).json();
  }, 120_000);
  afterAll(() => demo.close());

  const created = async (url: string, body: unknown) => {
    const res = await admin.post(url, body);
    if (res.statusCode !== 201) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    return res.json().id as string;
  };
  let n = 0;
  const uniq = (base: string) => `${base}-${++n}`;
  const model = { description: 'Model', totalShareBp: 1250 };
  const newDepartment = () =>
    created('/api/departments', { slug: uniq('afd'), name: 'Afd', municipalityId: plan.municipality.id });
  const newOrganisation = () => created('/api/organisations', { slug: uniq('org'), name: 'Org' });
  const newPlan = () =>
    created('/api/plans', {
      slug: uniq('tidligere'),
      name: 'Tidligere',
      municipalityId: plan.municipality.id,
      fundingPeriodId: '2015-18',
    });
  const children: Record<string, unknown> = {
    partners: { name: 'P', type: 'ngo' },
    'financing-lines': { source: 'other', sourceName: 'F', kind: 'cash', amountOre: 100 },
    bodies: { kind: 'workingGroup', name: 'B', hasDecisionAuthority: false },
    networks: { name: 'N' },
    contacts: { name: 'K' },
    staff: { role: 'other', title: 'S' },
  };
  const child = (resource: string) =>
    created(
      `/api/plans/${plan.id}/${resource}`,
      resource === 'activities' ? { focusAreaId: plan.focusAreas[0]?.id, name: 'A' } : children[resource],
    );

  /** [route, how to call it, the column an edit must show in its diff]. */
  type Call = [string, string, unknown, string?];
  const calls = (): [string, () => Promise<Call>, string?][] => {
    const list: [string, () => Promise<Call>, string?][] = [
      [
        'POST /api/plans',
        async () => [
          'POST',
          '/api/plans',
          { slug: 'ny-plan', name: 'Ny', municipalityId: plan.municipality.id, fundingPeriodId: '2019-26' },
        ],
      ],
      [
        'PATCH /api/plans/{id}',
        async () => ['PATCH', `/api/plans/${plan.id}`, { vision: 'Ny vision' }],
        'vision',
      ],
      [
        'POST /api/plans/{id}/reopen',
        async () => [
          'POST',
          '/api/plans/amagerbro-helhedsplan/reopen',
          { reason: 'Rettelse af slutregnskab' },
        ],
        'reopen_reason',
      ],
      [
        'POST /api/plans/{id}/close',
        async () => ['POST', '/api/plans/amagerbro-helhedsplan/close', {}],
        'reopen_reason',
      ],
      [
        'POST /api/departments',
        async () => [
          'POST',
          '/api/departments',
          { slug: 'ny-afd', name: 'Ny', municipalityId: plan.municipality.id },
        ],
      ],
      [
        'PATCH /api/departments/{id}',
        async () => ['PATCH', '/api/departments/ellemarken', { residents: 2200 }],
        'residents',
      ],
      [
        'POST /api/departments/{id}/statistics',
        async () => [
          'POST',
          '/api/departments/ellemarken/statistics',
          { indicator: 'units', year: 2031, value: 1, source: 'S' },
        ],
      ],
      [
        'DELETE /api/statistics/{id}',
        async () => [
          'DELETE',
          `/api/statistics/${await created('/api/departments/ellemarken/statistics', { indicator: 'units', year: 2032, value: 1, source: 'S' })}`,
          undefined,
        ],
      ],
      [
        'PATCH /api/statistics/{id}',
        async () => [
          'PATCH',
          `/api/statistics/${await created('/api/departments/ellemarken/statistics', { indicator: 'units', year: 2033, value: 1, source: 'S' })}`,
          { value: 2 },
        ],
        'value',
      ],
      [
        'POST /api/plans/{id}/area-statistics',
        async () => [
          'POST',
          `/api/plans/${plan.id}/area-statistics`,
          { indicator: 'residents', year: 2031, value: 3498, source: 'S' },
        ],
      ],
      [
        'POST /api/municipalities/{id}/statistics',
        async () => [
          'POST',
          '/api/municipalities/koege/statistics',
          { indicator: 'residents', year: 2031, value: 61000, source: 'S' },
        ],
      ],
      [
        'POST /api/country-statistics',
        async () => [
          'POST',
          '/api/country-statistics',
          { indicator: 'shareConvicted18plus', year: 2031, value: 1.2, source: 'S' },
        ],
      ],
      [
        'POST /api/organisations',
        async () => ['POST', '/api/organisations', { slug: 'ny-org', name: 'Ny org' }],
      ],
      [
        'PATCH /api/organisations/{id}',
        async () => [
          'PATCH',
          `/api/organisations/${await created('/api/organisations', { slug: uniq('org'), name: 'Org' })}`,
          { name: 'Nyt navn' },
        ],
        'name',
      ],
      [
        'POST /api/municipalities',
        async () => ['POST', '/api/municipalities', { slug: 'ny-kommune', name: 'Ny Kommune' }],
      ],
      [
        'PATCH /api/municipalities/{id}',
        async () => ['PATCH', '/api/municipalities/koege', { description: 'Ny beskrivelse' }],
        'description',
      ],
      [
        'POST /api/municipalities/{id}/co-financing-models',
        async () => ['POST', '/api/municipalities/koege/co-financing-models', model],
      ],
      [
        'PATCH /api/co-financing-models/{id}',
        async () => [
          'PATCH',
          `/api/co-financing-models/${await created('/api/municipalities/koege/co-financing-models', model)}`,
          { totalShareBp: 1300 },
        ],
        'total_share_bp',
      ],
      [
        'DELETE /api/co-financing-models/{id}',
        async () => [
          'DELETE',
          `/api/co-financing-models/${await created('/api/municipalities/koege/co-financing-models', model)}`,
          undefined,
        ],
      ],
      [
        'PUT /api/plans/{id}/departments/{departmentId}',
        async () => [
          'PUT',
          `/api/plans/${plan.id}/departments/${await newDepartment()}`,
          { coverageNote: 'Halvdelen' },
        ],
      ],
      [
        'DELETE /api/plans/{id}/departments/{departmentId}',
        async () => {
          const url = `/api/plans/${plan.id}/departments/${await newDepartment()}`;
          await admin.put(url, {});
          return ['DELETE', url, undefined];
        },
      ],
      [
        'PUT /api/plans/{id}/organisations/{organisationId}',
        async () => [
          'PUT',
          `/api/plans/${plan.id}/organisations/${await newOrganisation()}`,
          { role: 'participant' },
        ],
      ],
      [
        'DELETE /api/plans/{id}/organisations/{organisationId}',
        async () => {
          const url = `/api/plans/${plan.id}/organisations/${await newOrganisation()}`;
          await admin.put(url, {});
          return ['DELETE', url, undefined];
        },
      ],
      [
        'PUT /api/plans/{id}/predecessors/{predecessorId}',
        async () => ['PUT', `/api/plans/${plan.id}/predecessors/${await newPlan()}`, { kind: 'replaces' }],
      ],
      [
        'DELETE /api/plans/{id}/predecessors/{predecessorId}',
        async () => {
          const url = `/api/plans/${plan.id}/predecessors/${await newPlan()}`;
          await admin.put(url, { kind: 'mergedFrom' });
          return ['DELETE', url, undefined];
        },
      ],
      [
        'POST /api/users',
        async () => [
          'POST',
          '/api/users',
          { email: 'ny@example.dk', displayName: 'Ny', password: 'lang-nok-adgangskode' },
        ],
      ],
      [
        'PATCH /api/users/{id}',
        async () => [
          'PATCH',
          `/api/users/${await created('/api/users', { email: 'a@example.dk', displayName: 'A', password: 'lang-nok-adgangskode' })}`,
          { displayName: 'B' },
        ],
        'display_name',
      ],
      [
        'POST /api/users/{id}/password',
        async () => [
          'POST',
          `/api/users/${await created('/api/users', { email: 'b@example.dk', displayName: 'B', password: 'lang-nok-adgangskode' })}/password`,
          { password: 'en-helt-ny-kode-123' },
        ],
      ],
      [
        'PUT /api/users/{id}/roles',
        async () => [
          'PUT',
          `/api/users/${await created('/api/users', { email: 'c@example.dk', displayName: 'C', password: 'lang-nok-adgangskode' })}/roles`,
          { assignments: [{ role: 'lbfReader' }] },
        ],
      ],
      [
        'POST /api/plans/{id}/participants',
        async () => ['POST', `/api/plans/${plan.id}/participants`, { participants: [{}, {}] }],
      ],
      [
        'POST /api/participants/{id}/erase',
        async () => {
          const res = await admin.post(`/api/plans/${plan.id}/participants`, {
            participants: [{ ageBand: '6-12' }],
          });
          return ['POST', `/api/participants/${res.json()[0].id}/erase`, {}];
        },
        'erased_at',
      ],
      [
        'PUT /api/plans/{id}/retention',
        async () => ['PUT', `/api/plans/${plan.id}/retention`, { participantRetentionMonths: 24 }],
        'participant_retention_months',
      ],
      [
        'POST /api/bodies/{id}/members',
        async () => ['POST', `/api/bodies/${await child('bodies')}/members`, { role: 'Medlem' }],
      ],
      [
        'PATCH /api/body-members/{id}',
        async () => {
          const member = await created(`/api/bodies/${await child('bodies')}/members`, { role: 'Medlem' });
          return ['PATCH', `/api/body-members/${member}`, { seats: 3 }];
        },
        'seats',
      ],
      [
        'DELETE /api/body-members/{id}',
        async () => {
          const member = await created(`/api/bodies/${await child('bodies')}/members`, { role: 'Medlem' });
          return ['DELETE', `/api/body-members/${member}`, undefined];
        },
      ],
      [
        'POST /api/bodies/{id}/contacts',
        async () => ['POST', `/api/bodies/${await child('bodies')}/contacts`, { name: 'Formand' }],
      ],
      [
        'POST /api/networks/{id}/contacts',
        async () => ['POST', `/api/networks/${await child('networks')}/contacts`, { name: 'Tovholder' }],
      ],
    ];
    const version = () =>
      created(`/api/plans/${plan.id}/budget-versions`, {
        kind: 'revision',
        name: 'V',
        firstYear: 2022,
        lastYear: 2023,
      });
    const budgetLine = async () => {
      const res = await admin.post(`/api/budget-versions/${await version()}/lines`, {
        category: 'salaries',
        year: 2022,
        description: 'Løn',
        financings: [{ source: 'lbf', sourceName: 'LBF', kind: 'cash', amountOre: 100 }],
      });
      return res.json().items[0].id as string;
    };
    list.push(
      [
        'POST /api/plans/{id}/budget-versions',
        async () => [
          'POST',
          `/api/plans/${plan.id}/budget-versions`,
          { kind: 'applied', name: 'Ansøgt', firstYear: 2022, lastYear: 2024 },
        ],
      ],
      [
        'PATCH /api/budget-versions/{id}',
        async () => ['PATCH', `/api/budget-versions/${await version()}`, { name: 'Nyt navn' }],
        'name',
      ],
      [
        'DELETE /api/budget-versions/{id}',
        async () => ['DELETE', `/api/budget-versions/${await version()}`, undefined],
      ],
      [
        'POST /api/budget-versions/{id}/copy',
        async () => ['POST', `/api/budget-versions/${await version()}/copy`, { name: 'Revision' }],
      ],
      [
        'POST /api/budget-versions/{id}/approve',
        async () => ['POST', `/api/budget-versions/${await version()}/approve`, {}],
        'status',
      ],
      [
        'POST /api/budget-versions/{id}/lines',
        async () => [
          'POST',
          `/api/budget-versions/${await version()}/lines`,
          {
            category: 'other',
            description: 'L',
            financings: [{ source: 'lbf', sourceName: 'LBF', kind: 'cash', amountOre: 1 }],
          },
        ],
      ],
      [
        'PATCH /api/budget-lines/{id}',
        async () => ['PATCH', `/api/budget-lines/${await budgetLine()}`, { description: 'Ny tekst' }],
        'description',
      ],
      [
        'DELETE /api/budget-lines/{id}',
        async () => ['DELETE', `/api/budget-lines/${await budgetLine()}`, undefined],
      ],
      [
        'POST /api/plans/{id}/spending',
        async () => [
          'POST',
          `/api/plans/${plan.id}/spending`,
          { date: '2022-03-01', category: 'activities', amountOre: 100 },
        ],
      ],
      [
        'DELETE /api/spending-entries/{id}',
        async () => [
          'DELETE',
          `/api/spending-entries/${await created(`/api/plans/${plan.id}/spending`, { date: '2022-03-02', category: 'other', amountOre: 1 })}`,
          undefined,
        ],
      ],
      [
        'PUT /api/plans/{id}/account-mappings',
        async () => [
          'PUT',
          `/api/plans/${plan.id}/account-mappings`,
          { mappings: [{ account: '1010', category: 'salaries' }] },
        ],
      ],
      [
        'POST /api/plans/{id}/imports/spending',
        async () => [
          'POST',
          `/api/plans/${plan.id}/imports/spending?commit=true`,
          Buffer.from('Dato;Konto;Beløb;Budgetpost\n01.03.2022;4040;1.234,50;Aktiviteter\n'),
        ],
      ],
      [
        'PUT /api/plans/{id}/budget-rule-settings',
        async () => [
          'PUT',
          `/api/plans/${plan.id}/budget-rule-settings`,
          {
            minimumLocalShareBp: 2500,
            municipalityShareToleranceBp: 10,
            countInKindHours: true,
            countInKindPremises: false,
            lbfCeilingOre: null,
          },
        ],
      ],
    );
    const newArea = () =>
      created('/api/statutory-areas', {
        slug: uniq('omraade'),
        name: uniq('Område'),
        municipalityId: plan.municipality.id,
        residents: 1200,
      });
    list.push(
      [
        'POST /api/statutory-areas',
        async () => [
          'POST',
          '/api/statutory-areas',
          { slug: 'nyt-omraade', name: 'Nyt område', municipalityId: plan.municipality.id, residents: 1100 },
        ],
      ],
      [
        'PATCH /api/statutory-areas/{id}',
        async () => ['PATCH', `/api/statutory-areas/${await newArea()}`, { residents: 1300 }],
        'residents',
      ],
      [
        'DELETE /api/statutory-areas/{id}',
        async () => ['DELETE', `/api/statutory-areas/${await newArea()}`, undefined],
      ],
      [
        'POST /api/statutory-areas/{id}/listings',
        async () => [
          'POST',
          `/api/statutory-areas/${await newArea()}/listings`,
          { listYear: 2019, category: 'parallelSociety', listed: true, source: 'S' },
        ],
      ],
      [
        'DELETE /api/area-listings/{id}',
        async () => [
          'DELETE',
          `/api/area-listings/${await created(`/api/statutory-areas/${await newArea()}/listings`, { listYear: 2019, category: 'vulnerable', listed: false, source: 'S' })}`,
          undefined,
        ],
      ],
      [
        'POST /api/statutory-areas/{id}/statistics',
        async () => [
          'POST',
          `/api/statutory-areas/${await newArea()}/statistics`,
          { indicator: 'shareOutsideWorkOrEducation18to64', year: 2024, value: 41.3, source: 'S' },
        ],
      ],
      [
        'POST /api/municipalities/{id}/imports/area-statistics',
        async () => {
          const areaId = await newArea();
          const name = (await admin.get(`/api/statutory-areas/${areaId}`)).json().name;
          return [
            'POST',
            '/api/municipalities/koege/imports/area-statistics?commit=true',
            Buffer.from(`Område;År;Beboere;Kilde\n${name};2024;1200;Test\n`),
            'text/csv',
          ];
        },
      ],
      [
        'POST /api/regions/{region}/statistics',
        async () => [
          'POST',
          '/api/regions/Region%20Sj%C3%A6lland/statistics',
          { indicator: 'averageIncome15to64', year: 2024, value: 380000, source: 'S' },
        ],
      ],
    );
    for (const [segment, resource] of [
      ['groups', 'network-groups'],
      ['activities', 'network-activities'],
    ] as const) {
      const ofNetwork = async () =>
        created(`/api/networks/${await child('networks')}/${segment}`, { name: 'Gruppe' });
      list.push(
        [
          `POST /api/networks/{id}/${segment}`,
          async () => ['POST', `/api/networks/${await child('networks')}/${segment}`, { name: 'G' }],
        ],
        [
          `PATCH /api/${resource}/{id}`,
          async () => ['PATCH', `/api/${resource}/${await ofNetwork()}`, { name: 'Nyt navn' }],
          'name',
        ],
        [
          `DELETE /api/${resource}/{id}`,
          async () => ['DELETE', `/api/${resource}/${await ofNetwork()}`, undefined],
        ],
      );
    }
    for (const resource of [...Object.keys(children), 'activities']) {
      list.push([
        `POST /api/plans/{id}/${resource}`,
        async () => [
          'POST',
          `/api/plans/${plan.id}/${resource}`,
          resource === 'activities' ? { focusAreaId: plan.focusAreas[0]?.id, name: 'A' } : children[resource],
        ],
      ]);
      list.push([
        `PATCH /api/${resource}/{id}`,
        async () => [
          'PATCH',
          `/api/${resource}/${await child(resource)}`,
          resource === 'staff'
            ? { title: 'Ny titel' }
            : resource === 'financing-lines'
              ? { amountOre: 200 }
              : { name: 'Nyt navn' },
        ],
        resource === 'staff' ? 'title' : resource === 'financing-lines' ? 'amount_ore' : 'name',
      ]);
      list.push([
        `DELETE /api/${resource}/{id}`,
        async () => ['DELETE', `/api/${resource}/${await child(resource)}`, undefined],
      ]);
    }
    const activity = () => child('activities');
    const session = async () =>
      created(`/api/activities/${await activity()}/sessions`, {
        date: '2022-04-01',
        openCount: { total: 4 },
      });
    const volunteer = () => created(`/api/plans/${plan.id}/volunteers`, {});
    const indicator = (basis: 'sessions' | 'manual') =>
      created(`/api/plans/${plan.id}/indicators`, {
        name: 'Indikator',
        kind: 'outcome',
        basis,
        ...(basis === 'manual' ? { measurement: 'survey', unit: 'share' } : {}),
      });
    const participant = async () =>
      (await admin.post(`/api/plans/${plan.id}/participants`, { participants: [{}] })).json()[0].id as string;
    const enrolment = async () =>
      created(`/api/activities/${await activity()}/enrolments`, {
        participantId: await participant(),
        startDate: '2022-04-01',
      });
    list.push(
      [
        'POST /api/activities/{id}/sessions',
        async () => [
          'POST',
          `/api/activities/${await activity()}/sessions`,
          { date: '2022-04-01', participantIds: [await participant()], newParticipants: [{}] },
        ],
      ],
      [
        'PATCH /api/sessions/{id}',
        async () => ['PATCH', `/api/sessions/${await session()}`, { place: 'Beboerhuset' }],
        'place',
      ],
      ['DELETE /api/sessions/{id}', async () => ['DELETE', `/api/sessions/${await session()}`, undefined]],
      [
        'POST /api/plans/{id}/volunteers',
        async () => [
          'POST',
          `/api/plans/${plan.id}/volunteers`,
          { name: 'Frivillig', consentDate: '2022-01-01' },
        ],
      ],
      [
        'PATCH /api/volunteers/{id}',
        async () => ['PATCH', `/api/volunteers/${await volunteer()}`, { active: false }],
        'active',
      ],
      [
        'DELETE /api/volunteers/{id}',
        async () => ['DELETE', `/api/volunteers/${await volunteer()}`, undefined],
      ],
      [
        'POST /api/activities/{id}/enrolments',
        async () => [
          'POST',
          `/api/activities/${await activity()}/enrolments`,
          { participantId: await participant(), startDate: '2022-04-01' },
        ],
      ],
      [
        'PATCH /api/enrolments/{id}',
        async () => [
          'PATCH',
          `/api/enrolments/${await enrolment()}`,
          { endDate: '2023-01-31', outcome: 'gotJob' },
        ],
        'end_date',
      ],
      [
        'DELETE /api/enrolments/{id}',
        async () => ['DELETE', `/api/enrolments/${await enrolment()}`, undefined],
      ],
      [
        'POST /api/plans/{id}/imports/attendance',
        async () => {
          const name = uniq('Importindsats');
          await created(`/api/plans/${plan.id}/activities`, { focusAreaId: plan.focusAreas[0]?.id, name });
          return [
            'POST',
            `/api/plans/${plan.id}/imports/attendance?dryRun=false`,
            Buffer.from(`Dato;Indsats;Deltagerkode\n01.04.2022;${name};KOE-IMPORT1\n`),
          ];
        },
      ],
      [
        'POST /api/plans/{id}/indicators',
        async () => [
          'POST',
          `/api/plans/${plan.id}/indicators`,
          {
            name: 'Deltagere',
            kind: 'output',
            basis: 'uniqueParticipants',
            targets: [{ yearIndex: 0, target: 5 }],
          },
        ],
      ],
      [
        'PATCH /api/indicators/{id}',
        async () => ['PATCH', `/api/indicators/${await indicator('sessions')}`, { name: 'Nyt navn' }],
        'name',
      ],
      [
        'DELETE /api/indicators/{id}',
        async () => ['DELETE', `/api/indicators/${await indicator('sessions')}`, undefined],
      ],
      [
        'PUT /api/indicators/{id}/measurements',
        async () => [
          'PUT',
          `/api/indicators/${await indicator('manual')}/measurements`,
          { measurements: [{ yearIndex: 0, value: 42 }] },
        ],
      ],
    );
    return list;
  };

  it('covers every write route of the API', async () => {
    const doc = (await admin.get('/api/openapi.json')).json();
    const writes = Object.entries(doc.paths as Record<string, object>)
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`))
      .filter((r) => !r.startsWith('GET') && !r.includes('/api/auth/'));
    expect(writes.filter((r) => !calls().some(([key]) => key === r))).toEqual([]);
  });

  it('records exactly one event per write, with its changes', async () => {
    for (const [key, prepare, diffColumn] of calls()) {
      const [method, url, body, contentType] = await prepare();
      const [newest] = await demo.handle.db.select({ id: max(auditEvents.id) }).from(auditEvents);
      const maxBefore = newest?.id ?? 0;
      const res =
        body instanceof Buffer && !contentType
          ? await admin.upload(url, body)
          : await admin.request(method as 'POST', url, body, contentType ? { contentType } : {});
      expect(res.statusCode, `${key}: ${res.body}`).toBeLessThan(300);
      const events = await demo.handle.db.select().from(auditEvents).where(gt(auditEvents.id, maxBefore));
      expect(events, key).toHaveLength(1);
      expect(events[0]?.actorLabel).toBe('admin@demo.helhedsplan.dk');
      const changes = await demo.handle.db
        .select()
        .from(auditChanges)
        .where(eq(auditChanges.eventId, events[0]?.id as number));
      expect(changes.length, key).toBeGreaterThan(0);
      if (diffColumn) {
        const diffs = changes.flatMap((c) => Object.keys((c.diff as object | null) ?? {}));
        expect(diffs, key).toContain(diffColumn);
      }
    }
  }, 240_000);
});
