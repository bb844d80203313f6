import type { FastifyInstance } from 'fastify';
import type { DbHandle } from '../../src/db/client';
import { buildApp } from '../../src/server/app';
import { seedDemo } from '../../src/server/seed/seed-demo';
import type { TestBackend } from './databases';
import { signedIn, type TestClient } from './http-client';

export const DEMO_PASSWORD = 'helhedsplan-demo';
export const demoEmail = (local: string) => `${local}@demo.helhedsplan.dk`;

export interface DemoApp {
  handle: DbHandle;
  app: FastifyInstance;
  as(local: string): Promise<TestClient>;
  close(): Promise<void>;
}

/** A fresh database with the demo plans and users, and the app on top of it. */
export async function demoApp(backend: TestBackend): Promise<DemoApp> {
  const handle = await backend.create();
  await seedDemo(handle.db);
  const app = await buildApp({ db: handle.db, webDir: '/nonexistent' });
  return {
    handle,
    app,
    as: (local) => signedIn(app, demoEmail(local), DEMO_PASSWORD),
    async close() {
      await app.close();
      await handle.close();
    },
  };
}
