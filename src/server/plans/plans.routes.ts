import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client';
import { page, problemSchema, slugOrIdParam } from '../http/common.schema';
import { getPlanDetail } from './get-plan-detail';
import { listPlans } from './list-plans';
import { planDetailSchema } from './plan-detail.schema';
import { listPlansQuery, planSummarySchema } from './plans.schema';

export const plansRoutes =
  (db: Db): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/plans',
      {
        config: { access: { public: true } },
        schema: {
          tags: ['Planer'],
          summary: 'List helhedsplaner',
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
  };
