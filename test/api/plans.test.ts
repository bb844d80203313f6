import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client';
import { buildApp } from '../../src/server/app';
import { testBackends } from '../support/databases';

describe.each(testBackends)('plans API on $name', (backend) => {
  let handle: DbHandle;
  let app: FastifyInstance;
  beforeAll(async () => {
    handle = await backend.create();
    app = await buildApp({ db: handle.db, webDir: '/nonexistent' });
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('lists plans with pagination', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/plans?limit=10' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ items: [], total: 0, limit: 10, offset: 0 });
  });

  it('rejects a bad query parameter with a field-level problem', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/plans?limit=0' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors[0].field).toBe('querystring.limit');
  });

  it('answers unknown API paths with a 404 problem', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/nope' });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('NOT_FOUND');
  });

  it('serves an OpenAPI 3 document', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    expect(res.json().openapi).toMatch(/^3\./);
    expect(Object.keys(res.json().paths)).toContain('/api/plans');
  });
});
