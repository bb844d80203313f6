import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client';
import { problemSchema, slugOrIdParam } from '../http/common.schema';
import { departmentDetailSchema } from '../plans/plan-detail.schema';
import { getDepartmentDetail } from './get-department-detail';

export const departmentsRoutes =
  (db: Db): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/departments/:id',
      {
        config: { access: { public: true } },
        schema: {
          tags: ['Afdelinger'],
          summary: 'En afdeling med nøgletal, planer og sammenligning med kommune og land',
          params: slugOrIdParam,
          response: { 200: departmentDetailSchema, 404: problemSchema },
        },
      },
      (request) => getDepartmentDetail(db, request.params.id),
    );
  };
