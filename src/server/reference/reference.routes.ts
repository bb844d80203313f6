import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { AppError } from '../../domain/errors/app-error';
import { problemSchema } from '../http/common.schema';
import { listSourceDocuments, sourceDocumentSchema } from './citation';
import { listFundingPeriods } from './list-funding-periods';
import { fundingPeriodParam, fundingPeriodSchema } from './reference.schema';

const TAG = 'Referencedata';

/**
 * LBF's funding periods with their focus areas: reference data owned by the code (three
 * periods), so the list is whole rather than paged.
 */
export const referenceRoutes =
  (db: Db): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/funding-periods',
      {
        config: { access: { public: true } },
        schema: {
          tags: [TAG],
          summary: 'Bevillingsperioder og deres indsatsområder',
          response: { 200: z.array(fundingPeriodSchema) },
        },
      },
      () => listFundingPeriods(db),
    );
    app.get(
      '/funding-periods/:id',
      {
        config: { access: { public: true } },
        schema: {
          tags: [TAG],
          summary: 'En bevillingsperiode og dens indsatsområder',
          params: fundingPeriodParam,
          response: { 200: fundingPeriodSchema, 404: problemSchema },
        },
      },
      async (request) => {
        const [period] = await listFundingPeriods(db, { id: request.params.id });
        if (!period) throw new AppError('FUNDING_PERIOD_NOT_FOUND');
        return period;
      },
    );
    app.get(
      '/sources',
      {
        config: { access: { public: true } },
        schema: {
          tags: [TAG],
          summary: 'Kilderegistret: dokumenterne, demodata bygger på, med titel, udgiver, år og link',
          response: { 200: z.array(sourceDocumentSchema) },
        },
      },
      () => listSourceDocuments(),
    );
  };
