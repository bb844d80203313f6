import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type Db, type DbHandle, openDb } from '../../src/db/client';
import { migrateDb } from '../../src/db/migrate';
import { buildApp, defaultWebDir } from '../../src/server/app';
import { seedDemo } from '../../src/server/seed/seed-demo';

/** Where end-to-end tests put their screenshots (ignored by git). */
export const RESULTS = 'test-results';

export interface DemoSite {
  handle: DbHandle;
  app: FastifyInstance;
  browser: Browser;
  baseUrl: string;
}

/**
 * The built web app served on a free port over a fresh in-memory database with the demo plans,
 * and Debian's Chromium (never a test tool's own browser download) with the flags this machine
 * needs: no sandbox as root, no GPU, and no background networking on a closed network.
 */
export async function startDemoSite(
  options: { seed?: (db: Db) => Promise<unknown>; chromiumArgs?: readonly string[] } = {},
): Promise<DemoSite> {
  if (!existsSync(join(defaultWebDir, 'index.html'))) {
    throw new Error('dist/web is missing: run `npm run build:web` first (npm test does).');
  }
  mkdirSync(RESULTS, { recursive: true });
  const handle = await openDb({ kind: 'pglite-memory' });
  await migrateDb(handle);
  await seedDemo(handle.db);
  await options.seed?.(handle.db);
  const app = await buildApp({ db: handle.db });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      ...(options.chromiumArgs ?? []),
    ],
  });
  return { handle, app, browser, baseUrl };
}

/**
 * The demo site for one describe block: started before its tests, closed after them. Read its
 * fields inside the tests (they are set in beforeAll).
 */
export function useDemoSite(options: Parameters<typeof startDemoSite>[0] = {}): DemoSite {
  const site = {} as DemoSite;
  beforeAll(async () => {
    Object.assign(site, await startDemoSite(options));
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.app?.close();
    await site.handle?.close();
  });
  return site;
}

/** A desktop page with the tests' timeout that collects the page's script errors. */
export async function openPage(site: DemoSite): Promise<{ page: Page; errors: string[] }> {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(15_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}
