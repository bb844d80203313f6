import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { AppError } from '../../domain/errors/app-error';
import type { AccessRule } from '../auth/access';
import { actorOf } from '../auth/auth.plugin';
import { page, problemSchema, slugOrIdParam } from '../http/common.schema';
import { findPlanRef, type ParentRef } from '../plan-rows/parents';
import { writeErrors } from '../plan-rows/plan-rows.routes';
import { listPlanDepartments } from './list-plan-departments';
import { listPlanOrganisations } from './list-plan-organisations';
import { listPredecessors } from './list-predecessors';
import {
  planDepartmentParams,
  planDepartmentSchema,
  planOrganisationParams,
  planOrganisationSchema,
  predecessorParams,
  predecessorSchema,
  setPlanDepartmentBody,
  setPlanOrganisationBody,
  setPredecessorBody,
} from './plan-links.schema';
import { removePlanDepartment } from './remove-plan-department';
import { removePlanOrganisation } from './remove-plan-organisation';
import { removePredecessor } from './remove-predecessor';
import { setPlanDepartment } from './set-plan-department';
import { setPlanOrganisation } from './set-plan-organisation';
import { setPredecessor } from './set-predecessor';

const TAG = 'Planer';

/** Whole lists (a plan has a handful of each), in the list envelope for the same client code. */
const all = <T>(items: T[]) => ({ items, total: items.length, limit: items.length, offset: 0 });

/**
 * A plan's afdelinger, housing organisations and predecessors: listed by anyone, set (PUT adds
 * or changes) and removed by those who may write the plan.
 */
export const planLinksRoutes =
  (db: Db): FastifyPluginAsyncZod =>
  async (app) => {
    const write: AccessRule = {
      permission: 'plan:write',
      resource: (request) => findPlanRef(db, String((request.params as { id: string }).id)),
      notFound: 'PLAN_NOT_FOUND',
    };
    const plan = async (idOrSlug: string): Promise<ParentRef> => {
      const ref = await findPlanRef(db, idOrSlug);
      if (!ref) throw new AppError('PLAN_NOT_FOUND');
      return ref;
    };
    const read = (summary: string, item: z.ZodType) => ({
      config: { access: { public: true as const } },
      schema: {
        tags: [TAG],
        summary,
        params: slugOrIdParam,
        response: { 200: page(item), 404: problemSchema },
      },
    });
    const gone = { 204: z.null(), ...writeErrors };

    app.get('/plans/:id/departments', read('Planens afdelinger', planDepartmentSchema), async (request) =>
      all(await listPlanDepartments(db, { planId: (await plan(request.params.id)).planId })),
    );
    app.put(
      '/plans/:id/departments/:departmentId',
      {
        config: { access: write },
        schema: {
          tags: [TAG],
          summary: 'Tag en afdeling i kommunen med i planen, eller ret hvor stor en del der er med',
          params: planDepartmentParams,
          body: setPlanDepartmentBody,
          response: { 200: planDepartmentSchema, ...writeErrors },
        },
      },
      async (request) =>
        setPlanDepartment(db, actorOf(request), {
          plan: await plan(request.params.id),
          department: request.params.departmentId,
          coverageNote: request.body.coverageNote,
        }),
    );
    app.delete(
      '/plans/:id/departments/:departmentId',
      {
        config: { access: write },
        schema: {
          tags: [TAG],
          summary: 'Tag en afdeling ud af planen (ikke mens indsatser eller finansiering nævner den)',
          params: planDepartmentParams,
          response: gone,
        },
      },
      async (request, reply) => {
        const ref = await plan(request.params.id);
        await removePlanDepartment(db, actorOf(request), {
          plan: ref,
          department: request.params.departmentId,
        });
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/plans/:id/organisations',
      read('Planens boligorganisationer (ansøger og deltagere)', planOrganisationSchema),
      async (request) =>
        all(await listPlanOrganisations(db, { planId: (await plan(request.params.id)).planId })),
    );
    app.put(
      '/plans/:id/organisations/:organisationId',
      {
        config: { access: write },
        schema: {
          tags: [TAG],
          summary: 'Tag en boligorganisation med i planen, eller ret dens rolle',
          params: planOrganisationParams,
          body: setPlanOrganisationBody,
          response: { 200: planOrganisationSchema, ...writeErrors },
        },
      },
      async (request) =>
        setPlanOrganisation(db, actorOf(request), {
          plan: await plan(request.params.id),
          organisation: request.params.organisationId,
          role: request.body.role,
        }),
    );
    app.delete(
      '/plans/:id/organisations/:organisationId',
      {
        config: { access: write },
        schema: {
          tags: [TAG],
          summary: 'Tag en boligorganisation ud af planen',
          params: planOrganisationParams,
          response: gone,
        },
      },
      async (request, reply) => {
        const ref = await plan(request.params.id);
        await removePlanOrganisation(db, actorOf(request), {
          plan: ref,
          organisation: request.params.organisationId,
        });
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/plans/:id/predecessors',
      read('De planer, planen afløser eller er lagt sammen af', predecessorSchema),
      async (request) => all(await listPredecessors(db, { planId: (await plan(request.params.id)).planId })),
    );
    app.put(
      '/plans/:id/predecessors/:predecessorId',
      {
        config: { access: write },
        schema: {
          tags: [TAG],
          summary: 'Angiv at planen afløser (eller er lagt sammen af) en tidligere plan',
          params: predecessorParams,
          body: setPredecessorBody,
          response: { 200: predecessorSchema, ...writeErrors },
        },
      },
      async (request) =>
        setPredecessor(db, actorOf(request), {
          plan: await plan(request.params.id),
          predecessor: request.params.predecessorId,
          kind: request.body.kind,
        }),
    );
    app.delete(
      '/plans/:id/predecessors/:predecessorId',
      {
        config: { access: write },
        schema: {
          tags: [TAG],
          summary: 'Fjern en tidligere plan fra planens forgængere',
          params: predecessorParams,
          response: gone,
        },
      },
      async (request, reply) => {
        const ref = await plan(request.params.id);
        await removePredecessor(db, actorOf(request), {
          plan: ref,
          predecessor: request.params.predecessorId,
        });
        return reply.status(204).send(null);
      },
    );
  };
