import rateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { problemSchema } from '../http/common.schema';
import { clearSessionCookie, setSessionCookie } from './auth.plugin';
import { sessionSchema, signInBody } from './auth.schema';
import { deleteSession, loadSession } from './sessions';
import { signIn } from './sign-in';

export const authRoutes =
  (db: Db): FastifyPluginAsyncZod =>
  async (app) => {
    // Per-IP limit on top of the per-account back-off in sign-in.ts.
    await app.register(rateLimit, { global: false });

    app.get(
      '/auth/session',
      {
        config: { access: { public: true } },
        schema: {
          tags: ['Log ind'],
          summary: 'Hvem er logget ind, og CSRF-token til skrivende kald',
          response: { 200: sessionSchema },
        },
      },
      async (request, reply) => {
        const csrfToken = reply.generateCsrf();
        const session = request.sessionToken ? await loadSession(db, request.sessionToken) : null;
        return {
          csrfToken,
          user: session
            ? {
                id: session.principal.userId,
                email: session.email,
                displayName: session.principal.displayName,
                mustChangePassword: session.mustChangePassword,
                assignments: session.principal.assignments,
              }
            : null,
        };
      },
    );

    app.post(
      '/auth/sign-in',
      {
        config: { access: { public: true }, rateLimit: { max: 20, timeWindow: '1 minute' } },
        schema: {
          tags: ['Log ind'],
          summary: 'Log ind med e-mail og adgangskode',
          body: signInBody,
          response: { 204: z.null(), 400: problemSchema, 401: problemSchema, 429: problemSchema },
        },
      },
      async (request, reply) => {
        const { token } = await signIn(db, {
          email: request.body.email,
          password: request.body.password,
          userAgent: request.headers['user-agent'] ?? null,
        });
        setSessionCookie(request, reply, token);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/auth/sign-out',
      {
        config: { access: { public: true } },
        schema: { tags: ['Log ind'], summary: 'Log ud', response: { 204: z.null() } },
      },
      async (request, reply) => {
        if (request.sessionToken) await deleteSession(db, request.sessionToken);
        clearSessionCookie(request, reply);
        return reply.status(204).send(null);
      },
    );
  };
