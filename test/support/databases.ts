import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type DbHandle, openDb } from '../../src/db/client';
import { migrateDb } from '../../src/db/migrate';

export interface TestBackend {
  name: 'pglite' | 'postgres';
  /** A fresh, migrated, empty database; `close` drops it again. */
  create(): Promise<DbHandle>;
}

const pglite: TestBackend = {
  name: 'pglite',
  async create() {
    const handle = await openDb({ kind: 'pglite-memory' });
    await migrateDb(handle);
    return handle;
  },
};

/** A throwaway database per test file on the server named by DATABASE_URL. */
function postgres(url: string): TestBackend {
  return {
    name: 'postgres',
    async create() {
      const name = `helhedsplan_test_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      const dbUrl = new URL(url);
      dbUrl.pathname = `/${name}`;
      const handle = await openDb({ kind: 'postgres', url: dbUrl.toString() });
      await migrateDb(handle);
      return {
        ...handle,
        async close() {
          await handle.close();
          const dropper = new pg.Client({ connectionString: url });
          await dropper.connect();
          await dropper.query(`drop database if exists ${name} with (force)`);
          await dropper.end();
        },
      };
    },
  };
}

/** PGlite always; the real PostgreSQL server as well when DATABASE_URL is set (CI sets it). */
export const testBackends: TestBackend[] = [
  pglite,
  ...(process.env.DATABASE_URL ? [postgres(process.env.DATABASE_URL)] : []),
];
