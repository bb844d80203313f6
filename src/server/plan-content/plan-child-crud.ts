import { and, asc, count, eq, getTableColumns } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db, Executor, Tx } from '../../db/client';
import { AppError } from '../../domain/errors/app-error';
import { withAudit } from '../audit/with-audit';
import { actorOf } from '../auth/auth.plugin';
import { planFromParam, planOfRow } from '../auth/resources';
import { page, paginationQuery, problemSchema, slugOrIdParam, uuidParam } from '../http/common.schema';
import { findPlanId } from '../plans/get-plan-detail';

/** A table whose rows belong to one plan: it has `id` and `plan_id`. */
type PlanChildTable = PgTable & { id: PgColumn; planId: PgColumn; position?: PgColumn };

export interface PlanChildResource {
  /** URL segment and audit noun, e.g. "partners" → /plans/:id/partners and /partners/:id. */
  path: string;
  tag: string;
  noun: string;
  table: PlanChildTable;
  /** SQL table name, for the access resolver of /<path>/:id. */
  tableName: string;
  create: z.ZodObject;
  update: z.ZodType;
  output: z.ZodObject;
  toOutput(row: Record<string, unknown>): Record<string, unknown>;
  /** Domain checks against the plan (e.g. the focus area belongs to its funding period). */
  check?(tx: Tx, planId: string, values: Record<string, unknown>): Promise<void>;
  /** Values to write, derived from the validated body (e.g. kroner → øre). */
  toValues?(body: Record<string, unknown>): Record<string, unknown>;
  /** Writes that go with the row (link tables), in the same transaction; returns the row to output. */
  afterWrite?(
    tx: Tx,
    row: Record<string, unknown>,
    values: Record<string, unknown>,
  ): Promise<Record<string, unknown>>;
}

/**
 * Create, read, update and delete for rows that belong to a plan — every write in one audited
 * transaction, every route with its access rule: reading is public (the plan's public page),
 * writing needs `plan:write` on the row's plan.
 */
export function planChildRoutes(db: Db, r: PlanChildResource): FastifyPluginAsyncZod {
  const errors = {
    400: problemSchema,
    401: problemSchema,
    403: problemSchema,
    404: problemSchema,
    409: problemSchema,
  };
  const values = (body: unknown) =>
    r.toValues ? r.toValues(body as Record<string, unknown>) : (body as Record<string, unknown>);

  async function load(dbx: Executor, id: string) {
    const [row] = await dbx
      .select()
      .from(r.table as PgTable)
      .where(eq(r.table.id, id));
    if (!row) throw new AppError('NOT_FOUND');
    return row as Record<string, unknown> & { planId: string };
  }

  return async (app) => {
    app.get(
      `/plans/:id/${r.path}`,
      {
        config: { access: { public: true } },
        schema: {
          tags: [r.tag],
          summary: `Planens ${r.noun}`,
          params: slugOrIdParam,
          querystring: paginationQuery,
          response: { 200: page(r.output), 404: problemSchema },
        },
      },
      async (request) => {
        const planId = await findPlanId(db, request.params.id);
        const where = eq(r.table.planId, planId);
        const [total] = await db
          .select({ n: count() })
          .from(r.table as PgTable)
          .where(where);
        const order = r.table.position ? [asc(r.table.position), asc(r.table.id)] : [asc(r.table.id)];
        const rows = await db
          .select()
          .from(r.table as PgTable)
          .where(where)
          .orderBy(...order)
          .limit(request.query.limit)
          .offset(request.query.offset);
        return {
          items: rows.map((row) => r.toOutput(row as Record<string, unknown>)),
          total: total?.n ?? 0,
          limit: request.query.limit,
          offset: request.query.offset,
        };
      },
    );

    app.post(
      `/plans/:id/${r.path}`,
      {
        config: { access: { permission: 'plan:write', resource: planFromParam() } },
        schema: {
          tags: [r.tag],
          summary: `Tilføj ${r.noun}`,
          params: slugOrIdParam,
          body: r.create,
          response: { 201: r.output, ...errors },
        },
      },
      async (request, reply) => {
        const planId = await findPlanId(db, request.params.id);
        const row = await withAudit(
          db,
          actorOf(request),
          { name: `create:${r.path}`, planId },
          async (tx) => {
            const v = values(request.body);
            await r.check?.(tx, planId, v);
            const [inserted] = await tx
              .insert(r.table)
              .values({ ...v, planId })
              .returning();
            return r.afterWrite
              ? r.afterWrite(tx, inserted as Record<string, unknown>, v)
              : (inserted as Record<string, unknown>);
          },
        );
        return reply.status(201).send(r.toOutput(row));
      },
    );

    app.patch(
      `/${r.path}/:id`,
      {
        config: { access: { permission: 'plan:write', resource: planOfRow(r.tableName) } },
        schema: {
          tags: [r.tag],
          summary: `Ret ${r.noun}`,
          params: uuidParam,
          body: r.update,
          response: { 200: r.output, ...errors },
        },
      },
      async (request) => {
        const existing = await load(db, request.params.id);
        const row = await withAudit(
          db,
          actorOf(request),
          { name: `update:${r.path}`, planId: existing.planId },
          async (tx) => {
            const v = values(request.body);
            await r.check?.(tx, existing.planId, { ...existing, ...v });
            const updateColumns = getTableColumns(r.table);
            const set = 'updatedAt' in updateColumns ? { ...v, updatedAt: new Date() } : v;
            const [updated] = await tx
              .update(r.table)
              .set(set)
              .where(eq(r.table.id, request.params.id))
              .returning();
            return r.afterWrite
              ? r.afterWrite(tx, updated as Record<string, unknown>, v)
              : (updated as Record<string, unknown>);
          },
        );
        return r.toOutput(row);
      },
    );

    app.delete(
      `/${r.path}/:id`,
      {
        config: { access: { permission: 'plan:write', resource: planOfRow(r.tableName) } },
        schema: {
          tags: [r.tag],
          summary: `Slet ${r.noun}`,
          params: uuidParam,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        const existing = await load(db, request.params.id);
        await withAudit(db, actorOf(request), { name: `delete:${r.path}`, planId: existing.planId }, (tx) =>
          tx
            .delete(r.table)
            .where(and(eq(r.table.id, request.params.id), eq(r.table.planId, existing.planId))),
        );
        return reply.status(204).send(null);
      },
    );
  };
}

/** An update body: every field of the create body optional, and at least one present. */
export function partialOf<T extends z.ZodObject>(schema: T) {
  return schema
    .partial()
    .refine((v) => Object.keys(v).length > 0, { message: 'Angiv mindst ét felt at ændre' });
}
