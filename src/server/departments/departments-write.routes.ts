import { and, asc, count, eq, ilike, inArray, type SQL } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { withAudit } from '../audit/with-audit';
import type { ResourceResolver } from '../auth/access';
import { actorOf } from '../auth/auth.plugin';
import { page, problemSchema, slugOrIdParam, uuidParam } from '../http/common.schema';
import { findPlanId, toStatistic } from '../plans/get-plan-detail';
import { statisticSchema } from '../plans/plan-detail.schema';
import {
  createDepartmentBody,
  departmentSummarySchema,
  listDepartmentsQuery,
  statisticBody,
  updateDepartmentBody,
} from './departments.schema';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const errors = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
};

async function findDepartment(db: Db, idOrSlug: string) {
  const [row] = await db
    .select()
    .from(t.departments)
    .where(UUID.test(idOrSlug) ? eq(t.departments.id, idOrSlug) : eq(t.departments.slug, idOrSlug));
  return row;
}

/** Afdelinger are the municipality's master data: its coordinators (and admins) maintain them. */
const departmentResource: ResourceResolver = async (request, db) => {
  const dep = await findDepartment(db, String((request.params as { id: string }).id));
  return dep ? { municipalityId: dep.municipalityId } : null;
};
const statisticResource: ResourceResolver = async (request, db) => {
  const id = String((request.params as { id: string }).id);
  if (!UUID.test(id)) return null;
  const [row] = await db
    .select({ municipalityId: t.departments.municipalityId })
    .from(t.areaStatistics)
    .innerJoin(t.departments, eq(t.areaStatistics.departmentId, t.departments.id))
    .where(eq(t.areaStatistics.id, id));
  return row ?? null;
};

export const departmentsWriteRoutes =
  (db: Db): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/departments',
      {
        config: { access: { public: true } },
        schema: {
          tags: ['Afdelinger'],
          summary: 'Afdelinger, filtreret på kommune, plan eller navn',
          querystring: listDepartmentsQuery,
          response: { 200: page(departmentSummarySchema), 400: problemSchema, 404: problemSchema },
        },
      },
      async (request) => {
        const q = request.query;
        const filters: SQL[] = [];
        if (q.municipality) {
          const [m] = await db
            .select({ id: t.municipalities.id })
            .from(t.municipalities)
            .where(eq(t.municipalities.slug, q.municipality));
          filters.push(eq(t.departments.municipalityId, m?.id ?? '00000000-0000-0000-0000-000000000000'));
        }
        if (q.plan) {
          const planId = await findPlanId(db, q.plan);
          const inPlan = db
            .select({ id: t.planDepartments.departmentId })
            .from(t.planDepartments)
            .where(eq(t.planDepartments.planId, planId));
          filters.push(inArray(t.departments.id, inPlan));
        }
        if (q.q) filters.push(ilike(t.departments.name, `%${q.q.replace(/[%_\\]/g, '\\$&')}%`));
        const where = filters.length ? and(...filters) : undefined;
        const [total] = await db.select({ n: count() }).from(t.departments).where(where);
        const items = await db
          .select({
            id: t.departments.id,
            slug: t.departments.slug,
            name: t.departments.name,
            kind: t.departments.kind,
            municipalityId: t.departments.municipalityId,
            organisationId: t.departments.organisationId,
            units: t.departments.units,
            residents: t.departments.residents,
          })
          .from(t.departments)
          .where(where)
          .orderBy(asc(t.departments.name))
          .limit(q.limit)
          .offset(q.offset);
        return { items, total: total?.n ?? 0, limit: q.limit, offset: q.offset };
      },
    );

    app.post(
      '/departments',
      {
        config: {
          access: {
            permission: 'municipality:write',
            resource: async (request) => {
              const id = (request.body as { municipalityId?: unknown } | undefined)?.municipalityId;
              return { municipalityId: typeof id === 'string' && id ? id : undefined };
            },
          },
        },
        schema: {
          tags: ['Afdelinger'],
          summary: 'Opret afdeling',
          body: createDepartmentBody,
          response: { 201: departmentSummarySchema, ...errors },
        },
      },
      async (request, reply) => {
        const row = await withAudit(
          db,
          actorOf(request),
          { name: 'createDepartment', municipalityId: request.body.municipalityId },
          async (tx) => {
            const [created] = await tx.insert(t.departments).values(request.body).returning();
            return created;
          },
        );
        if (!row) throw new AppError('INTERNAL');
        return reply.status(201).send(row);
      },
    );

    app.patch(
      '/departments/:id',
      {
        config: { access: { permission: 'municipality:write', resource: departmentResource } },
        schema: {
          tags: ['Afdelinger'],
          summary: 'Ret afdeling',
          params: slugOrIdParam,
          body: updateDepartmentBody,
          response: { 200: departmentSummarySchema, ...errors },
        },
      },
      async (request) => {
        const dep = await findDepartment(db, request.params.id);
        if (!dep) throw new AppError('DEPARTMENT_NOT_FOUND');
        const row = await withAudit(
          db,
          actorOf(request),
          { name: 'updateDepartment', municipalityId: dep.municipalityId },
          async (tx) => {
            const [updated] = await tx
              .update(t.departments)
              .set({ ...request.body, updatedAt: new Date() })
              .where(eq(t.departments.id, dep.id))
              .returning();
            return updated;
          },
        );
        if (!row) throw new AppError('DEPARTMENT_NOT_FOUND');
        return row;
      },
    );

    app.get(
      '/departments/:id/statistics',
      {
        config: { access: { public: true } },
        schema: {
          tags: ['Afdelinger'],
          summary: 'Afdelingens nøgletal, alle år',
          params: slugOrIdParam,
          response: { 200: z.array(statisticSchema), 404: problemSchema },
        },
      },
      async (request) => {
        const dep = await findDepartment(db, request.params.id);
        if (!dep) throw new AppError('DEPARTMENT_NOT_FOUND');
        const rows = await db
          .select()
          .from(t.areaStatistics)
          .where(eq(t.areaStatistics.departmentId, dep.id))
          .orderBy(asc(t.areaStatistics.year));
        return rows.map(toStatistic);
      },
    );

    app.post(
      '/departments/:id/statistics',
      {
        config: { access: { permission: 'municipality:write', resource: departmentResource } },
        schema: {
          tags: ['Afdelinger'],
          summary: 'Tilføj et nøgletal med kilde',
          params: slugOrIdParam,
          body: statisticBody,
          response: { 201: statisticSchema, ...errors },
        },
      },
      async (request, reply) => {
        const dep = await findDepartment(db, request.params.id);
        if (!dep) throw new AppError('DEPARTMENT_NOT_FOUND');
        const row = await withAudit(
          db,
          actorOf(request),
          { name: 'addStatistic', municipalityId: dep.municipalityId },
          async (tx) => {
            const [created] = await tx
              .insert(t.areaStatistics)
              .values({ ...request.body, scope: 'department', departmentId: dep.id })
              .returning();
            return created;
          },
        );
        if (!row) throw new AppError('INTERNAL');
        return reply.status(201).send(toStatistic(row));
      },
    );

    app.delete(
      '/statistics/:id',
      {
        config: { access: { permission: 'municipality:write', resource: statisticResource } },
        schema: {
          tags: ['Afdelinger'],
          summary: 'Slet et nøgletal',
          params: uuidParam,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await withAudit(db, actorOf(request), { name: 'deleteStatistic' }, (tx) =>
          tx.delete(t.areaStatistics).where(eq(t.areaStatistics.id, request.params.id)),
        );
        return reply.status(204).send(null);
      },
    );
  };
