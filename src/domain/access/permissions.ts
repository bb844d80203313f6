import type { Principal, RoleAssignment } from './roles';

/**
 * What can be done. Every API route declares one of these (plus the resource it concerns);
 * `decide` is the single place that says yes or no.
 */
export const PERMISSIONS = [
  /** Public summary of a plan: activities, networks, contacts. Open to everyone. */
  'plan:readPublic',
  /** Aggregated figures across plans, never a person (LBF reader, municipality, admin). */
  'plan:readAggregates',
  /** Internal plan data: finances, governance, staff, statistics, activities in full. */
  'plan:read',
  /** Change the plan's content: activities, partners, financing, bodies, networks, contacts. */
  'plan:write',
  /** Approve: status changes, budget versions, reports. */
  'plan:approve',
  /** Create plans in a municipality; edit municipal master data (afdelinger, statistics). */
  'municipality:write',
  /** Pseudonymous participants of a plan: read, register, and erase on request (GDPR art. 17). */
  'personalData:read',
  'personalData:write',
  'personalData:erase',
  /** Read the audit trail of a plan. */
  'audit:read',
  /** Accounts, roles and reference data of the whole system. */
  'system:admin',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** The thing a request concerns; unknown parts are left out. */
export interface ResourceScope {
  planId?: string;
  municipalityId?: string;
  /** For partner users: the partners an activity has. */
  partnerIds?: readonly string[];
}

export type Decision = 'allow' | 'forbidden' | 'hidden';

/**
 * What a signed-in user may not see or do in a plan that is public, by the permission refused:
 * "Du har ikke adgang til deltagerne" (issue 13 item 8). Plans are public, so telling a
 * signed-in user that one does not exist would be untrue.
 */
export const PART_REFUSED: Record<Permission, string> = {
  'plan:readPublic': 'Du har ikke adgang til planen.',
  'plan:readAggregates': 'Du har ikke adgang til planens samlede tal.',
  'plan:read': 'Du har ikke adgang til planens interne oplysninger (økonomi, aktivitetsgange og mål).',
  'plan:write': 'Du har ikke adgang til at ændre planen.',
  'plan:approve': 'Du har ikke adgang til at godkende i planen.',
  'municipality:write': 'Du har ikke adgang til at ændre kommunens oplysninger.',
  'personalData:read': 'Du har ikke adgang til deltagerne.',
  'personalData:write': 'Du har ikke adgang til at registrere deltagere.',
  'personalData:erase': 'Du har ikke adgang til at slette deltageres oplysninger.',
  'audit:read': 'Du har ikke adgang til planens revisionsspor.',
  'system:admin': 'Du har ikke adgang til at administrere systemet.',
};

function grants(a: RoleAssignment, permission: Permission, scope: ResourceScope): boolean {
  switch (a.role) {
    case 'admin':
      return true;
    case 'lbfReader':
      return permission === 'plan:readPublic' || permission === 'plan:readAggregates';
    case 'municipalityCoordinator': {
      const inKommune = scope.municipalityId === a.municipalityId;
      if (permission === 'plan:readPublic') return true;
      if (permission === 'plan:readAggregates') return scope.municipalityId === undefined || inKommune;
      // The municipality governs plans, but does not see the residents taking part in them.
      return inKommune && permission !== 'system:admin' && !permission.startsWith('personalData:');
    }
    case 'planLeader':
    case 'planStaff':
    case 'boardMember': {
      const inPlan = scope.planId === a.planId;
      if (permission === 'plan:readPublic') return true;
      if (!inPlan) return false;
      if (permission === 'plan:read') return true;
      if (permission === 'plan:write') return a.role !== 'boardMember';
      if (
        permission === 'plan:approve' ||
        permission === 'audit:read' ||
        permission === 'personalData:erase'
      ) {
        return a.role === 'planLeader';
      }
      if (permission === 'personalData:read' || permission === 'personalData:write')
        return a.role !== 'boardMember';
      return false;
    }
    case 'partner': {
      if (permission === 'plan:readPublic') return true;
      // A partner reads the activities it takes part in — nothing else of the plan.
      return (
        permission === 'plan:read' &&
        scope.planId === a.planId &&
        (scope.partnerIds ?? []).includes(a.partnerId)
      );
    }
  }
}

/** Would this principal see the resource at all? If not, a denial must not reveal it exists. */
function canSee(principal: Principal, scope: ResourceScope): boolean {
  if (principal.kind === 'anonymous') return false;
  return principal.assignments.some(
    (a) =>
      grants(a, 'plan:read', scope) ||
      (a.role === 'partner' && scope.planId === a.planId && scope.partnerIds === undefined),
  );
}

/**
 * allow, or why not: `hidden` (answer 404 — the user may not know it exists) when the user cannot
 * read the resource at all, `forbidden` (403) when they can see it but not do this.
 */
export function decide(principal: Principal, permission: Permission, scope: ResourceScope = {}): Decision {
  if (permission === 'plan:readPublic') return 'allow';
  if (principal.kind === 'anonymous') return scope.planId || scope.municipalityId ? 'hidden' : 'forbidden';
  if (principal.assignments.some((a) => grants(a, permission, scope))) return 'allow';
  if (scope.planId === undefined && scope.municipalityId === undefined) return 'forbidden';
  return canSee(principal, scope) ? 'forbidden' : 'hidden';
}

/**
 * For list queries: which plans' internal data the principal may read — 'all', or the plan and
 * municipality ids to put in the query's WHERE (never filter after the fact).
 */
export function readablePlanScope(
  principal: Principal,
): 'all' | { planIds: string[]; municipalityIds: string[] } {
  if (principal.kind === 'anonymous') return { planIds: [], municipalityIds: [] };
  if (principal.assignments.some((a) => a.role === 'admin')) return 'all';
  const planIds = new Set<string>();
  const municipalityIds = new Set<string>();
  for (const a of principal.assignments) {
    if (a.role === 'municipalityCoordinator') municipalityIds.add(a.municipalityId);
    if (a.role === 'planLeader' || a.role === 'planStaff' || a.role === 'boardMember') planIds.add(a.planId);
  }
  return { planIds: [...planIds], municipalityIds: [...municipalityIds] };
}
