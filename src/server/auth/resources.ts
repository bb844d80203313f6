import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/client';
import { plans } from '../../db/schema/index';
import type { ResourceScope } from '../../domain/access/permissions';
import { planKey, UUID } from '../plan-rows/parents';
import type { ResourceResolver } from './access';

/** A plan addressed by UUID or slug → its plan and municipality, or null when there is none. */
export async function planScope(db: Db, idOrSlug: string): Promise<ResourceScope | null> {
  const [row] = await db
    .select({ planId: plans.id, municipalityId: plans.municipalityId })
    .from(plans)
    .where(planKey(idOrSlug))
    .limit(1);
  return row ?? null;
}

/**
 * The id of a plan addressed by UUID or slug, for a route whose access rule has already found it
 * (planFromParam); '' when there is none, which the use case then reports as PLAN_NOT_FOUND.
 */
export async function planIdOf(db: Db, idOrSlug: string): Promise<string> {
  return (await planScope(db, idOrSlug))?.planId ?? '';
}

function param(request: FastifyRequest, name: string): string {
  return String((request.params as Record<string, unknown>)[name] ?? '');
}

/** Resolver for routes under /plans/:id; an unknown (or hidden) plan answers PLAN_NOT_FOUND. */
export const planFromParam = (name = 'id'): ResourceResolver =>
  Object.assign((request: FastifyRequest, db: Db) => planScope(db, param(request, name)), {
    notFound: 'PLAN_NOT_FOUND' as const,
  });

/**
 * Resolver for a child row addressed by id (activity, partner, financing line …): looks up the
 * row's plan in one query. The table must have `id` and `plan_id` columns.
 */
export const planOfRow =
  (table: string, name = 'id'): ResourceResolver =>
  async (request, db) => {
    const id = param(request, name);
    if (!UUID.test(id)) return null;
    const result = (await db.execute(
      sql`select p.id as "planId", p.municipality_id as "municipalityId"
          from ${sql.identifier(table)} t join plans p on p.id = t.plan_id where t.id = ${id} limit 1`,
    )) as unknown as { rows: ResourceScope[] };
    return result.rows[0] ?? null;
  };

/**
 * For creating something in a municipality: the municipality named in the body. An unknown one is
 * simply in nobody's scope; a missing one is refused by the body's validation (admins) or 403.
 */
export const municipalityFromBody: ResourceResolver = async (request) => {
  const id = (request.body as { municipalityId?: unknown } | undefined)?.municipalityId;
  return { municipalityId: typeof id === 'string' && id ? id : undefined };
};
