import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client';
import type { AccessRule } from '../auth/access';
import { actorOf } from '../auth/auth.plugin';
import { planOfRow } from '../auth/resources';
import { page, problemSchema, uuidParam } from '../http/common.schema';
import { writeErrors } from '../plan-rows/plan-rows.routes';
import { createEnrolment } from './create-enrolment';
import { deleteEnrolment } from './delete-enrolment';
import { enrolmentBody, enrolmentOut, listEnrolmentsQuery, updateEnrolmentBody } from './enrolments.schema';
import { listEnrolments } from './list-enrolments';
import { updateEnrolment } from './update-enrolment';

const TAG = 'Forløb';

/** Participants' forløb in an activity: start, end and outcome (personal data). */
export const enrolmentsRoutes =
  (db: Db): FastifyPluginAsyncZod =>
  async (app) => {
    const onActivity = (permission: 'personalData:read' | 'personalData:write'): AccessRule => ({
      permission,
      resource: planOfRow('activities'),
      notFound: 'ACTIVITY_NOT_FOUND',
    });
    const onEnrolment: AccessRule = {
      permission: 'personalData:write',
      resource: planOfRow('enrolments'),
      notFound: 'ENROLMENT_NOT_FOUND',
    };

    app.get(
      '/activities/:id/enrolments',
      {
        config: { access: onActivity('personalData:read') },
        schema: {
          tags: [TAG],
          summary: 'Indsatsens forløb med deltagerkode, start, slut og resultat',
          params: uuidParam,
          querystring: listEnrolmentsQuery,
          response: {
            200: page(enrolmentOut),
            400: problemSchema,
            401: problemSchema,
            403: problemSchema,
            404: problemSchema,
          },
        },
      },
      (request) => listEnrolments(db, { activityId: request.params.id, ...request.query }),
    );
    app.post(
      '/activities/:id/enrolments',
      {
        config: { access: onActivity('personalData:write') },
        schema: {
          tags: [TAG],
          summary: 'Indskriv en deltager i et forløb',
          params: uuidParam,
          body: enrolmentBody,
          response: { 201: enrolmentOut, ...writeErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await createEnrolment(db, actorOf(request), {
            activityId: request.params.id,
            body: request.body,
          }),
        ),
    );
    app.patch(
      '/enrolments/:id',
      {
        config: { access: onEnrolment },
        schema: {
          tags: [TAG],
          summary: 'Ret et forløb, fx afslut det med et resultat',
          params: uuidParam,
          body: updateEnrolmentBody,
          response: { 200: enrolmentOut, ...writeErrors },
        },
      },
      (request) => updateEnrolment(db, actorOf(request), { id: request.params.id, body: request.body }),
    );
    app.delete(
      '/enrolments/:id',
      {
        config: { access: onEnrolment },
        schema: {
          tags: [TAG],
          summary: 'Slet et forløb',
          params: uuidParam,
          response: { 204: z.null(), ...writeErrors },
        },
      },
      async (request, reply) => {
        await deleteEnrolment(db, actorOf(request), { id: request.params.id });
        return reply.status(204).send(null);
      },
    );
  };
