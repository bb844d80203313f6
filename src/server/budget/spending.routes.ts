import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client';
import type { AccessRule } from '../auth/access';
import { actorOf } from '../auth/auth.plugin';
import { planFromParam } from '../auth/resources';
import { page, problemSchema, slugOrIdParam } from '../http/common.schema';
import { scopeViaPlan } from '../plan-rows/plan-rows';
import { writeErrors } from '../plan-rows/plan-rows.routes';
import { importResultSchema } from '../tabular/import-result';
import { exportFileResponse, exportQuery, sendTable } from '../tabular/send-table';
import { importQuery, UPLOAD_BODY_LIMIT, uploadBody } from '../tabular/uploads';
import { listAccountMappings } from './account-mappings';
import { versionParam } from './budget.schema';
import { getBudgetVsActual } from './budget-vs-actual';
import { createSpendingEntry } from './create-spending-entry';
import { deleteSpendingEntry } from './delete-spending-entry';
import { budgetExportQuery, budgetVersionSheets, spendingSheets } from './export-budget';
import { importSpending } from './import-spending';
import { listSpending } from './list-spending';
import { setAccountMappings } from './set-account-mappings';
import {
  accountMappingsBody,
  accountMappingsOut,
  budgetVsActualOut,
  budgetVsActualQuery,
  listSpendingQuery,
  spendingEntryBody,
  spendingEntryOut,
} from './spending.schema';

const TAG = 'Budget';
const idOf = (request: { params: unknown }) => String((request.params as { id: string }).id);

/**
 * Actual spending (manual and imported from accounting), the account mapping, budget against
 * actual with forecast, and the exports. Spending is internal: plan:read to see, plan:write to book.
 */
export const spendingRoutes =
  (db: Db): FastifyPluginAsyncZod =>
  async (app) => {
    const onPlan = (permission: 'plan:read' | 'plan:write'): AccessRule => ({
      permission,
      resource: planFromParam(),
    });
    const spendingScope = scopeViaPlan('spending_entries');

    app.get(
      '/plans/:id/spending',
      {
        config: { access: onPlan('plan:read') },
        schema: {
          tags: [TAG],
          summary: 'Planens faktiske forbrug (posteringer)',
          params: slugOrIdParam,
          querystring: listSpendingQuery,
          response: { 200: page(spendingEntryOut), 400: problemSchema, 404: problemSchema },
        },
      },
      (request) => listSpending(db, { plan: request.params.id, query: request.query }),
    );
    app.post(
      '/plans/:id/spending',
      {
        config: { access: onPlan('plan:write') },
        schema: {
          tags: [TAG],
          summary: 'Bogfør et forbrug manuelt',
          params: slugOrIdParam,
          body: spendingEntryBody,
          response: { 201: spendingEntryOut, ...writeErrors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await createSpendingEntry(db, actorOf(request), { plan: request.params.id, body: request.body }),
          ),
    );
    app.delete(
      '/spending-entries/:id',
      {
        config: {
          access: {
            permission: 'plan:write',
            resource: (request) => spendingScope(db, idOf(request)),
            notFound: 'SPENDING_ENTRY_NOT_FOUND',
          },
        },
        schema: {
          tags: [TAG],
          summary: 'Slet en forbrugspost',
          params: versionParam,
          response: { 204: z.null(), ...writeErrors },
        },
      },
      async (request, reply) => {
        await deleteSpendingEntry(db, actorOf(request), { id: request.params.id });
        return reply.status(204).send(null);
      },
    );
    app.get(
      '/plans/:id/account-mappings',
      {
        config: { access: onPlan('plan:read') },
        schema: {
          tags: [TAG],
          summary: 'Kontotilknytning: regnskabskonto → budgetpost',
          params: slugOrIdParam,
          response: { 200: accountMappingsOut, 404: problemSchema },
        },
      },
      (request) => listAccountMappings(db, { plan: request.params.id }),
    );
    app.put(
      '/plans/:id/account-mappings',
      {
        config: { access: onPlan('plan:write') },
        schema: {
          tags: [TAG],
          summary: 'Gem planens kontotilknytning (erstatter den hele)',
          params: slugOrIdParam,
          body: accountMappingsBody,
          response: { 200: accountMappingsOut, ...writeErrors },
        },
      },
      (request) => setAccountMappings(db, actorOf(request), { plan: request.params.id, body: request.body }),
    );
    app.post(
      '/plans/:id/imports/spending',
      {
        bodyLimit: UPLOAD_BODY_LIMIT,
        config: { access: onPlan('plan:write') },
        schema: {
          tags: [TAG],
          summary: 'Importér forbrug fra en regnskabsfil (CSV/XLSX): forhåndsvisning, eller alt eller intet',
          params: slugOrIdParam,
          querystring: importQuery,
          body: uploadBody,
          response: { 200: importResultSchema, 422: problemSchema, ...writeErrors },
        },
      },
      (request) => importSpending(db, actorOf(request), { plan: request.params.id, request }),
    );
    app.get(
      '/plans/:id/budget-vs-actual',
      {
        config: { access: onPlan('plan:read') },
        schema: {
          tags: [TAG],
          summary: 'Budget mod forbrug pr. år og post, med prognose ud fra forbrugstakten',
          params: slugOrIdParam,
          querystring: budgetVsActualQuery,
          response: { 200: budgetVsActualOut, 400: problemSchema, 404: problemSchema },
        },
      },
      (request) => getBudgetVsActual(db, { plan: request.params.id, ...request.query }),
    );
    app.get(
      '/plans/:id/spending/export',
      {
        config: { access: onPlan('plan:read') },
        schema: {
          tags: [TAG],
          summary: 'Forbrug og budget mod forbrug som XLSX eller CSV',
          params: slugOrIdParam,
          querystring: exportQuery,
          response: { 200: exportFileResponse, 400: problemSchema, 404: problemSchema },
        },
      },
      async (request, reply) =>
        sendTable(reply, {
          format: request.query.format,
          fileName: 'Forbrug',
          sheets: await spendingSheets(db, request.params.id),
        }),
    );
    app.get(
      '/budget-versions/:id/export',
      {
        config: { access: { public: true } },
        schema: {
          tags: [TAG],
          summary: 'En budgetversions tabeller som XLSX (alle) eller CSV (én)',
          params: versionParam,
          querystring: budgetExportQuery,
          response: { 200: exportFileResponse, 400: problemSchema, 404: problemSchema },
        },
      },
      async (request, reply) => {
        const { fileName, sheets } = await budgetVersionSheets(db, request.params.id);
        const { format, table } = request.query;
        const chosen = table ? [sheets[table]] : format === 'csv' ? [sheets.lines] : Object.values(sheets);
        return sendTable(reply, {
          format,
          fileName: table ? `${fileName} – ${sheets[table].name}` : fileName,
          sheets: chosen,
        });
      },
    );
  };
