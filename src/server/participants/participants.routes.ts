import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { plans } from '../../db/schema/index';
import { withAudit } from '../audit/with-audit';
import { actorOf } from '../auth/auth.plugin';
import { planFromParam, planIdOf, planOfRow } from '../auth/resources';
import { page, problemSchema, uuidParam } from '../http/common.schema';
import { createParticipants } from './create-participants';
import { eraseParticipant } from './erase-participant';
import { listParticipants } from './list-participants';
import {
  createParticipantsBody,
  listParticipantsQuery,
  participantSchema,
  retentionBody,
} from './participants.schema';

const planParam = z.object({ id: z.string().min(1).max(120) });
const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };

export const participantsRoutes =
  (db: Db): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/plans/:id/participants',
      {
        config: { access: { permission: 'personalData:read', resource: planFromParam() } },
        schema: {
          tags: ['Deltagere'],
          summary: 'Planens pseudonyme deltagere',
          params: planParam,
          querystring: listParticipantsQuery,
          response: { 200: page(participantSchema), ...errors },
        },
      },
      async (request) => listParticipants(db, await planIdOf(db, request.params.id), request.query),
    );
    app.post(
      '/plans/:id/participants',
      {
        config: { access: { permission: 'personalData:write', resource: planFromParam() } },
        schema: {
          tags: ['Deltagere'],
          summary: 'Opret nye pseudonyme deltagere (koder dannes automatisk)',
          params: planParam,
          body: createParticipantsBody,
          response: { 201: z.array(participantSchema), ...errors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await createParticipants(
              db,
              actorOf(request),
              await planIdOf(db, request.params.id),
              request.body,
            ),
          ),
    );
    app.post(
      '/participants/:id/erase',
      {
        config: {
          access: {
            permission: 'personalData:erase',
            resource: planOfRow('participants'),
            onReadOnlyPlan: 'erasure',
          },
        },
        schema: {
          tags: ['Deltagere'],
          summary: 'Slet en deltagers oplysninger efter anmodning (GDPR art. 17); optællinger bevares',
          params: uuidParam,
          response: { 200: participantSchema, ...errors },
        },
      },
      (request) => eraseParticipant(db, actorOf(request), request.params.id),
    );
    app.put(
      '/plans/:id/retention',
      {
        config: { access: { permission: 'plan:approve', resource: planFromParam() } },
        schema: {
          tags: ['Deltagere'],
          summary: 'Hvor mange måneder deltageroplysninger gemmes efter planens afslutning',
          params: planParam,
          body: retentionBody,
          response: { 200: retentionBody, ...errors },
        },
      },
      async (request) => {
        const planId = await planIdOf(db, request.params.id);
        await withAudit(db, actorOf(request), { name: 'setRetention', planId }, (tx) =>
          tx
            .update(plans)
            .set({ ...request.body, updatedAt: new Date() })
            .where(eq(plans.id, planId)),
        );
        return request.body;
      },
    );
  };
