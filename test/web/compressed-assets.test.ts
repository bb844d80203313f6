/**
 * The built web app is sent compressed (decision 020): the build writes .br and .gz beside each
 * file and the server picks one by the request's Accept-Encoding. Needs `npm run build:web` (npm
 * test runs it first).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readManifest, WEB_DIST } from '../../bench/bundle-sizes';
import { type DbHandle, openDb } from '../../src/db/client';
import { buildApp } from '../../src/server/app';

describe('compressed web assets', () => {
  let handle: DbHandle;
  let app: FastifyInstance;
  const entry = Object.values(readManifest()).find((chunk) => chunk.isEntry)?.file as string;
  const original = readFileSync(join(WEB_DIST, entry));

  beforeAll(async () => {
    // No migrations: the static files never touch the database.
    handle = await openDb({ kind: 'pglite-memory' });
    app = await buildApp({ db: handle.db, webDir: WEB_DIST });
  });

  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  it('sends the entry script as Brotli or gzip when the browser accepts it, the same bytes unpacked', async () => {
    const br = await app.inject({ url: `/${entry}`, headers: { 'accept-encoding': 'br, gzip' } });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.rawPayload.length).toBeLessThan(original.length / 2);
    expect(brotliDecompressSync(br.rawPayload).equals(original)).toBe(true);

    const gz = await app.inject({ url: `/${entry}`, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).equals(original)).toBe(true);

    const plain = await app.inject({ url: `/${entry}`, headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.equals(original)).toBe(true);
  });

  it('sends the app shell for a client route compressed too', async () => {
    const page = await app.inject({ url: '/planer/koege-2021-2025', headers: { 'accept-encoding': 'gzip' } });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(page.rawPayload).toString()).toContain('<div id="root">');
  });
});
