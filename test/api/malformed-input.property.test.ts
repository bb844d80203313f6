import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../src/db/schema/index';
import { testBackends } from '../support/databases';
import { type DemoApp, demoApp } from '../support/demo-app';
import type { TestClient } from '../support/http-client';

/** Strings that have broken other systems. */
const NASTY = [
  "'; DROP TABLE plans;--",
  '1 OR 1=1',
  '<script>alert(1)</script>',
  '{{7*7}}',
  '../../etc/passwd',
  'nul\u0000byte',
  '\uD800',
  'x'.repeat(6000),
  '-1',
  '1e309',
  '010203-1234',
];

const value = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
);

describe.each(testBackends)('malformed input on $name', (backend) => {
  let demo: DemoApp;
  let admin: TestClient;
  let writeRoutes: { method: string; url: string; fields: string[] }[];

  beforeAll(async () => {
    demo = await demoApp(backend);
    admin = await demo.as('admin');
    const koege = (await admin.get('/api/plans/koege-2021-2025')).json();
    const partner = (
      await admin.post(`/api/plans/${koege.id}/partners`, { name: 'Mål', type: 'ngo' })
    ).json();
    const doc = (await admin.get('/api/openapi.json')).json();
    writeRoutes = Object.entries(
      doc.paths as Record<
        string,
        Record<string, { requestBody?: { content: Record<string, { schema: { properties?: object } }> } }>
      >,
    )
      .flatMap(([path, ops]) =>
        Object.entries(ops).map(([method, op]) => ({
          method: method.toUpperCase(),
          path,
          fields: Object.keys(op.requestBody?.content['application/json']?.schema.properties ?? {}),
        })),
      )
      .filter((r) => ['POST', 'PATCH', 'PUT'].includes(r.method) && !r.path.startsWith('/api/auth/'))
      .map((r) => ({
        ...r,
        // Aim at real Køge rows; a partner id stands in for every plan row (others answer 404).
        url: r.path
          .replace('/plans/{id}', `/plans/${koege.id}`)
          .replace('/departments/{id}', '/departments/ellemarken')
          .replace('{id}', partner.id),
      }));
  }, 120_000);
  afterAll(() => demo.close());

  it('never answers 5xx, and a refused body writes nothing', async () => {
    expect(writeRoutes.length).toBeGreaterThanOrEqual(20);
    for (const route of writeRoutes) {
      const body = fc.oneof(
        fc.constant({}),
        value,
        route.fields.length
          ? fc.dictionary(fc.constantFrom(...route.fields), value, { maxKeys: route.fields.length })
          : fc.constant({ x: 1 }),
      );
      await fc.assert(
        fc.asyncProperty(body, async (payload) => {
          const before = (await demo.handle.db.select({ id: auditEvents.id }).from(auditEvents)).length;
          const res = await admin.request(route.method as 'POST', route.url, payload);
          expect(
            res.statusCode,
            `${route.method} ${route.url} ${JSON.stringify(payload).slice(0, 200)}`,
          ).toBeLessThan(500);
          if (res.statusCode >= 400) {
            expect(res.headers['content-type']).toContain('application/problem+json');
            const after = (await demo.handle.db.select({ id: auditEvents.id }).from(auditEvents)).length;
            expect(after).toBe(before);
            if (res.statusCode === 400) expect(res.json().code).toBeTruthy();
          }
        }),
        { numRuns: 15 },
      );
    }
  }, 300_000);

  it('stores or refuses nasty strings in every text field of a valid body — never 5xx', async () => {
    const koege = (await admin.get('/api/plans/koege-2021-2025')).json();
    const templates: [string, Record<string, unknown>, string[]][] = [
      [`/api/plans/${koege.id}/partners`, { name: 'P', type: 'ngo' }, ['name', 'contributionInsidePlan']],
      [`/api/plans/${koege.id}/contacts`, { name: 'K' }, ['name', 'title', 'phone', 'email']],
      [`/api/plans/${koege.id}/networks`, { name: 'N' }, ['name', 'purpose', 'howToJoin']],
      [
        `/api/plans/${koege.id}/activities`,
        { name: 'A', focusAreaId: koege.focusAreas[0].id },
        ['name', 'purpose'],
      ],
      [
        '/api/departments/ellemarken/statistics',
        { indicator: 'units', year: 2030, value: 1, source: 'S' },
        ['source', 'note'],
      ],
    ];
    for (const [url, template, fields] of templates) {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...fields),
          fc.oneof(fc.constantFrom(...NASTY), fc.string()),
          async (field, text) => {
            const res = await admin.post(url, { ...template, [field]: text });
            expect(res.statusCode, `${url} ${field}=${JSON.stringify(text).slice(0, 50)}`).toBeLessThan(500);
            // Stored verbatim, as UTF-8 carries it (a lone surrogate becomes U+FFFD) and trimmed.
            if (res.statusCode === 201) expect(res.json()[field]).toBe(text.toWellFormed().trim());
            else expect(res.json().errors?.[0]?.field).toMatch(new RegExp(field));
          },
        ),
        { numRuns: 25 },
      );
    }
  }, 300_000);
});
