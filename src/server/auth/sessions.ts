import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { roleAssignments, sessions, users } from '../../db/schema/index';
import type { Principal, RoleAssignment } from '../../domain/access/roles';

/** Absolute lifetime of a session, and how long it survives without use. */
export const SESSION_MAX_AGE_MS = 12 * 60 * 60 * 1000;
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
/** Refresh last-seen at most this often, so reads do not write on every request. */
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(db: Executor, userId: string, userAgent: string | null): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.insert(sessions).values({
    tokenHash: hashToken(token),
    userId,
    expiresAt: new Date(Date.now() + SESSION_MAX_AGE_MS),
    userAgent: userAgent?.slice(0, 300) ?? null,
  });
  return token;
}

export async function deleteSession(db: Executor, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

export async function deleteUserSessions(db: Executor, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function purgeExpiredSessions(db: Executor): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
}

export function toAssignment(row: {
  role: RoleAssignment['role'];
  municipalityId: string | null;
  planId: string | null;
  partnerId: string | null;
}): RoleAssignment | null {
  switch (row.role) {
    case 'admin':
    case 'lbfReader':
      return { role: row.role };
    case 'municipalityCoordinator':
      return row.municipalityId ? { role: row.role, municipalityId: row.municipalityId } : null;
    case 'planLeader':
    case 'planStaff':
    case 'boardMember':
      return row.planId ? { role: row.role, planId: row.planId } : null;
    case 'partner':
      return row.planId && row.partnerId
        ? { role: row.role, planId: row.planId, partnerId: row.partnerId }
        : null;
  }
}

export interface SessionUser {
  principal: Extract<Principal, { kind: 'user' }>;
  email: string;
  mustChangePassword: boolean;
}

/**
 * The signed-in user behind a session cookie, or null when the session is unknown, expired or
 * idle. One query (session, user and role assignments), as it runs before every signed-in request.
 */
export async function loadSession(db: Executor, token: string): Promise<SessionUser | null> {
  const now = Date.now();
  const rows = await db
    .select({
      tokenHash: sessions.tokenHash,
      lastSeenAt: sessions.lastSeenAt,
      userId: users.id,
      email: users.email,
      displayName: users.displayName,
      disabled: users.disabled,
      mustChangePassword: users.mustChangePassword,
      role: roleAssignments.role,
      municipalityId: roleAssignments.municipalityId,
      planId: roleAssignments.planId,
      partnerId: roleAssignments.partnerId,
    })
    .from(sessions)
    .innerJoin(users, eq(sessions.userId, users.id))
    .leftJoin(roleAssignments, eq(roleAssignments.userId, users.id))
    .where(and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, new Date(now))));
  const row = rows[0];
  if (!row || row.disabled) return null;
  if (now - row.lastSeenAt.getTime() > SESSION_IDLE_MS) {
    await db.delete(sessions).where(eq(sessions.tokenHash, row.tokenHash));
    return null;
  }
  if (now - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db
      .update(sessions)
      .set({ lastSeenAt: new Date(now) })
      .where(eq(sessions.tokenHash, row.tokenHash));
  }
  const assignments = rows
    .map((r) => (r.role ? toAssignment({ ...r, role: r.role }) : null))
    .filter((a): a is RoleAssignment => a !== null);
  return {
    principal: { kind: 'user', userId: row.userId, displayName: row.displayName, assignments },
    email: row.email,
    mustChangePassword: row.mustChangePassword,
  };
}
