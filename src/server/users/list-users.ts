import { asc, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { roleAssignments, users } from '../../db/schema/index';
import type { RoleAssignment } from '../../domain/access/roles';
import { toAssignment } from '../auth/sessions';
import type { User } from './users.schema';

export async function listUsers(db: Executor, ids?: string[]): Promise<User[]> {
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      disabled: users.disabled,
      mustChangePassword: users.mustChangePassword,
      isDemo: users.isDemo,
    })
    .from(users)
    .where(ids ? inArray(users.id, ids) : undefined)
    .orderBy(asc(users.email));
  const assignments = rows.length
    ? await db
        .select()
        .from(roleAssignments)
        .where(
          inArray(
            roleAssignments.userId,
            rows.map((r) => r.id),
          ),
        )
    : [];
  return rows.map((row) => ({
    ...row,
    assignments: assignments
      .filter((a) => a.userId === row.id)
      .map(toAssignment)
      .filter((a): a is RoleAssignment => a !== null),
  }));
}
