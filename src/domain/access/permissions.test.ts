import { describe, expect, it } from 'vitest';
import { decide, type Permission, readablePlanScope } from './permissions';
import { ANONYMOUS, type Principal, type RoleAssignment } from './roles';

const user = (...assignments: RoleAssignment[]): Principal => ({
  kind: 'user',
  userId: 'u',
  displayName: 'Test',
  assignments,
});
const koege = { planId: 'plan-koege', municipalityId: 'kom-koege' };
const holbaek = { planId: 'plan-holbaek', municipalityId: 'kom-holbaek' };

const staffKoege = user({ role: 'planStaff', planId: koege.planId });
const leaderKoege = user({ role: 'planLeader', planId: koege.planId });
const boardKoege = user({ role: 'boardMember', planId: koege.planId });
const coordKoege = user({ role: 'municipalityCoordinator', municipalityId: koege.municipalityId });
const lbf = user({ role: 'lbfReader' });
const admin = user({ role: 'admin' });
const partner = user({ role: 'partner', planId: koege.planId, partnerId: 'p1' });

describe('decide', () => {
  // [principal, permission, scope, expected]
  const table: [string, Principal, Permission, object, string][] = [
    ['anyone reads public pages', ANONYMOUS, 'plan:readPublic', koege, 'allow'],
    ['anonymous cannot read internals, without learning they exist', ANONYMOUS, 'plan:read', koege, 'hidden'],
    ['staff reads own plan', staffKoege, 'plan:read', koege, 'allow'],
    ['staff writes own plan', staffKoege, 'plan:write', koege, 'allow'],
    ['staff cannot approve', staffKoege, 'plan:approve', koege, 'forbidden'],
    ['staff cannot see another plan', staffKoege, 'plan:read', holbaek, 'hidden'],
    ['leader approves own plan', leaderKoege, 'plan:approve', koege, 'allow'],
    ['leader reads own audit', leaderKoege, 'audit:read', koege, 'allow'],
    ['leader cannot approve another plan', leaderKoege, 'plan:approve', holbaek, 'hidden'],
    ['board reads own plan', boardKoege, 'plan:read', koege, 'allow'],
    ['board cannot write', boardKoege, 'plan:write', koege, 'forbidden'],
    ['coordinator writes plans of own kommune', coordKoege, 'plan:write', koege, 'allow'],
    ['coordinator cannot see other kommune', coordKoege, 'plan:read', holbaek, 'hidden'],
    ['LBF reads aggregates', lbf, 'plan:readAggregates', {}, 'allow'],
    ['LBF does not read internals', lbf, 'plan:read', koege, 'hidden'],
    ['partner reads an activity it is in', partner, 'plan:read', { ...koege, partnerIds: ['p1'] }, 'allow'],
    [
      'partner is refused another activity of the plan',
      partner,
      'plan:read',
      { ...koege, partnerIds: ['p2'] },
      'hidden',
    ],
    ['partner cannot write', partner, 'plan:write', { ...koege, partnerIds: ['p1'] }, 'forbidden'],
    ['staff registers participants of own plan', staffKoege, 'personalData:write', koege, 'allow'],
    ['staff cannot erase a participant', staffKoege, 'personalData:erase', koege, 'forbidden'],
    ['leader erases on request', leaderKoege, 'personalData:erase', koege, 'allow'],
    ['board sees no participants', boardKoege, 'personalData:read', koege, 'forbidden'],
    ['coordinator sees no participants', coordKoege, 'personalData:read', koege, 'forbidden'],
    ['admin does anything', admin, 'system:admin', {}, 'allow'],
    ['non-admin cannot administer', leaderKoege, 'system:admin', {}, 'forbidden'],
  ];
  it.each(table)('%s', (_name, principal, permission, scope, expected) => {
    expect(decide(principal, permission, scope)).toBe(expected);
  });
});

describe('readablePlanScope', () => {
  it('gives admins everything and others only their plans and kommuner', () => {
    expect(readablePlanScope(admin)).toBe('all');
    expect(readablePlanScope(staffKoege)).toEqual({ planIds: [koege.planId], municipalityIds: [] });
    expect(readablePlanScope(coordKoege)).toEqual({ planIds: [], municipalityIds: [koege.municipalityId] });
    expect(readablePlanScope(ANONYMOUS)).toEqual({ planIds: [], municipalityIds: [] });
    expect(readablePlanScope(lbf)).toEqual({ planIds: [], municipalityIds: [] });
  });
});
