import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { AppError } from '../../domain/errors/app-error';
import type { AccessRule, ResourceResolver } from '../auth/access';
import { actorOf } from '../auth/auth.plugin';
import { page, problemSchema, slugOrIdParam, uuidParam } from '../http/common.schema';
import { fastResponse } from '../http/fast-serializer';
import { findMunicipality } from '../municipalities/find-municipality';
import { writeErrors } from '../plan-rows/plan-rows.routes';
import { importResultSchema, PREVIEW_ROWS } from '../tabular/import-result';
import { exportFileResponse, exportQuery, sendTable } from '../tabular/send-table';
import { importQuery, mappingOf, UPLOAD_BODY_LIMIT, uploadBody, uploadedSource } from '../tabular/uploads';
import { addListing } from './add-listing';
import { toAreaDetail } from './area-output';
import {
  areaDetailSchema,
  areaSummarySchema,
  createAreaBody,
  listAreasQuery,
  listingBody,
  listingSchema,
  updateAreaBody,
} from './areas.schema';
import {
  areaVerdictSchema,
  listVerdictsQuery,
  listYearQuery,
  seriesSchema,
  verdictListSchema,
  watchListQuery,
  watchListSchema,
} from './classification.schema';
import { createArea } from './create-area';
import { deleteArea } from './delete-area';
import { deleteListing, listingAccess } from './delete-listing';
import { exportVerdicts } from './export-verdicts';
import { findArea } from './find-area';
import { getAreaSeries } from './get-area-series';
import { getAreaVerdict } from './get-area-verdict';
import { getWatchList } from './get-watch-list';
import { importAreaStatistics } from './import-area-statistics';
import { listAreas } from './list-areas';
import { listVerdicts } from './list-verdicts';
import { updateArea } from './update-area';

const TAG = 'Boligområder';
const idOf = (request: { params: unknown }) => String((request.params as { id: string }).id);

/** A new area's municipality, named in the body; an unknown one is in nobody's scope. */
const municipalityInBody: ResourceResolver = async (request) => {
  const id = (request.body as { municipalityId?: unknown } | undefined)?.municipalityId;
  return { municipalityId: typeof id === 'string' && id ? id : undefined };
};

const classificationErrors = { 400: problemSchema, 404: problemSchema, 422: problemSchema };

/**
 * Statutory areas (§ 61 a) and their classification. The lists and their figures are public;
 * the municipality's coordinator (municipality:write) maintains its areas, an administrator all.
 */
