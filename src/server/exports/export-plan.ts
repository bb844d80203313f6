import { stringify } from 'csv-stringify/sync';
import { type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client';

/**
 * The plan's data, table by table — for the data-portability and insight rights (GDPR art. 15/20)
 * and for a plan that moves to another system. Each entry says how its rows belong to the plan.
 */
const byPlan = (p: string) => sql`plan_id = ${p}`;
const via = (column: string, parent: string) => (p: string) =>
  sql`${sql.identifier(column)} in (select id from ${sql.identifier(parent)} where plan_id = ${p})`;

const EXPORT_TABLES = {
  plans: (p: string) => sql`id = ${p}`,
  plan_departments: byPlan,
  plan_organisations: byPlan,
  plan_staff: byPlan,
  plan_predecessors: byPlan,
  area_statistics: byPlan,
  activities: byPlan,
  activity_departments: via('activity_id', 'activities'),
  activity_partners: via('activity_id', 'activities'),
  partners: byPlan,
  financing_lines: byPlan,
  bodies: byPlan,
  body_members: via('body_id', 'bodies'),
  networks: byPlan,
  network_groups: via('network_id', 'networks'),
  network_activities: via('network_id', 'networks'),
  contacts: byPlan,
  participants: byPlan,
} satisfies Record<string, (planId: string) => SQL>;

export type ExportTable = keyof typeof EXPORT_TABLES;
export const EXPORT_TABLE_NAMES = Object.keys(EXPORT_TABLES) as ExportTable[];

export async function exportTable(
  db: Executor,
  planId: string,
  table: ExportTable,
): Promise<Record<string, unknown>[]> {
  return queryRows<Record<string, unknown>>(
    db,
    sql`select * from ${sql.identifier(table)} where ${EXPORT_TABLES[table](planId)} order by 1`,
  );
}

export async function exportPlanJson(
  db: Executor,
  planId: string,
): Promise<Record<ExportTable, Record<string, unknown>[]>> {
  const entries = await Promise.all(
    EXPORT_TABLE_NAMES.map(async (t) => [t, await exportTable(db, planId, t)] as const),
  );
  return Object.fromEntries(entries) as Record<ExportTable, Record<string, unknown>[]>;
}

/** One table as CSV with a header row; objects (jsonb) are written as JSON text. */
export function toCsv(rows: Record<string, unknown>[]): string {
  if (rows.length === 0) return '';
  const columns = Object.keys(rows[0] ?? {});
  return stringify(
    rows.map((r) =>
      columns.map((c) => {
        const v = r[c];
        if (v === null || v === undefined) return '';
        if (v instanceof Date) return v.toISOString();
        return typeof v === 'object' ? JSON.stringify(v) : String(v);
      }),
    ),
    { header: true, columns, bom: true },
  );
}
