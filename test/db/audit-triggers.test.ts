import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DbHandle, queryRows } from '../../src/db/client';
import { auditChanges, auditEvents, municipalities } from '../../src/db/schema/index';
import { SYSTEM_CLI, withAudit } from '../../src/server/audit/with-audit';
import { testBackends } from '../support/databases';

/** Tables without the audit trigger, each for a reason (decision 008). */
const EXEMPT = [
  'audit_events',
  'audit_changes',
  'funding_periods',
  'focus_areas',
  'sessions',
  'sign_in_throttle',
];

describe.each(testBackends)('audit trail on $name', (backend) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await backend.create();
  });
  afterAll(() => handle.close());

  it('has the row trigger on every table but the exempt ones', async () => {
    const tables = await queryRows<{ table_name: string }>(
      handle.db,
      sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    );
    const triggers = await queryRows<{ event_object_table: string }>(
      handle.db,
      sql`select distinct event_object_table from information_schema.triggers where trigger_name like '%_audit'`,
    );
    const audited = new Set(triggers.map((t) => t.event_object_table));
    const missing = tables.map((t) => t.table_name).filter((t) => !EXEMPT.includes(t) && !audited.has(t));
    expect(missing).toEqual([]);
  });

  it('records insert, update (with a diff) and delete under one event per write', async () => {
    const id = await withAudit(handle.db, SYSTEM_CLI, { name: 'createMunicipality' }, async (tx) => {
      const [row] = await tx
        .insert(municipalities)
        .values({ slug: 'test-kommune', name: 'Test' })
        .returning();
      return row?.id as string;
    });
    await withAudit(handle.db, { userId: null, label: 'a@b.dk' }, { name: 'renameMunicipality' }, (tx) =>
      tx.update(municipalities).set({ name: 'Test Kommune' }).where(eq(municipalities.id, id)),
    );
    await withAudit(handle.db, SYSTEM_CLI, { name: 'deleteMunicipality' }, (tx) =>
      tx.delete(municipalities).where(eq(municipalities.id, id)),
    );
    const events = await handle.db.select().from(auditEvents).orderBy(auditEvents.id);
    expect(events.map((e) => [e.action, e.actorLabel])).toEqual([
      ['createMunicipality', 'system:cli'],
      ['renameMunicipality', 'a@b.dk'],
      ['deleteMunicipality', 'system:cli'],
    ]);
    const changes = await handle.db.select().from(auditChanges).orderBy(auditChanges.id);
    expect(changes.map((c) => [c.eventId, c.operation, c.tableName, c.rowId])).toEqual([
      [events[0]?.id, 'insert', 'municipalities', id],
      [events[1]?.id, 'update', 'municipalities', id],
      [events[2]?.id, 'delete', 'municipalities', id],
    ]);
    expect(changes[1]?.diff).toEqual({ name: ['Test', 'Test Kommune'] });
    expect(changes[2]?.before).toMatchObject({ name: 'Test Kommune' });
  });

  it('writes nothing — not even the event — when the write fails', async () => {
    const before = (await handle.db.select().from(auditEvents)).length;
    await expect(
      withAudit(handle.db, SYSTEM_CLI, { name: 'failing' }, async (tx) => {
        await tx.insert(municipalities).values({ slug: 'x-kommune', name: 'X' });
        await tx.insert(municipalities).values({ slug: 'x-kommune', name: 'X igen' });
      }),
    ).rejects.toThrow();
    expect(await handle.db.select().from(auditEvents)).toHaveLength(before);
    expect(await handle.db.select().from(municipalities).where(eq(municipalities.slug, 'x-kommune'))).toEqual(
      [],
    );
  });

  it('cannot be changed or deleted', async () => {
    await expect(handle.db.execute(sql`update audit_events set actor_label = 'x'`)).rejects.toThrow();
    await expect(handle.db.execute(sql`delete from audit_changes`)).rejects.toThrow();
  });
});

describe.each(testBackends)('unaudited writes on $name', (backend) => {
  it('are refused, so no code path can skip the trail', async () => {
    const handle = await backend.create();
    try {
      await expect(
        handle.db.insert(municipalities).values({ slug: 'uden-spor', name: 'Uden spor' }),
      ).rejects.toThrow();
      expect(await handle.db.select().from(municipalities)).toEqual([]);
    } finally {
      await handle.close();
    }
  });
});
