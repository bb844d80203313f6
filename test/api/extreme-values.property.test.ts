import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/client';
import { testBackends } from '../support/databases';
import { type DemoApp, demoApp } from '../support/demo-app';
import type { TestClient } from '../support/http-client';

/**
 * No stored value breaks a read (issue 13, decision 016). Every POST of a plan — read from the
 * OpenAPI document, so a new one is included by itself — gets bodies built from its own schema,
 * full of extreme values: the schema's minimum and maximum and one past them, zero, huge and
 * negative amounts, far dates, the longest allowed strings in Danish letters and emoji, empty
 * strings, ids of real rows and of none. No write may answer 5xx; afterwards every GET of the plan
 * (and of each of its rows) must still answer 200.
 */
type JsonSchema = {
  type?: string;
  enum?: unknown[];
  format?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  $ref?: string;
};
type Operation = {
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  parameters?: { in: string; required?: boolean }[];
};
type Doc = {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
};

const NIL = '00000000-0000-4000-8000-000000000000';
const RUNS_PER_ROUTE = 16;

/** Rows of the plan by the segment their routes use, and how to find them. */
const ROWS: Record<string, string> = {
  activities: 'select id from activities where plan_id = $plan',
  partners: 'select id from partners where plan_id = $plan',
  'financing-lines': 'select id from financing_lines where plan_id = $plan',
  'budget-versions': 'select id from budget_versions where plan_id = $plan',
  'budget-lines': 'select id from budget_lines where plan_id = $plan',
  bodies: 'select id from bodies where plan_id = $plan',
  networks: 'select id from networks where plan_id = $plan',
  contacts: 'select id from contacts where plan_id = $plan',
  staff: 'select id from plan_staff where plan_id = $plan',
  sessions: 'select id from activity_sessions where plan_id = $plan',
  volunteers: 'select id from volunteers where plan_id = $plan',
  enrolments: 'select id from enrolments where plan_id = $plan',
  indicators: 'select id from indicators where plan_id = $plan',
};

