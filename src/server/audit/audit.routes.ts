import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { planFromParam, planScope } from '../auth/resources';
import { page, problemSchema } from '../http/common.schema';
import { auditEventSchema, auditQuery } from './audit.schema';
import { listPlanAudit } from './list-plan-audit';

/** Read-only by design: the trail has no write routes, and the database refuses changes to it. */
export const auditRoutes =
  (db: Db): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/plans/:id/audit',
      {
        config: { access: { permission: 'audit:read', resource: planFromParam() } },
        schema: {
          tags: ['Revisionsspor'],
          summary: 'Planens revisionsspor: hvem ændrede hvad og hvornår',
          params: z.object({ id: z.string().min(1).max(120) }),
          querystring: auditQuery,
          response: {
            200: page(auditEventSchema),
            401: problemSchema,
            403: problemSchema,
            404: problemSchema,
          },
        },
      },
      async (request) => {
        const scope = await planScope(db, request.params.id);
        return listPlanAudit(db, scope?.planId ?? '', request.query);
      },
    );
  };
