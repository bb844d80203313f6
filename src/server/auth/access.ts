import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../../db/client';
import { decide, PART_REFUSED, type Permission, type ResourceScope } from '../../domain/access/permissions';
import { AppError, type ErrorCode } from '../../domain/errors/app-error';
import { assertPlanWritable } from '../plans/plan-write-guard';

/**
 * Every API route declares its access rule in `config.access`; the server refuses to start if one
 * does not (so a new route cannot be added without deciding who may call it).
 * - `public`: anyone, signed in or not.
 * - `signedIn`: any signed-in user; the use case narrows what they see (lists scoped in WHERE).
 * - `permission` (+ optional `resource`): the resource resolver finds the plan/municipality the
 *   request concerns (null = does not exist → 404); `decide` gives allow / 403 / 404.
 *   `notFound` names the 404's code (e.g. ACTIVITY_NOT_FOUND); a row that exists but is hidden
 *   from the caller gets the very same answer, so the code never reveals that it exists.
 */
export type AccessRule =
  | { public: true }
  | { signedIn: true }
  | {
      permission: Permission;
      resource?: ResourceResolver;
      notFound?: ErrorCode;
      /** The few writes allowed on a read-only plan (decision 016); see AuditedAction. */
      onReadOnlyPlan?: 'reopening' | 'erasure';
    };

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export type ResourceResolver = ((request: FastifyRequest, db: Db) => Promise<ResourceScope | null>) & {
  /** The 404 code when the resource is not there (or hidden), unless the rule names one. */
  notFound?: ErrorCode;
};

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: AccessRule;
  }
}

export function accessRuleOf(request: FastifyRequest): AccessRule | undefined {
  return request.routeOptions.config.access;
}

export function registerAccessGuard(app: FastifyInstance, db: Db): void {
  app.addHook('onRoute', (route) => {
    const url = route.url ?? '';
    if (!url.startsWith('/api/') || route.schema?.hide) return;
    if (!(route.config as { access?: AccessRule } | undefined)?.access) {
      throw new Error(`Route ${route.method} ${url} has no access rule (config.access)`);
    }
  });

  // The whole decision runs before the body is validated: callers without access learn nothing
  // about the route's fields, and get 401/403/404 rather than 400.
  app.addHook('preValidation', async (request) => {
    const rule = accessRuleOf(request);
    if (!rule || 'public' in rule) return;
    if (request.principal.kind === 'anonymous') throw new AppError('UNAUTHENTICATED');
    if (!('permission' in rule)) return;
    const scope = rule.resource ? await rule.resource(request, db) : {};
    const notFound = rule.notFound ?? rule.resource?.notFound ?? 'NOT_FOUND';
    if (scope === null) throw new AppError(notFound);
    const decision = decide(request.principal, rule.permission, scope);
    // A plan addressed in the URL is public: a signed-in user reading a part of it is told what
    // they may not see ("Du har ikke adgang til deltagerne"), not that it does not exist. Rows
    // addressed by id (a session, a volunteer) and writes keep the 404 of decision 006.
    const publicPlan =
      request.method === 'GET' && rule.resource?.notFound === 'PLAN_NOT_FOUND' && scope.planId !== undefined;
    if (decision === 'hidden' && !publicPlan) throw new AppError(notFound);
    if (decision !== 'allow') throw new AppError('FORBIDDEN', { message: PART_REFUSED[rule.permission] });
    // A write to a completed or superseded plan: 409 before the body is looked at (decision 016).
    // withAudit checks again inside the write's transaction, for every caller (HTTP, CLI, imports).
    if (WRITE_METHODS.has(request.method) && scope.planId && !rule.onReadOnlyPlan) {
      await assertPlanWritable(db, scope.planId);
    }
  });
}
