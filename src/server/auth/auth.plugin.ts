import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../db/client';
import { ANONYMOUS, type Principal } from '../../domain/access/roles';
import type { Actor } from '../audit/with-audit';
import { registerAccessGuard } from './access';
import { loadSession, SESSION_MAX_AGE_MS } from './sessions';

export const SESSION_COOKIE = 'hp_session';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal;
    /** The signed-in user's e-mail (for the audit trail), or null. */
    userEmail: string | null;
    sessionToken: string | null;
  }
}

/** The audit trail's view of who made this request. */
export function actorOf(request: FastifyRequest): Actor {
  return {
    userId: request.principal.kind === 'user' ? request.principal.userId : null,
    label: request.userEmail ?? 'anonym',
    requestId: request.id,
  };
}

/** Secure cookies whenever the request reached us over TLS (directly or via a trusted proxy). */
function cookieOptions(request: FastifyRequest) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: request.protocol === 'https',
    path: '/',
  };
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions(request), maxAge: SESSION_MAX_AGE_MS / 1000 });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, cookieOptions(request));
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function registerAuth(app: FastifyInstance, db: Db): Promise<void> {
  await app.register(fastifyCookie);
  // Double-submit CSRF token: a secret in a cookie, the token in the X-CSRF-Token header.
  await app.register(fastifyCsrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: 'hp_csrf',
    cookieOpts: { httpOnly: true, sameSite: 'lax', path: '/', signed: false },
    getToken: (request) => request.headers['x-csrf-token'] as string | undefined,
  });
  app.decorateRequest<Principal | null>('principal', null);
  app.decorateRequest('userEmail', null);
  app.decorateRequest('sessionToken', null);

  app.addHook('onRequest', async (request) => {
    request.principal = ANONYMOUS;
    const token = request.cookies[SESSION_COOKIE];
    if (!token || !request.url.startsWith('/api/')) return;
    const session = await loadSession(db, token);
    if (!session) return;
    request.principal = session.principal;
    request.userEmail = session.email;
    request.sessionToken = token;
  });

  // Every state-changing API request must carry the CSRF token (sign-in included).
  app.addHook('onRequest', (request, reply, done) => {
    if (!UNSAFE_METHODS.has(request.method) || !request.url.startsWith('/api/')) return done();
    app.csrfProtection(request, reply, done);
  });

  registerAccessGuard(app, db);
}
