import { eq, or } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import * as t from '../../db/schema/index';
import type { ErrorCode } from '../../domain/errors/app-error';
import { slugOrIdParam, uuidParam } from '../http/common.schema';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The plan (and its municipality) a row belongs to: what access is decided on. */
export interface PlanScope {
  planId: string;
  municipalityId: string;
}

/** A parent row addressed in a URL (/plans/:id, /bodies/:id …) with the plan it belongs to. */
export interface ParentRef extends PlanScope {
  id: string;
}

/** What a plan's rows hang off: the plan itself, or one of its bodies or networks. */
export interface ParentKind {
  /** URL segment, e.g. "plans" in /plans/:id/partners. */
  path: 'plans' | 'bodies' | 'networks';
  /** The child table's property pointing at the parent. */
  key: 'planId' | 'bodyId' | 'networkId';
  /** "Planens", "Organets" … and "til planen", "til organet" … for the OpenAPI summaries. */
  possessive: string;
  to: string;
  notFound: ErrorCode;
  params: typeof slugOrIdParam | typeof uuidParam;
  find(db: Executor, idParam: string): Promise<ParentRef | null>;
}

/** The WHERE condition for a plan addressed by UUID or slug (a slug is never a UUID). */
export function planKey(idOrSlug: string) {
  return UUID.test(idOrSlug)
    ? or(eq(t.plans.id, idOrSlug), eq(t.plans.slug, idOrSlug))
    : eq(t.plans.slug, idOrSlug);
}

/** A plan by UUID or slug. */
export async function findPlanRef(db: Executor, idOrSlug: string): Promise<ParentRef | null> {
  const [row] = await db
    .select({ id: t.plans.id, planId: t.plans.id, municipalityId: t.plans.municipalityId })
    .from(t.plans)
    .where(planKey(idOrSlug))
    .limit(1);
  return row ?? null;
}

export const planParent: ParentKind = {
  path: 'plans',
  key: 'planId',
  possessive: 'Planens',
  to: 'til planen',
  notFound: 'PLAN_NOT_FOUND',
  params: slugOrIdParam,
  find: findPlanRef,
};

/** A plan's body. A municipality's district forum has no plan and is not edited here. */
export const bodyParent: ParentKind = {
  path: 'bodies',
  key: 'bodyId',
  possessive: 'Organets',
  to: 'til organet',
  notFound: 'BODY_NOT_FOUND',
  params: uuidParam,
  async find(db, id) {
    if (!UUID.test(id)) return null;
    const [row] = await db
      .select({ id: t.bodies.id, planId: t.plans.id, municipalityId: t.plans.municipalityId })
      .from(t.bodies)
      .innerJoin(t.plans, eq(t.bodies.planId, t.plans.id))
      .where(eq(t.bodies.id, id));
    return row ?? null;
  },
};

export const networkParent: ParentKind = {
  path: 'networks',
  key: 'networkId',
  possessive: 'Netværkets',
  to: 'til netværket',
  notFound: 'NETWORK_NOT_FOUND',
  params: uuidParam,
  async find(db, id) {
    if (!UUID.test(id)) return null;
    const [row] = await db
      .select({ id: t.networks.id, planId: t.plans.id, municipalityId: t.plans.municipalityId })
      .from(t.networks)
      .innerJoin(t.plans, eq(t.networks.planId, t.plans.id))
      .where(eq(t.networks.id, id));
    return row ?? null;
  },
};
