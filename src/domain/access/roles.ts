/**
 * Roles and their scopes (issue #3). A user holds one or more role assignments; each assignment
 * is scoped to what it covers: a plan, a municipality, a partner — or everything.
 */
export const ROLES = [
  'admin',
  'lbfReader',
  'municipalityCoordinator',
  'planLeader',
  'planStaff',
  'boardMember',
  'partner',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { da: string; en: string }> = {
  admin: { da: 'Systemadministrator', en: 'System administrator' },
  lbfReader: { da: 'Landsbyggefonden (læser)', en: 'LBF reader' },
  municipalityCoordinator: { da: 'Kommunal koordinator', en: 'Municipal coordinator' },
  planLeader: { da: 'Projektleder', en: 'Plan leader' },
  planStaff: { da: 'Boligsocial medarbejder', en: 'Plan staff' },
  boardMember: { da: 'Bestyrelsesmedlem', en: 'Board member' },
  partner: { da: 'Samarbejdspartner', en: 'Partner' },
};

export type RoleAssignment =
  | { role: 'admin' }
  | { role: 'lbfReader' }
  | { role: 'municipalityCoordinator'; municipalityId: string }
  | { role: 'planLeader' | 'planStaff' | 'boardMember'; planId: string }
  | { role: 'partner'; planId: string; partnerId: string };

/** Who is asking. Anonymous visitors see public pages only. */
export type Principal =
  | { kind: 'anonymous' }
  | { kind: 'user'; userId: string; displayName: string; assignments: RoleAssignment[] };

export const ANONYMOUS: Principal = { kind: 'anonymous' };

/** Which scope column a role's assignment needs. */
export function scopeOf(role: Role): 'none' | 'municipality' | 'plan' | 'partner' {
  switch (role) {
    case 'admin':
    case 'lbfReader':
      return 'none';
    case 'municipalityCoordinator':
      return 'municipality';
    case 'planLeader':
    case 'planStaff':
    case 'boardMember':
      return 'plan';
    case 'partner':
      return 'partner';
  }
}
