import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from './schema/index';

export type Schema = typeof schema;
/** The one database type the rest of the code sees, whichever driver is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle; use cases accept `Db | Tx` through `Executor`. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Executor = Db | Tx;

export type DbTarget =
  | { kind: 'postgres'; url: string }
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'pglite-memory' };

export interface DbHandle {
  db: Db;
  target: DbTarget;
  close(): Promise<void>;
}

/**
 * Which database to use: DATABASE_URL wins (a real PostgreSQL server), else PGlite under the
 * data directory, or in memory for throwaway runs and tests.
 */
export function resolveDbTarget(options: {
  databaseUrl?: string;
  dataDir?: string;
  memory?: boolean;
}): DbTarget {
  if (options.databaseUrl) return { kind: 'postgres', url: options.databaseUrl };
  if (options.memory) return { kind: 'pglite-memory' };
  return { kind: 'pglite', dataDir: options.dataDir ?? './data/pglite' };
}

/**
 * The embedded database runs inside this process, so its buffers count towards the process's
 * memory. PGlite's default shared_buffers (128 MB) is the server default for a machine of its
 * own; 32 MB keeps a CLI import of a million rows within its 512 MB budget (decision 021)
 * while the national bench's reads stay in cache as before (measured there).
 */
const PGLITE_SETTINGS = ['-c', 'shared_buffers=32MB'];

export async function openDb(target: DbTarget): Promise<DbHandle> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    let closing = false;
    // An idle connection the server ends (a restart, a failover, a dropped test database) must not
    // take the process down: the pool replaces it, and the next query reports any real outage.
    pool.on('error', (error) => {
      if (!closing) console.warn(`PostgreSQL: en ledig forbindelse blev afbrudt (${error.message})`);
    });
    // Fail fast with a clear message rather than on the first query.
    const client = await pool.connect();
    client.release();
    return {
      db: drizzlePg(pool, { schema, casing: 'snake_case' }) as unknown as Db,
      target,
      close: () => {
        closing = true;
        return pool.end();
      },
    };
  }
  if (target.kind === 'pglite') mkdirSync(target.dataDir, { recursive: true });
  const options = { startParams: [...PGlite.defaultStartParams, ...PGLITE_SETTINGS] };
  const client = target.kind === 'pglite' ? new PGlite(target.dataDir, options) : new PGlite(options);
  await client.waitReady;
  return {
    db: drizzlePglite(client, { schema, casing: 'snake_case' }) as unknown as Db,
    target,
    close: () => client.close(),
  };
}

/** Rows of a raw SQL query; the two drivers wrap results differently. */
export async function queryRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export function describeTarget(target: DbTarget): string {
  switch (target.kind) {
    case 'postgres':
      return `PostgreSQL (${target.url.replace(/\/\/[^@/]*@/, '//***@')})`;
    case 'pglite':
      return `indlejret PostgreSQL (PGlite) i ${target.dataDir}`;
    case 'pglite-memory':
      return 'indlejret PostgreSQL (PGlite) i hukommelsen';
  }
}
