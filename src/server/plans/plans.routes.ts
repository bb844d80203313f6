import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client';
import { actorOf } from '../auth/auth.plugin';
import { municipalityFromBody, planFromParam } from '../auth/resources';
import { page, problemSchema, slugOrIdParam } from '../http/common.schema';
import { createPlan } from './create-plan';
import { findPlanId, getPlanDetail } from './get-plan-detail';
import { listPlans } from './list-plans';
import { planDetailSchema } from './plan-detail.schema';
import { createPlanBody, updatePlanBody } from './plan-write.schema';
import { listPlansQuery, planSummarySchema } from './plans.schema';
import { updatePlan } from './update-plan';

export const plansRoutes =
  (db: Db): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/plans',
      {
        config: { access: { public: true } },
        schema: {
          tags: ['Planer'],
          summary: 'Helhedsplaner, filtreret på kommune, status og navn',
          querystring: listPlansQuery,
          response: { 200: page(planSummarySchema), 400: problemSchema },
        },
      },
      (request) => listPlans(db, request.query),
    );
    app.get(
      '/plans/:id',
      {
        config: { access: { public: true } },
        schema: {
          tags: ['Planer'],
          summary: 'En helhedsplan med områder, indsatser, økonomi, organisering, netværk og kontakter',
          params: slugOrIdParam,
          response: { 200: planDetailSchema, 404: problemSchema },
        },
      },
      (request) => getPlanDetail(db, request.params.id),
    );
    const errors = {
      400: problemSchema,
      401: problemSchema,
      403: problemSchema,
      404: problemSchema,
      409: problemSchema,
    };
    app.post(
      '/plans',
      {
        config: {
          access: {
            permission: 'municipality:write',
            resource: municipalityFromBody,
          },
        },
        schema: {
          tags: ['Planer'],
          summary: 'Opret en helhedsplan (som idé)',
          body: createPlanBody,
          response: { 201: planDetailSchema, ...errors },
        },
      },
      async (request, reply) => {
        const id = await createPlan(db, actorOf(request), request.body);
        return reply.status(201).send(await getPlanDetail(db, id));
      },
    );
    app.patch(
      '/plans/:id',
      {
        config: { access: { permission: 'plan:write', resource: planFromParam() } },
        schema: {
          tags: ['Planer'],
          summary: 'Ret en helhedsplan; statusskift kræver projektleder',
          params: slugOrIdParam,
          body: updatePlanBody,
          response: { 200: planDetailSchema, ...errors },
        },
      },
      async (request) => {
        const planId = await findPlanId(db, request.params.id);
        await updatePlan(db, actorOf(request), request.principal, planId, request.body);
        return getPlanDetail(db, planId);
      },
    );
  };
