import { and, asc, count, eq, getTableColumns, max, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { type Db, type Executor, queryRows, type Tx } from '../../db/client';
import { AppError, type ErrorCode } from '../../domain/errors/app-error';
import { type Actor, withAudit } from '../audit/with-audit';
import type { Pagination } from '../http/common.schema';
import { type ParentKind, type ParentRef, type PlanScope, UUID } from './parents';

/** A table of a plan's rows: `id`, a `position` to keep the order the user gave, timestamps. */
export type RowTable = PgTable & { id: PgColumn; position: PgColumn; createdAt: PgColumn };
type Row = Record<string, unknown>;

/**
 * Rows that make up a plan's content and need no rules beyond their fields (partners, contacts,
 * staff, bodies and their members, networks with groups and activities, financing lines).
 * One description per kind of row; the use cases below and the routes in plan-rows.routes.ts
 * serve them all the same way (decision 009). Rows with real rules (activities) have their own.
 */
export interface PlanRowResource {
  /** URL segment of one row and the audit noun: "partners" → /partners/:id, "create:partners". */
  path: string;
  tag: string;
  noun: { indefinite: string; plural: string };
  table: RowTable;
  /** Where rows are listed and created: /<parent>/:id/<segment ?? path>. */
  parents: { kind: ParentKind; segment?: string }[];
  notFound: ErrorCode;
  /** The plan of a row, or null when there is no such row. */
  scope(db: Executor, id: string): Promise<PlanScope | null>;
  create: z.ZodObject;
  update: z.ZodType;
  output: z.ZodObject;
  toOutput(row: Row): Row;
  /** Checks against the plan, given the row's values after the write (e.g. its afdeling is in the plan). */
  check?(tx: Tx, scope: PlanScope, values: Row): Promise<void>;
}

const column = (r: PlanRowResource, key: string) =>
  (r.table as unknown as Record<string, PgColumn>)[key] as PgColumn;

/** The plan of a row found through its `plan_id`. */
export const scopeViaPlan =
  (table: string) =>
  (db: Executor, id: string): Promise<PlanScope | null> =>
    firstScope(
      db,
      id,
      sql`select p.id as "planId", p.municipality_id as "municipalityId"
          from ${sql.identifier(table)} r join plans p on p.id = r.plan_id where r.id = ${id}`,
    );

/** The plan of a row found through its parent (a member's body, a group's network). */
export const scopeViaParent =
  (table: string, parentColumn: string, parentTable: string) =>
  (db: Executor, id: string): Promise<PlanScope | null> =>
    firstScope(
      db,
      id,
      sql`select p.id as "planId", p.municipality_id as "municipalityId"
          from ${sql.identifier(table)} r
          join ${sql.identifier(parentTable)} o on o.id = r.${sql.identifier(parentColumn)}
          join plans p on p.id = o.plan_id where r.id = ${id}`,
    );

export async function firstScope(db: Executor, id: string, query: SQL): Promise<PlanScope | null> {
  if (!UUID.test(id)) return null;
  const [row] = await queryRows<PlanScope>(db, query);
  return row ?? null;
}

export async function listRows(
  db: Executor,
  r: PlanRowResource,
  parent: ParentKind,
  ref: ParentRef,
  page: Pagination,
) {
  const where = eq(column(r, parent.key), ref.id);
  const [total] = await db
    .select({ n: count() })
    .from(r.table as PgTable)
    .where(where);
  const rows = await db
    .select()
    .from(r.table as PgTable)
    .where(where)
    .orderBy(asc(r.table.position), asc(r.table.createdAt), asc(r.table.id))
    .limit(page.limit)
    .offset(page.offset);
  return {
    items: rows.map((row) => r.toOutput(row as Row)),
    total: total?.n ?? 0,
    limit: page.limit,
    offset: page.offset,
  };
}

async function load(db: Executor, r: PlanRowResource, id: string): Promise<Row> {
  if (!UUID.test(id)) throw new AppError(r.notFound);
  const [row] = await db
    .select()
    .from(r.table as PgTable)
    .where(eq(r.table.id, id));
  if (!row) throw new AppError(r.notFound);
  return row as Row;
}

/** One row — of a plan: a district forum's body (a municipality's, no plan) is not served here. */
export async function getRow(db: Executor, r: PlanRowResource, id: string): Promise<Row> {
  if (!(await r.scope(db, id))) throw new AppError(r.notFound);
  return r.toOutput(await load(db, r, id));
}

/** Adds a row at the end of its parent's list, in one audited transaction. */
export async function createRow(
  db: Db,
  actor: Actor,
  r: PlanRowResource,
  parent: ParentKind,
  ref: ParentRef,
  values: Row,
): Promise<Row> {
  return withAudit(db, actor, { name: `create:${r.path}`, planId: ref.planId }, async (tx) => {
    await r.check?.(tx, ref, { ...values, [parent.key]: ref.id });
    const parentColumn = column(r, parent.key);
    const [last] = await tx
      .select({ position: max(r.table.position) })
      .from(r.table as PgTable)
      .where(eq(parentColumn, ref.id));
    const position = Number(last?.position ?? -1) + 1;
    const [inserted] = await tx
      .insert(r.table)
      .values({ ...values, [parent.key]: ref.id, position })
      .returning();
    return r.toOutput(inserted as Row);
  });
}

export async function updateRow(
  db: Db,
  actor: Actor,
  r: PlanRowResource,
  id: string,
  values: Row,
): Promise<Row> {
  const scope = await r.scope(db, id);
  if (!scope) throw new AppError(r.notFound);
  return withAudit(db, actor, { name: `update:${r.path}`, planId: scope.planId }, async (tx) => {
    const existing = await load(tx, r, id);
    await r.check?.(tx, scope, { ...existing, ...values });
    const set = 'updatedAt' in getTableColumns(r.table) ? { ...values, updatedAt: new Date() } : values;
    const [updated] = await tx.update(r.table).set(set).where(eq(r.table.id, id)).returning();
    return r.toOutput(updated as Row);
  });
}

export async function deleteRow(db: Db, actor: Actor, r: PlanRowResource, id: string): Promise<void> {
  const scope = await r.scope(db, id);
  if (!scope) throw new AppError(r.notFound);
  await withAudit(db, actor, { name: `delete:${r.path}`, planId: scope.planId }, async (tx) => {
    const deleted = await tx
      .delete(r.table)
      .where(and(eq(r.table.id, id)))
      .returning({ id: r.table.id });
    if (deleted.length === 0) throw new AppError(r.notFound);
  });
}

/**
 * The output schema's keys of a row; numeric columns the driver returns as strings become numbers.
 */
export const pick =
  (schema: z.ZodObject, numeric: readonly string[] = []) =>
  (row: Row): Row =>
    Object.fromEntries(
      Object.keys(schema.shape).map((k) => [
        k,
        numeric.includes(k) && row[k] !== null && row[k] !== undefined ? Number(row[k]) : (row[k] ?? null),
      ]),
    );

/**
 * An update body: every field of the create body optional, and at least one present. Defaults are
 * dropped — a PATCH that leaves a field out must keep its stored value, not reset it.
 */
export function partialOf<T extends z.ZodRawShape>(schema: z.ZodObject<T>) {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => [
      key,
      field instanceof z.ZodDefault ? field.unwrap() : field,
    ]),
  ) as { [K in keyof T]: T[K] extends z.ZodDefault<infer Inner> ? Inner : T[K] };
  return z
    .object(shape)
    .partial()
    .refine((v) => Object.keys(v).length > 0, { message: 'Angiv mindst ét felt at ændre' });
}
