import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { signInThrottle, users } from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { dummyPasswordHash, verifyPassword } from './passwords';
import { createSession } from './sessions';

/** After this many failures in a row the account name is locked, doubling each further time. */
export const FAILURES_BEFORE_LOCK = 5;
const BASE_LOCK_MS = 60 * 1000;
const MAX_LOCK_MS = 60 * 60 * 1000;

export function lockDurationMs(failures: number): number {
  if (failures < FAILURES_BEFORE_LOCK) return 0;
  return Math.min(BASE_LOCK_MS * 2 ** (failures - FAILURES_BEFORE_LOCK), MAX_LOCK_MS);
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/**
 * Checks the password and opens a session. Unknown accounts take as long as known ones and
 * answer the same, so the form does not reveal which e-mails have accounts.
 */
export async function signIn(
  db: Db,
  input: { email: string; password: string; userAgent: string | null },
): Promise<{ token: string; userId: string }> {
  const email = normaliseEmail(input.email);
  const [throttle] = await db.select().from(signInThrottle).where(eq(signInThrottle.email, email));
  if (throttle?.lockedUntil && throttle.lockedUntil.getTime() > Date.now()) {
    throw new AppError('SIGN_IN_LOCKED', {
      retryAfterSeconds: Math.ceil((throttle.lockedUntil.getTime() - Date.now()) / 1000),
    });
  }
  const [user] = await db
    .select({ id: users.id, passwordHash: users.passwordHash, disabled: users.disabled })
    .from(users)
    .where(eq(users.email, email));
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user?.passwordHash || user.disabled || !ok) {
    const failures = (throttle?.failures ?? 0) + 1;
    const lockMs = lockDurationMs(failures);
    await db
      .insert(signInThrottle)
      .values({
        email,
        failures,
        lastFailureAt: new Date(),
        lockedUntil: lockMs ? new Date(Date.now() + lockMs) : null,
      })
      .onConflictDoUpdate({
        target: signInThrottle.email,
        set: {
          failures: sql`excluded.failures`,
          lastFailureAt: sql`excluded.last_failure_at`,
          lockedUntil: sql`excluded.locked_until`,
        },
      });
    throw new AppError('SIGN_IN_FAILED');
  }
  if (throttle) await db.delete(signInThrottle).where(eq(signInThrottle.email, email));
  const token = await createSession(db, user.id, input.userAgent);
  return { token, userId: user.id };
}
