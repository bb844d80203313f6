import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DbHandle, queryRows } from '../../src/db/client';
import { migrateDb } from '../../src/db/migrate';
import { focusAreas } from '../../src/db/schema/index';
import { testBackends } from '../support/databases';

describe.each(testBackends)('migrations on $name', (backend) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await backend.create();
  });
  afterAll(() => handle.close());

  it('creates the tables and the versioned focus areas', async () => {
    const rows = await handle.db.select().from(focusAreas);
    expect(rows).toHaveLength(15);
    const [tables] = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from information_schema.tables where table_schema = 'public'`,
    );
    expect(Number(tables?.n)).toBeGreaterThanOrEqual(18);
  });

  it('is idempotent: migrating twice changes nothing', async () => {
    await migrateDb(handle);
    expect(await handle.db.select().from(focusAreas)).toHaveLength(15);
  });
});
