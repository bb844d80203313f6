import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { users } from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { type Actor, withAudit } from '../audit/with-audit';
import { hashPassword } from '../auth/passwords';
import { deleteUserSessions } from '../auth/sessions';
import { listUsers } from './list-users';
import { replaceAssignments } from './role-assignments';
import type { setRolesBody, User, updateUserBody } from './users.schema';

async function requireUser(db: Db, id: string): Promise<User> {
  const [user] = await listUsers(db, [id]);
  if (!user) throw new AppError('NOT_FOUND');
  return user;
}

/** An administrator sets a new password; the user must change it, and old sessions end. */
export async function resetPassword(db: Db, actor: Actor, id: string, password: string): Promise<User> {
  await requireUser(db, id);
  const passwordHash = await hashPassword(password);
  await withAudit(db, actor, { name: 'resetPassword' }, async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: true, updatedAt: new Date() })
      .where(eq(users.id, id));
    await deleteUserSessions(tx, id);
  });
  return requireUser(db, id);
}

export async function setRoles(
  db: Db,
  actor: Actor,
  id: string,
  input: z.infer<typeof setRolesBody>,
): Promise<User> {
  await requireUser(db, id);
  await withAudit(db, actor, { name: 'setRoles' }, (tx) => replaceAssignments(tx, id, input.assignments));
  return requireUser(db, id);
}

export async function updateUser(
  db: Db,
  actor: Actor,
  id: string,
  input: z.infer<typeof updateUserBody>,
): Promise<User> {
  await requireUser(db, id);
  await withAudit(db, actor, { name: 'updateUser' }, async (tx) => {
    await tx
      .update(users)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(users.id, id));
    if (input.disabled) await deleteUserSessions(tx, id);
  });
  return requireUser(db, id);
}
