import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client';
import { buildApp } from '../../src/server/app';
import { testBackends } from '../support/databases';

/** Every route Fastify serves, as "METHOD /path/{param}", read from its route tree. */
function servedRoutes(app: FastifyInstance): string[] {
  const stack: string[] = [];
  const routes: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^((?:│ {3}| {4})*)(?:├── |└── )(.+?)(?: \(([^)]+)\))?$/.exec(line);
    if (!match) continue;
    const depth = (match[1] ?? '').length / 4;
    stack.length = depth;
    const path = (stack[depth - 1] ?? '') + (match[2] ?? '');
    stack.push(path);
    for (const method of (match[3] ?? '').split(', ').filter(Boolean)) {
      if (method !== 'HEAD') routes.push(`${method} ${path.replace(/:(\w+)/g, '{$1}')}`);
    }
  }
  return routes;
}

/** Served but deliberately not in the API document: the document itself, its viewer, a probe. */
const UNDOCUMENTED = /^GET \/api\/(openapi\.json|docs|health)/;

describe.each(testBackends)('the OpenAPI document on $name', (backend) => {
  let handle: DbHandle;
  let app: FastifyInstance;
  let doc: {
    paths: Record<string, Record<string, { summary?: string; tags?: string[]; responses?: object }>>;
  };
  beforeAll(async () => {
    handle = await backend.create();
    app = await buildApp({ db: handle.db, webDir: '/nonexistent' });
    doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  const documented = () =>
    Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );

  it('lists every route the server serves under /api, and nothing it does not serve', () => {
    const served = servedRoutes(app).filter((r) => r.includes(' /api/') && !UNDOCUMENTED.test(r));
    expect(served.length).toBeGreaterThan(100);
    expect(served.filter((r) => !documented().includes(r))).toEqual([]);
    expect(documented().filter((r) => !served.includes(r))).toEqual([]);
  });

  it('gives every operation a tag and a Danish summary, and documents its error answers', () => {
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const key = `${method.toUpperCase()} ${path}`;
        expect(op.tags?.length, key).toBeGreaterThan(0);
        expect(op.summary, key).toMatch(/[a-zæøå]/i);
        expect(op.summary, key).not.toMatch(/^(Get|List|Create|Update|Delete) /);
        const statuses = Object.keys(op.responses ?? {});
        if (path.includes('{') && !path.startsWith('/api/auth/')) expect(statuses, key).toContain('404');
        if (method !== 'get' && !path.startsWith('/api/auth/')) expect(statuses, key).toContain('400');
      }
    }
  });
});
