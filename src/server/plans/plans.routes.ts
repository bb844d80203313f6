import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client';
import { AppError } from '../../domain/errors/app-error';
import { actorOf } from '../auth/auth.plugin';
import { municipalityFromBody, planFromParam } from '../auth/resources';
import { page, problemSchema, slugOrIdParam } from '../http/common.schema';
import { closePlan } from './close-plan';
import { createPlan } from './create-plan';
import { findPlanId, getPlanDetail } from './get-plan-detail';
import { listPlans } from './list-plans';
import { planDetailSchema } from './plan-detail.schema';
import { createPlanBody, updatePlanBody } from './plan-write.schema';
import { loadPlanWriteInfo } from './plan-write-guard';
import { planWriteStateOut, reopenPlanBody } from './plan-write-state.schema';
import { toPlanWriteStateOut } from './plan-write-state-output';
import { listPlansQuery, planSummarySchema } from './plans.schema';
import { reopenPlan } from './reopen-plan';
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
    // Read-only plans (decision 016): whether a plan can be changed, and the administrator's
    // explicit, audited reopening for corrections — and closing it again. Admin only, so no plan
    // resolver: everybody else gets 403 whether or not the plan exists (plans are public anyway).
    app.get(
      '/plans/:id/write-state',
      {
        config: { access: { public: true } },
        schema: {
          tags: ['Planer'],
          summary: 'Om planen kan ændres, eller er afsluttet/afløst og kun kan læses',
          params: slugOrIdParam,
          response: { 200: planWriteStateOut, 404: problemSchema },
        },
      },
      async (request) => {
        const info = await loadPlanWriteInfo(db, await findPlanId(db, request.params.id));
        if (!info) throw new AppError('PLAN_NOT_FOUND');
        return toPlanWriteStateOut(info);
      },
    );
    app.post(
      '/plans/:id/reopen',
      {
        config: { access: { permission: 'system:admin', onReadOnlyPlan: 'reopening' } },
        schema: {
          tags: ['Planer'],
          summary:
            'Genåbn en afsluttet eller afløst plan for rettelser (kun administrator; begrundelse kræves)',
          params: slugOrIdParam,
          body: reopenPlanBody,
          response: { 200: planWriteStateOut, ...errors },
        },
      },
      async (request) =>
        reopenPlan(db, actorOf(request), {
          planId: await findPlanId(db, request.params.id),
          reason: request.body.reason,
        }),
    );
    app.post(
      '/plans/:id/close',
      {
        config: { access: { permission: 'system:admin', onReadOnlyPlan: 'reopening' } },
        schema: {
          tags: ['Planer'],
          summary: 'Luk en genåbnet plan igen, så den kun kan læses (kun administrator)',
          params: slugOrIdParam,
          response: { 200: planWriteStateOut, ...errors },
        },
      },
      async (request) => closePlan(db, actorOf(request), { planId: await findPlanId(db, request.params.id) }),
    );
  };
