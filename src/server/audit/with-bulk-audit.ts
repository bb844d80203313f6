import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { type Actor, type AuditedAction, withAudit } from './with-audit';

/**
 * The documented bulk path of the audit trail (decisions 008 and 014): one audit event for a
 * whole bulk write (a generated dataset of millions of rows), without one `audit_changes` row per
 * row. Inside the audited transaction the row triggers of the named tables are disabled and
 * enabled again before commit. ALTER TABLE is transactional and takes an exclusive lock, so no
 * other session can write to those tables unaudited meanwhile, and a failure restores the
 * triggers with everything else. Every other table keeps its per-row trail.
 *
 * So that the trail still says what the event wrote, `summarise` turns the result into one
 * `audit_changes` row (table = the first bulk table, no row id, `after` = the summary, e.g. the
 * counts of an import) in the same transaction.
 */
export async function withBulkAudit<T>(
  db: Db,
  actor: Actor,
  action: AuditedAction,
  tables: readonly string[],
  fn: (tx: Tx, eventId: number) => Promise<T>,
  summarise?: (result: T) => Record<string, unknown>,
): Promise<T> {
  for (const t of tables) if (!/^[a-z_]+$/.test(t)) throw new Error(`not a table name: ${t}`);
  return withAudit(db, actor, action, async (tx) => {
    const [event] = (
      (await tx.execute(sql`select current_setting('helhedsplan.audit_event')::bigint as id`)) as unknown as {
        rows: { id: string | number }[];
      }
    ).rows;
    const eventId = Number(event?.id);
    for (const t of tables) await tx.execute(sql.raw(`alter table "${t}" disable trigger "${t}_audit"`));
    const result = await fn(tx, eventId);
    for (const t of tables) await tx.execute(sql.raw(`alter table "${t}" enable trigger "${t}_audit"`));
    if (summarise && tables[0]) {
      const summary = JSON.stringify({ bulk: true, ...summarise(result) });
      await tx.execute(
        sql`insert into audit_changes (event_id, table_name, row_id, operation, after, plan_id)
            values (${eventId}, ${tables[0]}, null, 'insert', ${summary}::jsonb, ${action.planId ?? null})`,
      );
    }
    return result;
  });
}
