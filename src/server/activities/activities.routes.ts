import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { AppError } from '../../domain/errors/app-error';
import { actorOf } from '../auth/auth.plugin';
import { page, problemSchema, slugOrIdParam, uuidParam } from '../http/common.schema';
import { findPlanRef } from '../plan-rows/parents';
import { scopeViaPlan } from '../plan-rows/plan-rows';
import { writeErrors } from '../plan-rows/plan-rows.routes';
import {
  activityBody,
  activityOut,
  listActivitiesQuery,
  listPlanActivitiesQuery,
  updateActivityBody,
} from './activities.schema';
import { createActivity } from './create-activity';
import { deleteActivity } from './delete-activity';
import { getActivity } from './get-activity';
import { listActivities } from './list-activities';
import { updateActivity } from './update-activity';

const TAG = 'Indsatser';
const idOf = (request: { params: unknown }) => String((request.params as { id: string }).id);

/** Indsatser og aktiviteter: read by anyone, written by the plan's staff (plan:write). */
export const activitiesRoutes =
  (db: Db): FastifyPluginAsyncZod =>
  async (app) => {
    const activityScope = scopeViaPlan('activities');
    const rowAccess = {
      permission: 'plan:write' as const,
      resource: (request: { params: unknown }) => activityScope(db, idOf(request)),
      notFound: 'ACTIVITY_NOT_FOUND' as const,
    };

    app.get(
      '/activities',
      {
        config: { access: { public: true } },
        schema: {
          tags: [TAG],
          summary: 'Indsatser på tværs af planer, filtreret på plan, indsatsområde, status og navn',
          querystring: listActivitiesQuery,
          response: { 200: page(activityOut), 400: problemSchema, 404: problemSchema },
        },
      },
      (request) => listActivities(db, request.query),
    );
    app.get(
      '/plans/:id/activities',
      {
        config: { access: { public: true } },
        schema: {
          tags: [TAG],
          summary: 'Planens indsatser, filtreret på indsatsområde, status og navn',
          params: slugOrIdParam,
          querystring: listPlanActivitiesQuery,
          response: { 200: page(activityOut), 400: problemSchema, 404: problemSchema },
        },
      },
      (request) => listActivities(db, { ...request.query, plan: request.params.id }),
    );
    app.post(
      '/plans/:id/activities',
      {
        config: {
          access: {
            permission: 'plan:write',
            resource: (request) => findPlanRef(db, idOf(request)),
            notFound: 'PLAN_NOT_FOUND',
          },
        },
        schema: {
          tags: [TAG],
          summary: 'Tilføj en indsats i et af bevillingsperiodens indsatsområder',
          params: slugOrIdParam,
          body: activityBody,
          response: { 201: activityOut, ...writeErrors },
        },
      },
      async (request, reply) => {
        const plan = await findPlanRef(db, request.params.id);
        if (!plan) throw new AppError('PLAN_NOT_FOUND');
        const created = await createActivity(db, actorOf(request), { plan, activity: request.body });
        return reply.status(201).send(created);
      },
    );
    app.get(
      '/activities/:id',
      {
        config: { access: { public: true } },
        schema: {
          tags: [TAG],
          summary: 'En indsats',
          params: uuidParam,
          response: { 200: activityOut, 404: problemSchema },
        },
      },
      (request) => getActivity(db, { id: request.params.id }),
    );
    app.patch(
      '/activities/:id',
      {
        config: { access: rowAccess },
        schema: {
          tags: [TAG],
          summary: 'Ret en indsats; lister af afdelinger og partnere erstattes, når de angives',
          params: uuidParam,
          body: updateActivityBody,
          response: { 200: activityOut, ...writeErrors },
        },
      },
      (request) => updateActivity(db, actorOf(request), { id: request.params.id, changes: request.body }),
    );
    app.delete(
      '/activities/:id',
      {
        config: { access: rowAccess },
        schema: {
          tags: [TAG],
          summary: 'Slet en indsats',
          params: uuidParam,
          response: { 204: z.null(), ...writeErrors },
        },
      },
      async (request, reply) => {
        await deleteActivity(db, actorOf(request), { id: request.params.id });
        return reply.status(204).send(null);
      },
    );
  };
