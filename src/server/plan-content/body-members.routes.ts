import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { withAudit } from '../audit/with-audit';
import type { ResourceResolver } from '../auth/access';
import { actorOf } from '../auth/auth.plugin';
import { planOfRow } from '../auth/resources';
import { problemSchema, uuidParam } from '../http/common.schema';
import { partialOf } from './plan-child-crud';
import { bodyMemberBody, bodyMemberOut } from './plan-content.schema';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };

/** A member's plan is its body's plan. */
const planOfMember: ResourceResolver = async (request, db) => {
  const id = String((request.params as { id: string }).id);
  if (!UUID.test(id)) return null;
  const [row] = await db
    .select({ planId: t.plans.id, municipalityId: t.plans.municipalityId })
    .from(t.bodyMembers)
    .innerJoin(t.bodies, eq(t.bodyMembers.bodyId, t.bodies.id))
    .innerJoin(t.plans, eq(t.bodies.planId, t.plans.id))
    .where(eq(t.bodyMembers.id, id));
  return row ?? null;
};

const out = (row: typeof t.bodyMembers.$inferSelect) => ({
  id: row.id,
  bodyId: row.bodyId,
  name: row.name,
  role: row.role,
  organisation: row.organisation,
  party: row.party,
  seats: row.seats,
});

/** Seats on a plan's board, forum or working group. */
export const bodyMembersRoutes =
  (db: Db): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/bodies/:id/members',
      {
        config: { access: { permission: 'plan:write', resource: planOfRow('bodies') } },
        schema: {
          tags: ['Organisering'],
          summary: 'Tilføj et medlem (en plads) til et organ',
          params: uuidParam,
          body: bodyMemberBody,
          response: { 201: bodyMemberOut, ...errors },
        },
      },
      async (request, reply) => {
        const [body] = await db.select().from(t.bodies).where(eq(t.bodies.id, request.params.id));
        if (!body) throw new AppError('NOT_FOUND');
        const row = await withAudit(
          db,
          actorOf(request),
          { name: 'create:body-members', planId: body.planId },
          async (tx) => {
            const [created] = await tx
              .insert(t.bodyMembers)
              .values({ ...request.body, bodyId: body.id })
              .returning();
            return created;
          },
        );
        if (!row) throw new AppError('INTERNAL');
        return reply.status(201).send(out(row));
      },
    );
    app.patch(
      '/body-members/:id',
      {
        config: { access: { permission: 'plan:write', resource: planOfMember } },
        schema: {
          tags: ['Organisering'],
          summary: 'Ret et medlem',
          params: uuidParam,
          body: partialOf(bodyMemberBody),
          response: { 200: bodyMemberOut, ...errors },
        },
      },
      async (request) => {
        const row = await withAudit(db, actorOf(request), { name: 'update:body-members' }, async (tx) => {
          const [updated] = await tx
            .update(t.bodyMembers)
            .set({ ...request.body, updatedAt: new Date() })
            .where(eq(t.bodyMembers.id, request.params.id))
            .returning();
          return updated;
        });
        if (!row) throw new AppError('NOT_FOUND');
        return out(row);
      },
    );
    app.delete(
      '/body-members/:id',
      {
        config: { access: { permission: 'plan:write', resource: planOfMember } },
        schema: {
          tags: ['Organisering'],
          summary: 'Fjern et medlem',
          params: uuidParam,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await withAudit(db, actorOf(request), { name: 'delete:body-members' }, (tx) =>
          tx.delete(t.bodyMembers).where(eq(t.bodyMembers.id, request.params.id)),
        );
        return reply.status(204).send(null);
      },
    );
  };
