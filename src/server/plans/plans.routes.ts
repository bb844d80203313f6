import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client';
import { page, problemSchema } from '../http/common.schema';
import { listPlans } from './list-plans';
import { listPlansQuery, planSummarySchema } from './plans.schema';

export const plansRoutes =
  (db: Db): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/plans',
      {
        schema: {
          tags: ['Planer'],
          summary: 'List helhedsplaner',
          querystring: listPlansQuery,
          response: { 200: page(planSummarySchema), 400: problemSchema },
        },
      },
      (request) => listPlans(db, request.query),
    );
  };
