import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client';
import { actorOf } from '../auth/auth.plugin';
import { page, problemSchema, slugOrIdParam } from '../http/common.schema';
import { writeErrors } from '../plan-rows/plan-rows.routes';
import { createOrganisation } from './create-organisation';
import { getOrganisation } from './get-organisation';
import { listOrganisations } from './list-organisations';
import {
  listOrganisationsQuery,
  organisationBody,
  organisationSchema,
  updateOrganisationBody,
} from './organisations.schema';
import { updateOrganisation } from './update-organisation';

const TAG = 'Boligorganisationer';

/** Housing organisations are shared across municipalities: maintained by an administrator. */
export const organisationsRoutes =
  (db: Db): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/organisations',
      {
        config: { access: { public: true } },
        schema: {
          tags: [TAG],
          summary: 'Boligorganisationer',
          querystring: listOrganisationsQuery,
          response: { 200: page(organisationSchema), 400: problemSchema },
        },
      },
      (request) => listOrganisations(db, request.query),
    );
    app.get(
      '/organisations/:id',
      {
        config: { access: { public: true } },
        schema: {
          tags: [TAG],
          summary: 'En boligorganisation (id eller kortnavn)',
          params: slugOrIdParam,
          response: { 200: organisationSchema, 404: problemSchema },
        },
      },
      (request) => getOrganisation(db, { key: request.params.id }),
    );
    app.post(
      '/organisations',
      {
        config: { access: { permission: 'system:admin' } },
        schema: {
          tags: [TAG],
          summary: 'Opret en boligorganisation (administrator)',
          body: organisationBody,
          response: { 201: organisationSchema, ...writeErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createOrganisation(db, actorOf(request), request.body)),
    );
    app.patch(
      '/organisations/:id',
      {
        config: { access: { permission: 'system:admin' } },
        schema: {
          tags: [TAG],
          summary: 'Ret en boligorganisation (administrator)',
          params: slugOrIdParam,
          body: updateOrganisationBody,
          response: { 200: organisationSchema, ...writeErrors },
        },
      },
      (request) =>
        updateOrganisation(db, actorOf(request), { key: request.params.id, changes: request.body }),
    );
  };
