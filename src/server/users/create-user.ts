import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { users } from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { type Actor, withAudit } from '../audit/with-audit';
import { hashPassword } from '../auth/passwords';
import { normaliseEmail } from '../auth/sign-in';
import { listUsers } from './list-users';
import { checkAssignments, replaceAssignments } from './role-assignments';
import type { CreateUserInput, User } from './users.schema';

export async function createUser(
  db: Db,
  actor: Actor,
  input: CreateUserInput & { isDemo?: boolean; mustChangePassword?: boolean },
): Promise<User> {
  checkAssignments(input.assignments);
  const email = normaliseEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  const id = await withAudit(db, actor, { name: 'createUser' }, async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
    if (existing)
      throw new AppError('CONFLICT', {}, [
        { field: 'email', message: 'Der findes allerede en bruger med denne e-mail' },
      ]);
    const [row] = await tx
      .insert(users)
      .values({
        email,
        displayName: input.displayName,
        passwordHash,
        mustChangePassword: input.mustChangePassword ?? true,
        isDemo: input.isDemo ?? false,
      })
      .returning({ id: users.id });
    if (!row) throw new Error('user not created');
    await replaceAssignments(tx, row.id, input.assignments);
    return row.id;
  });
  const [user] = await listUsers(db, [id]);
  if (!user) throw new Error('user vanished');
  return user;
}
