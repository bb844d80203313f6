import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client';
import type { AccessRule, ResourceResolver } from '../auth/access';
import { actorOf } from '../auth/auth.plugin';
import { page, problemSchema, slugOrIdParam } from '../http/common.schema';
import { writeErrors } from '../plan-rows/plan-rows.routes';
import { findDepartmentByKey } from '../plans/find-by-key';
import { departmentDetailSchema } from '../plans/plan-detail.schema';
import { createDepartment } from './create-department';
import {
  createDepartmentBody,
  departmentSummarySchema,
  listDepartmentsQuery,
  updateDepartmentBody,
} from './departments.schema';
import { getDepartmentDetail } from './get-department-detail';
import { listDepartments } from './list-departments';
import { updateDepartment } from './update-department';

const TAG = 'Afdelinger';

/** A new afdeling's municipality, named in the body; an unknown one is in nobody's scope. */
const municipalityInBody: ResourceResolver = async (request) => {
  const id = (request.body as { municipalityId?: unknown } | undefined)?.municipalityId;
  return { municipalityId: typeof id === 'string' && id ? id : undefined };
};

/**
 * Afdelinger are the municipality's master data: read by anyone, maintained by the
 * municipality's coordinator (municipality:write) or an administrator. Figures: statistics/.
 */
export const departmentsRoutes =
  (db: Db): FastifyPluginAsyncZod =>
  async (app) => {
    const ownDepartment: AccessRule = {
      permission: 'municipality:write',
      resource: async (request) => {
        const d = await findDepartmentByKey(db, String((request.params as { id: string }).id));
        return d ? { municipalityId: d.municipalityId } : null;
      },
      notFound: 'DEPARTMENT_NOT_FOUND',
    };

    app.get(
      '/departments',
      {
        config: { access: { public: true } },
        schema: {
          tags: [TAG],
          summary: 'Afdelinger, filtreret på kommune, plan, boligorganisation eller navn',
          querystring: listDepartmentsQuery,
          response: { 200: page(departmentSummarySchema), 400: problemSchema, 404: problemSchema },
        },
      },
      (request) => listDepartments(db, request.query),
    );
    app.get(
      '/departments/:id',
      {
        config: { access: { public: true } },
        schema: {
          tags: [TAG],
          summary: 'En afdeling med nøgletal, planer og sammenligning med kommune og land',
          params: slugOrIdParam,
          response: { 200: departmentDetailSchema, 404: problemSchema },
        },
      },
      (request) => getDepartmentDetail(db, request.params.id),
    );
    app.post(
      '/departments',
      {
        config: { access: { permission: 'municipality:write', resource: municipalityInBody } },
        schema: {
          tags: [TAG],
          summary: 'Opret en afdeling i kommunen',
          body: createDepartmentBody,
          response: { 201: departmentSummarySchema, ...writeErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createDepartment(db, actorOf(request), request.body)),
    );
    app.patch(
      '/departments/:id',
      {
        config: { access: ownDepartment },
        schema: {
          tags: [TAG],
          summary: 'Ret en afdeling',
          params: slugOrIdParam,
          body: updateDepartmentBody,
          response: { 200: departmentSummarySchema, ...writeErrors },
        },
      },
      (request) => updateDepartment(db, actorOf(request), { key: request.params.id, changes: request.body }),
    );
  };
