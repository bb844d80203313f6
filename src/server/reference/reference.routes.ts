import { asc, eq, or } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { withAudit } from '../audit/with-audit';
import { actorOf } from '../auth/auth.plugin';
import { nonEmptyText, optionalText, problemSchema, slug, slugOrIdParam } from '../http/common.schema';

const municipalitySchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  region: z.string().nullable(),
  population: z.number().int().nullable(),
  reportedPlanCount: z.number().int().nullable(),
  districtForumCount: z.number().int().nullable(),
  description: z.string().nullable(),
  coFinancingModels: z.array(
    z.object({
      description: z.string(),
      payer: z.string().nullable(),
      totalShareBp: z.number().int(),
      secondmentAndActivitiesShareBp: z.number().int().nullable(),
      coordinationShareBp: z.number().int().nullable(),
      source: z.string().nullable(),
    }),
  ),
});
const organisationSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
});
const fundingPeriodSchema = z.object({
  id: z.string(),
  name: z.string(),
  startYear: z.number().int(),
  endYear: z.number().int(),
  focusAreas: z.array(
    z.object({ id: z.uuid(), code: z.string(), name: z.string(), goal: z.string().nullable() }),
  ),
});

/** Municipalities, housing organisations and LBF's funding periods with their focus areas. */
export const referenceRoutes =
  (db: Db): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/funding-periods',
      {
        config: { access: { public: true } },
        schema: {
          tags: ['Referencedata'],
          summary: 'Bevillingsperioder og deres indsatsområder',
          response: { 200: z.array(fundingPeriodSchema) },
        },
      },
      async () => {
        const [periods, areas] = await Promise.all([
          db.select().from(t.fundingPeriods).orderBy(asc(t.fundingPeriods.startYear)),
          db.select().from(t.focusAreas).orderBy(asc(t.focusAreas.position)),
        ]);
        return periods.map((p) => ({
          id: p.id,
          name: p.name,
          startYear: p.startYear,
          endYear: p.endYear,
          focusAreas: areas
            .filter((a) => a.fundingPeriodId === p.id)
            .map((a) => ({ id: a.id, code: a.code, name: a.name, goal: a.goal })),
        }));
      },
    );

    app.get(
      '/municipalities',
      {
        config: { access: { public: true } },
        schema: {
          tags: ['Referencedata'],
          summary: 'Kommuner med deres medfinansieringsmodel',
          response: { 200: z.array(municipalitySchema) },
        },
      },
      async () => {
        const [rows, models] = await Promise.all([
          db.select().from(t.municipalities).orderBy(asc(t.municipalities.name)),
          db.select().from(t.municipalityCoFinancingModels),
        ]);
        return rows.map((m) => ({
          ...m,
          coFinancingModels: models.filter((x) => x.municipalityId === m.id),
        }));
      },
    );

    app.get(
      '/municipalities/:id',
      {
        config: { access: { public: true } },
        schema: {
          tags: ['Referencedata'],
          summary: 'En kommune',
          params: slugOrIdParam,
          response: { 200: municipalitySchema, 404: problemSchema },
        },
      },
      async (request) => {
        const key = request.params.id;
        const byId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(key);
        const [m] = await db
          .select()
          .from(t.municipalities)
          .where(
            byId
              ? or(eq(t.municipalities.id, key), eq(t.municipalities.slug, key))
              : eq(t.municipalities.slug, key),
          );
        if (!m) throw new AppError('MUNICIPALITY_NOT_FOUND');
        const models = await db
          .select()
          .from(t.municipalityCoFinancingModels)
          .where(eq(t.municipalityCoFinancingModels.municipalityId, m.id));
        return { ...m, coFinancingModels: models };
      },
    );

    app.get(
      '/organisations',
      {
        config: { access: { public: true } },
        schema: {
          tags: ['Referencedata'],
          summary: 'Boligorganisationer',
          response: { 200: z.array(organisationSchema) },
        },
      },
      () =>
        db
          .select({
            id: t.housingOrganisations.id,
            slug: t.housingOrganisations.slug,
            name: t.housingOrganisations.name,
            shortName: t.housingOrganisations.shortName,
          })
          .from(t.housingOrganisations)
          .orderBy(asc(t.housingOrganisations.name)),
    );

    app.post(
      '/organisations',
      {
        config: { access: { permission: 'system:admin' } },
        schema: {
          tags: ['Referencedata'],
          summary: 'Opret boligorganisation',
          body: z.object({ slug, name: nonEmptyText(300), shortName: optionalText(50) }),
          response: {
            201: organisationSchema,
            400: problemSchema,
            401: problemSchema,
            403: problemSchema,
            409: problemSchema,
          },
        },
      },
      async (request, reply) => {
        const row = await withAudit(db, actorOf(request), { name: 'createOrganisation' }, async (tx) => {
          const [created] = await tx.insert(t.housingOrganisations).values(request.body).returning();
          return created;
        });
        return reply.status(201).send({
          id: row?.id as string,
          slug: row?.slug as string,
          name: row?.name as string,
          shortName: row?.shortName ?? null,
        });
      },
    );
  };