export const areasRoutes =
  (db: Db): FastifyPluginAsyncZod =>
  async (app) => {
    const ownArea: AccessRule = {
      permission: 'municipality:write',
      resource: async (request) => {
        const a = await findArea(db, idOf(request));
        return a ? { municipalityId: a.municipalityId } : null;
      },
      notFound: 'STATUTORY_AREA_NOT_FOUND',
    };

    app.get(
      '/statutory-areas',
      {
        config: { access: { public: true } },
        schema: {
          tags: [TAG],
          summary: 'Boligområder efter almenboligloven § 61 a, filtreret på kommune eller navn',
          querystring: listAreasQuery,
          // Written by the compiled writer: a municipality's list is read often and its shape is fixed.
          response: { 200: fastResponse(page(areaSummarySchema)), 400: problemSchema, 404: problemSchema },
        },
      },
      (request) => listAreas(db, request.query),
    );
    app.post(
      '/statutory-areas',
      {
        config: { access: { permission: 'municipality:write', resource: municipalityInBody } },
        schema: {
          tags: [TAG],
          summary: 'Opret et boligområde (mindst 1.000 beboere) med dets afdelinger',
          body: createAreaBody,
          response: { 201: areaDetailSchema, ...writeErrors },
        },
      },
      async (request, reply) => reply.status(201).send(await createArea(db, actorOf(request), request.body)),
    );
    app.get(
      '/statutory-areas/:id',
      {
        config: { access: { public: true } },
        schema: {
          tags: [TAG],
          summary: 'Et boligområde med afdelinger og de officielle listers afgørelser',
          params: slugOrIdParam,
          response: { 200: areaDetailSchema, 404: problemSchema },
        },
      },
      async (request) => {
        const area = await findArea(db, request.params.id);
        if (!area) throw new AppError('STATUTORY_AREA_NOT_FOUND');
        return toAreaDetail(db, area);
      },
    );
    app.patch(
      '/statutory-areas/:id',
      {
        config: { access: ownArea },
        schema: {
          tags: [TAG],
          summary: 'Ret et boligområde (navn, beboere, afdelinger)',
          params: slugOrIdParam,
          body: updateAreaBody,
          response: { 200: areaDetailSchema, ...writeErrors },
        },
      },
      (request) => updateArea(db, actorOf(request), { key: request.params.id, changes: request.body }),
    );
    app.delete(
      '/statutory-areas/:id',
      {
        config: { access: ownArea },
        schema: {
          tags: [TAG],
          summary: 'Slet et boligområde med dets tal (afdelingerne bevares)',
          params: slugOrIdParam,
          response: { 204: z.null(), ...writeErrors },
        },
      },
      async (request, reply) => {
        await deleteArea(db, actorOf(request), { key: request.params.id });
        return reply.status(204).send(null);
      },
    );
    app.post(
      '/statutory-areas/:id/listings',
      {
        config: { access: ownArea },
        schema: {
          tags: [TAG],
          summary: 'Registrér hvad en officiel 1. december-liste sagde om området',
          params: slugOrIdParam,
          body: listingBody,
          response: { 201: listingSchema, ...writeErrors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await addListing(db, actorOf(request), { key: request.params.id, listing: request.body })),
    );
    app.delete(
      '/area-listings/:id',
      {
        config: {
          access: {
            permission: 'municipality:write',
            resource: (request) => listingAccess(db, idOf(request)),
            notFound: 'AREA_LISTING_NOT_FOUND',
          },
        },
        schema: {
          tags: [TAG],
          summary: 'Slet en registreret listeafgørelse',
          params: uuidParam,
          response: { 204: z.null(), ...writeErrors },
        },
      },
      async (request, reply) => {
        await deleteListing(db, actorOf(request), { id: request.params.id });
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/statutory-areas/:id/verdict',
      {
        config: { access: { public: true } },
        schema: {
          tags: [TAG],
          summary:
            'Områdets kategorier for et listeår, hvert kriterium forklaret, og hvad der ville ændre afgørelsen',
          params: slugOrIdParam,
          querystring: listYearQuery,
          response: { 200: areaVerdictSchema, ...classificationErrors },
        },
      },
      (request) => getAreaVerdict(db, { key: request.params.id, year: request.query.year }),
    );
    app.get(
      '/statutory-areas/:id/series',
      {
        config: { access: { public: true } },
        schema: {
          tags: [TAG],
          summary: 'Hvert kriterium år for år med grænserne (til grafer)',
          params: slugOrIdParam,
          querystring: listYearQuery,
          response: { 200: seriesSchema, ...classificationErrors },
        },
      },
      (request) => getAreaSeries(db, { key: request.params.id, year: request.query.year }),
    );
    app.get(
      '/classification',
      {
        config: { access: { public: true } },
        schema: {
          tags: [TAG],
          summary: 'Alle (eller en kommunes) boligområder med kategorier og ændringer siden sidste år',
          querystring: listVerdictsQuery,
          response: { 200: verdictListSchema, ...classificationErrors },
        },
      },
      (request) => listVerdicts(db, request.query),
    );
    app.get(
      '/classification/export',
      {
        config: { access: { public: true } },
        schema: {
          tags: [TAG],
          summary: 'Hent listeårets afgørelser som regneark (XLSX eller CSV)',
          querystring: listVerdictsQuery.extend(exportQuery.shape),
          response: { 200: exportFileResponse, ...classificationErrors },
        },
      },
      async (request, reply) => {
        const { format, ...query } = request.query;
        return sendTable(reply, { format, ...(await exportVerdicts(db, query)) });
      },
    );
    app.post(
      '/municipalities/:id/imports/area-statistics',
      {
        bodyLimit: UPLOAD_BODY_LIMIT,
        config: {
          access: {
            permission: 'municipality:write',
            resource: async (request) => {
              const m = await findMunicipality(db, idOf(request));
              return m ? { municipalityId: m.id } : null;
            },
            notFound: 'MUNICIPALITY_NOT_FOUND',
          },
        },
        schema: {
          tags: [TAG],
          summary: 'Importér årlige områdetal (CSV/XLSX): forhåndsvisning, eller gem alt eller intet',
          params: slugOrIdParam,
          querystring: importQuery,
          body: uploadBody,
          response: {
            200: importResultSchema,
            ...writeErrors,
            413: problemSchema,
            415: problemSchema,
            422: problemSchema,
          },
        },
      },
      async (request) => {
        const municipality = await findMunicipality(db, request.params.id);
        if (!municipality) throw new AppError('MUNICIPALITY_NOT_FOUND');
        const result = await importAreaStatistics(db, actorOf(request), {
          file: await uploadedSource(request),
          mapping: mappingOf(request.query),
          commit: request.query.commit,
          municipalityId: municipality.id,
        });
        const { figureCount: _figures, ...answer } = result;
        return answer;
      },
    );
    app.get(
      '/classification/watch-list',
      {
        config: { access: { public: true } },
        schema: {
          tags: [TAG],
          summary: 'Områder tæt på en grænse, eller hvis udvikling krydser den inden for horisonten',
          querystring: watchListQuery,
          response: { 200: watchListSchema, ...classificationErrors },
        },
      },
      (request) => getWatchList(db, request.query),
    );
  };