describe.each(testBackends)('extreme values through every POST of a plan on $name', (backend) => {
  let demo: DemoApp;
  let admin: TestClient;
  let doc: Doc;
  let plan: { id: string; startDate: string; endDate: string };
  const ids = async (segment: string): Promise<string[]> =>
    (
      await queryRows<{ id: string }>(
        demo.handle.db,
        sql.raw((ROWS[segment] as string).replace('$plan', `'${plan.id}'`)),
      )
    ).map((r) => r.id);

  beforeAll(async () => {
    demo = await demoApp(backend);
    admin = await demo.as('admin');
    plan = (await admin.get('/api/plans/koege-2021-2025')).json();
    doc = (await admin.get('/api/openapi.json')).json();
  }, 180_000);
  afterAll(() => demo.close());

  /** Ids a body may name, by the kind a field's name says (focusAreaId → focus areas), and one of nothing. */
  type Refs = Record<string, string[]>;
  async function referenceIds(): Promise<Refs> {
    const q = async (query: ReturnType<typeof sql>) =>
      (await queryRows<{ id: string }>(demo.handle.db, query)).map((r) => r.id);
    return {
      activity: await q(sql`select id from activities where plan_id = ${plan.id} limit 5`),
      department: await q(sql`select department_id as id from plan_departments where plan_id = ${plan.id}`),
      partner: await q(sql`select id from partners where plan_id = ${plan.id} limit 5`),
      participant: await q(sql`select id from participants where plan_id = ${plan.id} limit 5`),
      volunteer: await q(sql`select id from volunteers where plan_id = ${plan.id} limit 5`),
      focusArea: await q(
        sql`select f.id from focus_areas f join plans p on p.funding_period_id = f.funding_period_id where p.id = ${plan.id}`,
      ),
      organisation: await q(
        sql`select organisation_id as id from plan_organisations where plan_id = ${plan.id}`,
      ),
    };
  }
  const refsFor = (field: string, refs: Refs): string[] => {
    const kind = Object.keys(refs).find((k) => field.toLowerCase().startsWith(k.toLowerCase()));
    const own = kind ? (refs[kind] ?? []) : Object.values(refs).flat();
    return [...own, NIL];
  };

  /**
   * Values a field's schema allows, at its edges (the longest strings, the largest amounts) —
   * these are the ones that get stored — or, now and then, values just past them.
   */
  function arbitraryOf(schema: JsonSchema, refs: Refs, field = ''): fc.Arbitrary<unknown> {
    return fc.oneof(
      { weight: 9, arbitrary: allowed(schema, refs, field) },
      { weight: 1, arbitrary: beyond(schema, refs, field) },
    );
  }

  function resolve(schema: JsonSchema): JsonSchema {
    if (!schema.$ref) return schema;
    return doc.components?.schemas?.[schema.$ref.split('/').pop() as string] ?? {};
  }

  function allowed(raw: JsonSchema, refs: Refs, field: string): fc.Arbitrary<unknown> {
    const schema = resolve(raw);
    const alternatives = schema.anyOf ?? schema.oneOf;
    if (alternatives) return fc.oneof(...alternatives.map((s) => allowed(s, refs, field)));
    if (schema.enum) return fc.constantFrom(...schema.enum);
    switch (schema.type) {
      case 'null':
        return fc.constant(null);
      case 'boolean':
        return fc.boolean();
      case 'integer':
      case 'number': {
        const min = schema.minimum ?? -Number.MAX_SAFE_INTEGER;
        const max = schema.maximum ?? Number.MAX_SAFE_INTEGER;
        const edges = [min, max, min + 1, max - 1, ...(min <= 0 && max >= 0 ? [0] : [])];
        return fc.oneof(
          { weight: 3, arbitrary: fc.constantFrom(...edges) },
          {
            weight: 1,
            arbitrary: fc.integer({ min: Math.max(min, -(2 ** 31)), max: Math.min(max, 2 ** 31) }),
          },
        );
      }
      case 'string': {
        if (schema.format === 'date') {
          return fc.oneof(
            { weight: 3, arbitrary: fc.constantFrom(plan.startDate, plan.endDate, '2024-02-29') },
            // The last day of the grace period for closing the accounts, the day after, ten years
            // after the plan's end, and the database's bounds.
            {
              weight: 2,
              arbitrary: fc.constantFrom(
                '2026-02-28',
                '2026-03-01',
                '2035-08-31',
                '1990-01-01',
                '2100-12-31',
              ),
            },
          );
        }
        if (schema.format === 'uuid') return fc.constantFrom(...refsFor(field, refs));
        const maxLength = Math.min(schema.maxLength ?? 6000, 6000);
        const minLength = Math.max(schema.minLength ?? 0, 1);
        return fc.oneof(
          fc.constantFrom(
            'ø'.repeat(maxLength),
            '😀'.repeat(Math.max(Math.floor(maxLength / 2), 1)),
            'Ææ Øø Åå — “citat” ‹›'.slice(0, maxLength),
            '\u202Eomvendt\u202C'.slice(0, maxLength),
            'x'.repeat(minLength),
          ),
          fc.string({ unit: 'grapheme', minLength, maxLength: Math.max(Math.min(maxLength, 40), minLength) }),
        );
      }
      case 'array':
        return fc.array(arbitraryOf(schema.items ?? {}, refs, field), {
          maxLength: Math.min(schema.maxItems ?? 3, 3),
        });
      case 'object': {
        const properties = schema.properties ?? {};
        const shape = Object.fromEntries(
          Object.entries(properties).map(([k, s]) => [k, arbitraryOf(s, refs, k)]),
        );
        return fc.record(shape, { requiredKeys: (schema.required ?? []).filter((k) => k in properties) });
      }
      default:
        return fc.anything({ maxDepth: 1 });
    }
  }

  /** Just past what the schema allows: these must be refused with a 4xx, never a 5xx. */
  function beyond(raw: JsonSchema, refs: Refs, field: string): fc.Arbitrary<unknown> {
    const schema = resolve(raw);
    const first = (schema.anyOf ?? schema.oneOf)?.find((s) => resolve(s).type !== 'null');
    if (first) return beyond(first, refs, field);
    switch (schema.type) {
      case 'integer':
      case 'number':
        return fc.constantFrom(
          (schema.maximum ?? Number.MAX_SAFE_INTEGER) + 1,
          (schema.minimum ?? -Number.MAX_SAFE_INTEGER) - 1,
          Number.MAX_SAFE_INTEGER,
          -Number.MAX_SAFE_INTEGER,
          0.5,
        );
      case 'string':
        return schema.format === 'date'
          ? fc.constantFrom('0001-01-01', '9999-12-31', '2025-02-30')
          : fc.constantFrom('', ' ', 'ø'.repeat((schema.maxLength ?? 6000) + 1), 'nul\u0000byte');
      default:
        return allowed(schema, refs, field);
    }
  }

  async function planGets(): Promise<string[]> {
    const urls: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      // A read that needs a query to mean anything (a diff against another version) is left out.
      if (!ops.get || ops.get.parameters?.some((p) => p.in === 'query' && p.required)) continue;
      if (
        path === '/api/plans/{id}' ||
        (path.startsWith('/api/plans/{id}/') && !path.slice(16).includes('{'))
      ) {
        urls.push(path.replace('{id}', plan.id));
        continue;
      }
      const match = /^\/api\/([a-z-]+)\/\{id\}(\/[a-z-/]*)?$/.exec(path);
      const segment = match?.[1];
      if (segment && segment in ROWS) {
        for (const id of await ids(segment)) urls.push(path.replace('{id}', id));
      }
    }
    return urls;
  }

  async function failingGets(): Promise<Record<string, string>> {
    const failing: Record<string, string> = {};
    for (const url of await planGets()) {
      const res = await admin.get(url);
      if (res.statusCode !== 200) failing[url] = `${res.statusCode} ${res.body.slice(0, 200)}`;
    }
    return failing;
  }

  it('every GET of the plan answers 200 before and after extreme writes', async () => {
    expect(await failingGets()).toEqual({});

    const posts = Object.entries(doc.paths)
      .filter(
        ([path, ops]) =>
          ops.post && /^\/api\/(plans|activities|budget-versions|bodies|networks)\/\{id\}\//.test(path),
      )
      .map(([path, ops]) => ({ path, schema: ops.post?.requestBody?.content['application/json']?.schema }));
    expect(posts.length).toBeGreaterThanOrEqual(20);

    const refs = await referenceIds();
    const answers: Record<string, Record<number, number>> = {};
    const serverErrors: string[] = [];
    let seed = 13;
    for (const { path, schema } of posts) {
      const segment = path.split('/')[2] as string;
      const targets = segment === 'plans' ? [plan.id] : (await ids(segment)).slice(0, 3);
      if (targets.length === 0) throw new Error(`the demo plan has no ${segment} to post to (${path})`);
      const body = schema ? arbitraryOf(schema, refs) : fc.constant({});
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...targets), body, async (id, value) => {
          const url = path.replace('{id}', id);
          const res = await admin.post(url, value);
          const tally = answers[path] ?? {};
          tally[res.statusCode] = (tally[res.statusCode] ?? 0) + 1;
          answers[path] = tally;
          if (res.statusCode >= 500)
            serverErrors.push(`${url} ${JSON.stringify(value).slice(0, 300)} → ${res.body}`);
          return true;
        }),
        { numRuns: RUNS_PER_ROUTE, seed: seed++ },
      );
    }
    if (process.env.SHOW_ANSWERS) console.log(JSON.stringify(answers, null, 1));
    expect(serverErrors).toEqual([]);
    // Not a test that cannot fail: many of the extreme bodies are valid and were stored.
    const stored = Object.values(answers).reduce((n, t) => n + (t[200] ?? 0) + (t[201] ?? 0), 0);
    expect(stored, JSON.stringify(answers)).toBeGreaterThanOrEqual(40);
    const [spending] = await queryRows<{ n: number }>(
      demo.handle.db,
      sql`select count(*)::int as n from spending_entries where plan_id = ${plan.id}`,
    );
    expect(spending?.n).toBeGreaterThan(0);

    expect(await failingGets()).toEqual({});
  }, 900_000);
});
