import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client';
import { problemSchema, slugOrIdParam, uuidParam } from '../http/common.schema';
import { exportFileResponse, exportQuery, sendTable } from '../tabular/send-table';
import { getDashboard } from './dashboard';
import { progressSheets } from './export-progress';
import { getIndicatorProgress } from './indicator-progress';
import { getPlanProgress } from './plan-progress';
import { planFacts, privacyFor } from './privacy';
import { dashboardOut, dashboardQuery, indicatorProgressDetailOut, planProgressOut } from './progress.schema';

const TAG = 'Fremdrift';
const errors = { 400: problemSchema, 404: problemSchema, 409: problemSchema };

/**
 * Progress, dashboard and export (decision 013): open to anyone, exact for whoever may read the
 * plan (plan:read), with small numbers suppressed for everyone else.
 */
export const progressRoutes =
  (db: Db): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/plans/:id/progress',
      {
        config: { access: { public: true } },
        schema: {
          tags: [TAG],
          summary: 'Alle planens indikatorer pr. år og akkumuleret mod måltallene',
          params: slugOrIdParam,
          response: { 200: planProgressOut, ...errors },
        },
      },
      async (request) => {
        const plan = await planFacts(db, request.params.id);
        return getPlanProgress(db, { plan, privacy: privacyFor(request, plan) });
      },
    );
    app.get(
      '/indicators/:id/progress',
      {
        config: { access: { public: true } },
        schema: {
          tags: [TAG],
          summary: 'En indikators fremdrift med fordeling på alder, køn og afdeling',
          params: uuidParam,
          response: { 200: indicatorProgressDetailOut, ...errors },
        },
      },
      (request) =>
        getIndicatorProgress(db, { id: request.params.id, privacyOf: (plan) => privacyFor(request, plan) }),
    );
    app.get(
      '/plans/:id/dashboard',
      {
        config: { access: { public: true } },
        schema: {
          tags: [TAG],
          summary: 'Fremmøder, deltagere, aktivitetsgange og frivillige timer pr. måned; rækkevidde',
          params: slugOrIdParam,
          querystring: dashboardQuery,
          response: { 200: dashboardOut, 403: problemSchema, ...errors },
        },
      },
      async (request) => {
        const plan = await planFacts(db, request.params.id);
        return getDashboard(db, { plan, privacy: privacyFor(request, plan), filters: request.query });
      },
    );
    app.get(
      '/plans/:id/progress/export',
      {
        config: { access: { public: true } },
        schema: {
          tags: [TAG],
          summary: 'Eksportér fremdriften: én række pr. indikator og år (XLSX eller CSV)',
          params: slugOrIdParam,
          querystring: exportQuery,
          response: { 200: exportFileResponse, ...errors },
        },
      },
      async (request, reply) => {
        const plan = await planFacts(db, request.params.id);
        const progress = await getPlanProgress(db, { plan, privacy: privacyFor(request, plan) });
        return sendTable(reply, {
          format: request.query.format,
          fileName: 'Fremdrift',
          sheets: progressSheets(progress),
        });
      },
    );
  };
