import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { AppError } from '../../domain/errors/app-error';
import type { AccessRule } from '../auth/access';
import { actorOf } from '../auth/auth.plugin';
import { page, problemSchema, slugOrIdParam, uuidParam } from '../http/common.schema';
import { writeErrors } from '../plan-rows/plan-rows.routes';
import { createCoFinancingModel } from './create-co-financing-model';
import { createMunicipality } from './create-municipality';
import { deleteCoFinancingModel } from './delete-co-financing-model';
import { findCoFinancingModel } from './find-co-financing-model';
import { findMunicipality } from './find-municipality';
import { getMunicipality } from './get-municipality';
import { listMunicipalities } from './list-municipalities';
import {
  coFinancingModelBody,
  coFinancingModelSchema,
  listMunicipalitiesQuery,
  municipalityBody,
  municipalitySchema,
  updateCoFinancingModelBody,
  updateMunicipalityBody,
} from './municipalities.schema';
import { updateCoFinancingModel } from './update-co-financing-model';
import { updateMunicipality } from './update-municipality';

const TAG = 'Kommuner';
const idOf = (request: { params: unknown }) => String((request.params as { id: string }).id);

/**
 * Municipalities and their co-financing models: read by anyone; created by an administrator,
 * edited by the municipality's coordinator (municipality:write) or an administrator.
 */
export const municipalitiesRoutes =
  (db: Db): FastifyPluginAsyncZod =>
  async (app) => {
    const ownMunicipality: AccessRule = {
      permission: 'municipality:write',
      resource: async (request) => {
        const m = await findMunicipality(db, idOf(request));
        return m ? { municipalityId: m.id } : null;
      },
      notFound: 'MUNICIPALITY_NOT_FOUND',
    };
    const modelsMunicipality: AccessRule = {
      permission: 'municipality:write',
      resource: async (request) => {
        const model = await findCoFinancingModel(db, idOf(request));
        return model ? { municipalityId: model.municipalityId } : null;
      },
      notFound: 'CO_FINANCING_MODEL_NOT_FOUND',
    };

    app.get(
      '/municipalities',
      {
        config: { access: { public: true } },
        schema: {
          tags: [TAG],
          summary: 'Kommuner med deres medfinansieringsmodeller',
          querystring: listMunicipalitiesQuery,
          response: { 200: page(municipalitySchema), 400: problemSchema },
        },
      },
      (request) => listMunicipalities(db, request.query),
    );
    app.get(
      '/municipalities/:id',
      {
        config: { access: { public: true } },
        schema: {
          tags: [TAG],
          summary: 'En kommune (id eller kortnavn)',
          params: slugOrIdParam,
          response: { 200: municipalitySchema, 404: problemSchema },
        },
      },
      (request) => getMunicipality(db, { key: request.params.id }),
    );
    app.post(
      '/municipalities',
      {
        config: { access: { permission: 'system:admin' } },
        schema: {
          tags: [TAG],
          summary: 'Opret en kommune (administrator)',
          body: municipalityBody,
          response: { 201: municipalitySchema, ...writeErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createMunicipality(db, actorOf(request), request.body)),
    );
    app.patch(
      '/municipalities/:id',
      {
        config: { access: ownMunicipality },
        schema: {
          tags: [TAG],
          summary: 'Ret en kommunes oplysninger',
          params: slugOrIdParam,
          body: updateMunicipalityBody,
          response: { 200: municipalitySchema, ...writeErrors },
        },
      },
      (request) =>
        updateMunicipality(db, actorOf(request), { key: request.params.id, changes: request.body }),
    );

    app.get(
      '/municipalities/:id/co-financing-models',
      {
        config: { access: { public: true } },
        schema: {
          tags: [TAG],
          summary: 'Kommunens medfinansieringsmodeller',
          params: slugOrIdParam,
          response: { 200: page(coFinancingModelSchema), 404: problemSchema },
        },
      },
      async (request) => {
        const { coFinancingModels: items } = await getMunicipality(db, { key: request.params.id });
        return { items, total: items.length, limit: items.length, offset: 0 };
      },
    );
    app.post(
      '/municipalities/:id/co-financing-models',
      {
        config: { access: ownMunicipality },
        schema: {
          tags: [TAG],
          summary: 'Tilføj en medfinansieringsmodel (andele i basispoint)',
          params: slugOrIdParam,
          body: coFinancingModelBody,
          response: { 201: coFinancingModelSchema, ...writeErrors },
        },
      },
      async (request, reply) => {
        const m = await findMunicipality(db, request.params.id);
        if (!m) throw new AppError('MUNICIPALITY_NOT_FOUND');
        const model = await createCoFinancingModel(db, actorOf(request), {
          municipalityId: m.id,
          model: request.body,
        });
        return reply.status(201).send(model);
      },
    );
    app.patch(
      '/co-financing-models/:id',
      {
        config: { access: modelsMunicipality },
        schema: {
          tags: [TAG],
          summary: 'Ret en medfinansieringsmodel',
          params: uuidParam,
          body: updateCoFinancingModelBody,
          response: { 200: coFinancingModelSchema, ...writeErrors },
        },
      },
      (request) =>
        updateCoFinancingModel(db, actorOf(request), { id: request.params.id, changes: request.body }),
    );
    app.delete(
      '/co-financing-models/:id',
      {
        config: { access: modelsMunicipality },
        schema: {
          tags: [TAG],
          summary: 'Slet en medfinansieringsmodel',
          params: uuidParam,
          response: { 204: z.null(), ...writeErrors },
        },
      },
      async (request, reply) => {
        await deleteCoFinancingModel(db, actorOf(request), { id: request.params.id });
        return reply.status(204).send(null);
      },
    );
  };
