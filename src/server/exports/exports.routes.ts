import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { planFromParam, planScope } from '../auth/resources';
import { problemSchema } from '../http/common.schema';
import { EXPORT_TABLE_NAMES, exportPlanJson, exportTable, toCsv } from './export-plan';

export const exportsRoutes =
  (db: Db): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/plans/:id/export',
      {
        // The export holds the plan's participants, so it needs the personal-data permission.
        config: { access: { permission: 'personalData:read', resource: planFromParam() } },
        schema: {
          tags: ['Dataudtræk'],
          summary: 'Udtræk af alle planens data som JSON, eller én tabel som CSV',
          params: z.object({ id: z.string().min(1).max(120) }),
          querystring: z.object({
            format: z.enum(['json', 'csv']).default('json'),
            table: z.enum(EXPORT_TABLE_NAMES as [string, ...string[]]).optional(),
          }),
          // The body is a file (JSON or CSV) sent as the text it is; Fastify never re-serialises a string.
          response: {
            200: z.string().describe('Filen: JSON eller CSV'),
            400: problemSchema,
            401: problemSchema,
            403: problemSchema,
            404: problemSchema,
          },
        },
      },
      async (request, reply) => {
        const scope = await planScope(db, request.params.id);
        const planId = scope?.planId ?? '';
        const { format, table } = request.query;
        const stamp = new Date().toISOString().slice(0, 10);
        if (format === 'csv') {
          const name = (table ?? 'participants') as (typeof EXPORT_TABLE_NAMES)[number];
          const csv = toCsv(await exportTable(db, planId, name));
          return reply
            .type('text/csv; charset=utf-8')
            .header('content-disposition', `attachment; filename="${request.params.id}-${name}-${stamp}.csv"`)
            .send(csv);
        }
        return reply
          .type('application/json; charset=utf-8')
          .header('content-disposition', `attachment; filename="${request.params.id}-${stamp}.json"`)
          .send(JSON.stringify(await exportPlanJson(db, planId)));
      },
    );
  };
