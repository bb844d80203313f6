import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db, Executor } from '../../db/client';
import { AppError, type ErrorCode } from '../../domain/errors/app-error';
import type { AccessRule } from '../auth/access';
import { actorOf } from '../auth/auth.plugin';
import { page, problemSchema, slugOrIdParam, uuidParam } from '../http/common.schema';
import { writeErrors } from '../plan-rows/plan-rows.routes';
import { createStatistic } from './create-statistic';
import { deleteStatistic } from './delete-statistic';
import { getStatistic } from './get-statistic';
import { listStatistics } from './list-statistics';
import {
  countrySubject,
  departmentSubject,
  municipalitySubject,
  planAreasSubject,
  regionSubject,
  type StatisticSubject,
  statisticAccess,
  statutoryAreaSubject,
} from './statistic-subject';
import { listStatisticsQuery, statisticBody, statisticOut, updateStatisticBody } from './statistics.schema';
import { updateStatistic } from './update-statistic';

const TAG = 'Nøgletal';
const idOf = (request: { params: unknown }) => String((request.params as { id: string }).id);

interface SubjectRoute {
  url: string;
  find(db: Executor, key: string): Promise<StatisticSubject | null>;
  notFound: ErrorCode;
  list: string;
  add: string;
}

/** Figures by subject, each with its own source and year. Unknown figures have no row. */
const SUBJECTS: SubjectRoute[] = [
  {
    url: '/departments/:id/statistics',
    find: departmentSubject,
    notFound: 'DEPARTMENT_NOT_FOUND',
    list: 'Afdelingens nøgletal, nyeste år først',
    add: 'Tilføj et nøgletal for afdelingen, med kilde',
  },
  {
    url: '/plans/:id/area-statistics',
    find: planAreasSubject,
    notFound: 'PLAN_NOT_FOUND',
    list: 'Nøgletal for planens områder samlet',
    add: 'Tilføj et nøgletal for planens områder samlet, med kilde',
  },
  {
    url: '/municipalities/:id/statistics',
    find: municipalitySubject,
    notFound: 'MUNICIPALITY_NOT_FOUND',
    list: 'Kommunens nøgletal (til sammenligning)',
    add: 'Tilføj et nøgletal for kommunen, med kilde',
  },
  {
    url: '/statutory-areas/:id/statistics',
    find: statutoryAreaSubject,
    notFound: 'STATUTORY_AREA_NOT_FOUND',
    list: 'Boligområdets tal år for år (kriterierne i almenboligloven § 61 a)',
    add: 'Tilføj et tal for boligområdet, med år, referenceperiode og kilde',
  },
];

/**
 * Statistics are municipal master data (municipality:write): the municipality's coordinator
 * maintains the figures of its afdelinger, plans and itself; country figures only an administrator.
 */
export const statisticsRoutes =
  (db: Db): FastifyPluginAsyncZod =>
  async (app) => {
    for (const s of SUBJECTS) {
      const subjectOf = async (key: string) => {
        const subject = await s.find(db, key);
        if (!subject) throw new AppError(s.notFound);
        return subject;
      };
      app.get(
        s.url,
        {
          config: { access: { public: true } },
          schema: {
            tags: [TAG],
            summary: s.list,
            params: slugOrIdParam,
            querystring: listStatisticsQuery,
            response: { 200: page(statisticOut), 400: problemSchema, 404: problemSchema },
          },
        },
        async (request) =>
          listStatistics(db, { subject: await subjectOf(request.params.id), query: request.query }),
      );
      app.post(
        s.url,
        {
          config: {
            access: {
              permission: 'municipality:write',
              resource: async (request) => (await s.find(db, idOf(request)))?.access ?? null,
              notFound: s.notFound,
            },
          },
          schema: {
            tags: [TAG],
            summary: s.add,
            params: slugOrIdParam,
            body: statisticBody,
            response: { 201: statisticOut, ...writeErrors },
          },
        },
        async (request, reply) => {
          const subject = await subjectOf(request.params.id);
          const created = await createStatistic(db, actorOf(request), { subject, statistic: request.body });
          return reply.status(201).send(created);
        },
      );
    }

    app.get(
      '/country-statistics',
      {
        config: { access: { public: true } },
        schema: {
          tags: [TAG],
          summary: 'Landstal (til sammenligning)',
          querystring: listStatisticsQuery,
          response: { 200: page(statisticOut), 400: problemSchema },
        },
      },
      (request) => listStatistics(db, { subject: countrySubject, query: request.query }),
    );
    app.post(
      '/country-statistics',
      {
        config: { access: { permission: 'system:admin' } },
        schema: {
          tags: [TAG],
          summary: 'Tilføj et landstal, med kilde (administrator)',
          body: statisticBody,
          response: { 201: statisticOut, ...writeErrors },
        },
      },
      async (request, reply) => {
        const created = await createStatistic(db, actorOf(request), {
          subject: countrySubject,
          statistic: request.body,
        });
        return reply.status(201).send(created);
      },
    );

    const regionParam = z.object({
      region: z.string().trim().min(1).max(120).describe('Regionens navn, fx "Region Sjælland"'),
    });
    app.get(
      '/regions/:region/statistics',
      {
        config: { access: { public: true } },
        schema: {
          tags: [TAG],
          summary: 'Regionens tal (fx gennemsnitsindkomsten, som indkomstkriteriet måles mod)',
          params: regionParam,
          querystring: listStatisticsQuery,
          response: { 200: page(statisticOut), 400: problemSchema, 404: problemSchema },
        },
      },
      (request) =>
        listStatistics(db, { subject: regionSubject(request.params.region), query: request.query }),
    );
    app.post(
      '/regions/:region/statistics',
      {
        config: { access: { permission: 'system:admin' } },
        schema: {
          tags: [TAG],
          summary: 'Tilføj et regionstal, med kilde (administrator)',
          params: regionParam,
          body: statisticBody,
          response: { 201: statisticOut, ...writeErrors },
        },
      },
      async (request, reply) => {
        const created = await createStatistic(db, actorOf(request), {
          subject: regionSubject(request.params.region),
          statistic: request.body,
        });
        return reply.status(201).send(created);
      },
    );

    const row: AccessRule = {
      permission: 'municipality:write',
      resource: (request) => statisticAccess(db, idOf(request)),
      notFound: 'STATISTIC_NOT_FOUND',
    };
    app.get(
      '/statistics/:id',
      {
        config: { access: { public: true } },
        schema: {
          tags: [TAG],
          summary: 'Et nøgletal',
          params: uuidParam,
          response: { 200: statisticOut, 404: problemSchema },
        },
      },
      (request) => getStatistic(db, { id: request.params.id }),
    );
    app.patch(
      '/statistics/:id',
      {
        config: { access: row },
        schema: {
          tags: [TAG],
          summary: 'Ret et nøgletal',
          params: uuidParam,
          body: updateStatisticBody,
          response: { 200: statisticOut, ...writeErrors },
        },
      },
      (request) => updateStatistic(db, actorOf(request), { id: request.params.id, changes: request.body }),
    );
    app.delete(
      '/statistics/:id',
      {
        config: { access: row },
        schema: {
          tags: [TAG],
          summary: 'Slet et nøgletal',
          params: uuidParam,
          response: { 204: z.null(), ...writeErrors },
        },
      },
      async (request, reply) => {
        await deleteStatistic(db, actorOf(request), { id: request.params.id });
        return reply.status(204).send(null);
      },
    );
  };
