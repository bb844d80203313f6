import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client';
import type { AccessRule } from '../auth/access';
import { actorOf } from '../auth/auth.plugin';
import { planFromParam, planIdOf, planOfRow } from '../auth/resources';
import { page, problemSchema, slugOrIdParam, uuidParam } from '../http/common.schema';
import { writeErrors } from '../plan-rows/plan-rows.routes';
import { volunteersSheet } from '../registrations/export-registrations';
import { exportFileResponse, exportQuery, sendTable } from '../tabular/send-table';
import { createVolunteer } from './create-volunteer';
import { deleteVolunteer } from './delete-volunteer';
import { listVolunteers } from './list-volunteers';
import { updateVolunteer } from './update-volunteer';
import { listVolunteersQuery, updateVolunteerBody, volunteerBody, volunteerOut } from './volunteers.schema';

const TAG = 'Frivillige';
const readErrors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };

/** A plan's volunteers (personal data: a name only with consent) and the hours they gave. */
export const volunteersRoutes =
  (db: Db): FastifyPluginAsyncZod =>
  async (app) => {
    const onPlan = (permission: 'personalData:read' | 'personalData:write'): AccessRule => ({
      permission,
      resource: planFromParam(),
    });
    const onVolunteer: AccessRule = {
      permission: 'personalData:write',
      resource: planOfRow('volunteers'),
      notFound: 'VOLUNTEER_NOT_FOUND',
    };

    app.get(
      '/plans/:id/volunteers',
      {
        config: { access: onPlan('personalData:read') },
        schema: {
          tags: [TAG],
          summary: 'Planens frivillige med timer og antal gange',
          params: slugOrIdParam,
          querystring: listVolunteersQuery,
          response: { 200: page(volunteerOut), ...readErrors },
        },
      },
      async (request) =>
        listVolunteers(db, { planId: await planIdOf(db, request.params.id), ...request.query }),
    );
    app.post(
      '/plans/:id/volunteers',
      {
        config: { access: onPlan('personalData:write') },
        schema: {
          tags: [TAG],
          summary: 'Opret en frivillig (koden dannes automatisk; navn kun med samtykke)',
          params: slugOrIdParam,
          body: volunteerBody,
          response: { 201: volunteerOut, ...writeErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await createVolunteer(db, actorOf(request), {
            planId: await planIdOf(db, request.params.id),
            body: request.body,
          }),
        ),
    );
    app.patch(
      '/volunteers/:id',
      {
        config: { access: onVolunteer },
        schema: {
          tags: [TAG],
          summary: 'Ret en frivillig; navn: null trækker samtykket tilbage og sletter navnet',
          params: uuidParam,
          body: updateVolunteerBody,
          response: { 200: volunteerOut, ...writeErrors },
        },
      },
      (request) => updateVolunteer(db, actorOf(request), { id: request.params.id, body: request.body }),
    );
    app.delete(
      '/volunteers/:id',
      {
        config: { access: onVolunteer },
        schema: {
          tags: [TAG],
          summary: 'Slet en frivillig uden registrerede timer',
          params: uuidParam,
          response: { 204: z.null(), ...writeErrors },
        },
      },
      async (request, reply) => {
        await deleteVolunteer(db, actorOf(request), { id: request.params.id });
        return reply.status(204).send(null);
      },
    );
    app.get(
      '/plans/:id/volunteers/export',
      {
        config: { access: onPlan('personalData:read') },
        schema: {
          tags: [TAG],
          summary: 'Eksportér planens frivillige med timer (XLSX/CSV)',
          params: slugOrIdParam,
          querystring: exportQuery,
          response: { 200: exportFileResponse, ...readErrors },
        },
      },
      async (request, reply) =>
        sendTable(reply, {
          format: request.query.format,
          fileName: 'frivillige',
          sheets: [await volunteersSheet(db, await planIdOf(db, request.params.id))],
        }),
    );
  };
