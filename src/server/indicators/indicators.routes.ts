import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { AppError } from '../../domain/errors/app-error';
import { actorOf } from '../auth/auth.plugin';
import { planFromParam, planOfRow } from '../auth/resources';
import { problemSchema, slugOrIdParam, uuidParam } from '../http/common.schema';
import { findPlanRef } from '../plan-rows/parents';
import { writeErrors } from '../plan-rows/plan-rows.routes';
import { createIndicator } from './create-indicator';
import { deleteIndicator } from './delete-indicator';
import { getIndicator } from './get-indicator';
import {
  indicatorBody,
  indicatorOut,
  listIndicatorsQuery,
  measurementsBody,
  updateIndicatorBody,
} from './indicators.schema';
import { listIndicators } from './list-indicators';
import { setMeasurements } from './set-measurements';
import { updateIndicator } from './update-indicator';

const TAG = 'Mål og indikatorer';
const readErrors = { 401: problemSchema, 403: problemSchema, 404: problemSchema };

/** Indicators and targets (decision 013): read with plan:read, written with plan:write. */
export const indicatorsRoutes =
  (db: Db): FastifyPluginAsyncZod =>
  async (app) => {
    const indicator = (permission: 'plan:read' | 'plan:write') => ({
      permission,
      resource: planOfRow('indicators'),
      notFound: 'INDICATOR_NOT_FOUND' as const,
    });

    app.get(
      '/plans/:id/indicators',
      {
        config: { access: { permission: 'plan:read', resource: planFromParam() } },
        schema: {
          tags: [TAG],
          summary: 'Planens mål og indikatorer med måltal pr. år',
          params: slugOrIdParam,
          querystring: listIndicatorsQuery,
          response: { 200: z.object({ items: z.array(indicatorOut) }), 400: problemSchema, ...readErrors },
        },
      },
      async (request) => {
        const plan = await findPlanRef(db, request.params.id);
        if (!plan) throw new AppError('PLAN_NOT_FOUND');
        return listIndicators(db, { planId: plan.planId, query: request.query });
      },
    );
    app.post(
      '/plans/:id/indicators',
      {
        config: { access: { permission: 'plan:write', resource: planFromParam() } },
        schema: {
          tags: [TAG],
          summary: 'Tilføj en indikator på en indsats, et indsatsområde eller hele planen',
          params: slugOrIdParam,
          body: indicatorBody,
          response: { 201: indicatorOut, ...writeErrors },
        },
      },
      async (request, reply) => {
        const plan = await findPlanRef(db, request.params.id);
        if (!plan) throw new AppError('PLAN_NOT_FOUND');
        const created = await createIndicator(db, actorOf(request), { plan, indicator: request.body });
        return reply.status(201).send(created);
      },
    );
    app.get(
      '/indicators/:id',
      {
        config: { access: indicator('plan:read') },
        schema: {
          tags: [TAG],
          summary: 'En indikator med måltal og indtastede tal',
          params: uuidParam,
          response: { 200: indicatorOut, ...readErrors },
        },
      },
      (request) => getIndicator(db, { id: request.params.id }),
    );
    app.patch(
      '/indicators/:id',
      {
        config: { access: indicator('plan:write') },
        schema: {
          tags: [TAG],
          summary: 'Ret en indikator; måltallene erstattes samlet, når de angives',
          params: uuidParam,
          body: updateIndicatorBody,
          response: { 200: indicatorOut, ...writeErrors },
        },
      },
      (request) => updateIndicator(db, actorOf(request), { id: request.params.id, changes: request.body }),
    );
    app.delete(
      '/indicators/:id',
      {
        config: { access: indicator('plan:write') },
        schema: {
          tags: [TAG],
          summary: 'Slet en indikator',
          params: uuidParam,
          response: { 204: z.null(), ...writeErrors },
        },
      },
      async (request, reply) => {
        await deleteIndicator(db, actorOf(request), { id: request.params.id });
        return reply.status(204).send(null);
      },
    );
    app.put(
      '/indicators/:id/measurements',
      {
        config: { access: indicator('plan:write') },
        schema: {
          tags: [TAG],
          summary: 'Indtast årets tal for en indikator, der måles ved undersøgelse eller statistik',
          params: uuidParam,
          body: measurementsBody,
          response: { 200: indicatorOut, ...writeErrors },
        },
      },
      (request) => setMeasurements(db, actorOf(request), { id: request.params.id, body: request.body }),
    );
  };
