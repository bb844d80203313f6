import { sql } from 'drizzle-orm';
import { type DbHandle, openDb } from '../src/db/client';
import { migrateDb } from '../src/db/migrate';

/** A fresh, migrated database on the server of `url` for one bench run; `drop` removes it again. */
export async function throwawayPostgres(
  url: string,
  prefix: string,
): Promise<{ handle: DbHandle; drop(): Promise<void> }> {
  const dbName = `${prefix}_${process.pid}`;
  const admin = await openDb({ kind: 'postgres', url });
  await admin.db.execute(sql.raw(`create database ${dbName}`));
  await admin.close();
  const target = new URL(url);
  target.pathname = `/${dbName}`;
  const handle = await openDb({ kind: 'postgres', url: target.toString() });
  await migrateDb(handle);
  return {
    handle,
    async drop() {
      const a = await openDb({ kind: 'postgres', url });
      await a.db.execute(sql.raw(`drop database if exists ${dbName} with (force)`));
      await a.close();
    },
  };
}
