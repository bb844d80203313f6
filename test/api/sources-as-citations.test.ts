import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../support/databases';
import { type DemoApp, demoApp } from '../support/demo-app';
import type { TestClient } from '../support/http-client';

/**
 * Issue 13 §7: a source reaches a reader as a document (title, publisher, year, section or link),
 * never as an internal key. Every JSON GET route of the OpenAPI document with at most one path
 * parameter is called on the demo for its records, as the administrator, and no string in any
 * answer may hold a registry key ("kilde:…") or an old seed key ("seed:001", "seed 001").
 * The audit trail and the data export keep stored values and are left out.
 */
const KEY = /kilde:[a-z0-9]|seed:\s?\d{3}|\(seed \d{3}\)|facts\.md/;

function scan(value: unknown, at: string, found: string[]): void {
  if (typeof value === 'string') {
    if (KEY.test(value)) found.push(`${at}: ${value.slice(0, 160)}`);
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) scan(v, `${at}[${i}]`, found);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) scan(v, `${at}.${k}`, found);
  }
}

const ids = (body: unknown): string[] => {
  const items = Array.isArray(body) ? body : ((body as { items?: unknown[] }).items ?? []);
  return (items as { id?: unknown }[]).map((i) => i.id).filter((id): id is string => typeof id === 'string');
};

describe.each(testBackends)('sources as citations in the demo on $name', (backend) => {
  let demo: DemoApp;
  let admin: TestClient;
  let paths: string[];
  const demoIds = new Map<string, string[]>();

  beforeAll(async () => {
    demo = await demoApp(backend);
    admin = await demo.as('admin');
    const doc = (await admin.get('/api/openapi.json')).json() as { paths: Record<string, { get?: unknown }> };
    paths = Object.entries(doc.paths)
      // The audit trail's row diffs and the plan's data export show stored values as they are
      // stored (a record of changes, a file for re-import); everything else is read by people.
      .filter(([p, ops]) => ops.get && p !== '/api/openapi.json' && !/audit|\/export/.test(p))
      .map(([p]) => p);
    const list = async (url: string) => ids((await admin.get(`${url}?limit=500`)).json());
    for (const segment of ['plans', 'departments', 'municipalities', 'statutory-areas', 'organisations'])
      demoIds.set(segment, await list(`/api/${segment}`));
    const versions: string[] = [];
    const statistics: string[] = [];
    for (const plan of demoIds.get('plans') ?? []) {
      versions.push(...(await list(`/api/plans/${plan}/budget-versions`)));
      statistics.push(...(await list(`/api/plans/${plan}/area-statistics`)));
    }
    demoIds.set('budget-versions', versions);
    demoIds.set('statistics', statistics);
  }, 300_000);
  afterAll(() => demo.close());

  it('finds no internal key in any JSON answer, and the citations it should', async () => {
    const found: string[] = [];
    let answers = 0;
    let citations = 0;
    for (const path of paths) {
      const params = [...path.matchAll(/\{(\w+)\}/g)];
      if (params.length > 1) continue;
      const segment = path.split('/')[2] as string;
      const urls =
        params.length === 0
          ? [path]
          : (demoIds.get(segment) ?? []).map((id) => path.replace(/\{\w+\}/, encodeURIComponent(id)));
      for (const url of urls) {
        const res = await admin.get(url);
        if (res.statusCode !== 200 || !String(res.headers['content-type']).includes('json')) continue;
        answers++;
        scan(res.json(), url, found);
        citations += res.body.match(/"documents":\[\{/g)?.length ?? 0;
      }
    }
    expect(found).toEqual([]);
    expect(answers).toBeGreaterThan(80);
    // The figures, plans, budgets and areas of the demo cite their documents in structured form.
    expect(citations).toBeGreaterThan(50);
  }, 600_000);

  it('lists the source registry with title, publisher, year and link', async () => {
    const res = await admin.get('/api/sources');
    expect(res.statusCode).toBe(200);
    const docs = res.json() as { id: string; title: string; publisher: string; url: string | null }[];
    expect(docs.find((d) => d.id === 'koege-praekvalifikation-2021-2025')).toMatchObject({
      title: 'Kortfattet projektbeskrivelse',
      publisher: 'Køge Kommune og boligorganisationerne',
      year: 2020,
      yearInferred: true,
      file: 'seed/sources/koege-praekvalifikation-2021-2025.txt',
    });
  });
});
