import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { ROLES } from '../../domain/access/roles';
import { partners } from './activities';
import { id, oneOf, timestamps } from './columns';
import { municipalities } from './organisations';
import { plans } from './plans';

/** A person who signs in. Local password today; an OIDC subject can be added (decision 007). */
export const users = pgTable('users', {
  id: id(),
  email: text().notNull().unique(),
  displayName: text().notNull(),
  /** argon2id hash; null for accounts that sign in through an identity provider only. */
  passwordHash: text(),
  mustChangePassword: boolean().notNull().default(false),
  disabled: boolean().notNull().default(false),
  /** True for the demo accounts, which exist only in demo mode. */
  isDemo: boolean().notNull().default(false),
  ...timestamps(),
});

export const roleAssignments = pgTable(
  'role_assignments',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text({ enum: ROLES }).notNull(),
    municipalityId: uuid().references(() => municipalities.id, { onDelete: 'cascade' }),
    planId: uuid().references(() => plans.id, { onDelete: 'cascade' }),
    partnerId: uuid().references(() => partners.id, { onDelete: 'cascade' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('role_assignments_role', oneOf('role', ROLES)),
    // Each role carries exactly the scope it needs (src/domain/access/roles.ts scopeOf).
    check(
      'role_assignments_scope',
      sql`(role in ('admin', 'lbfReader') and municipality_id is null and plan_id is null and partner_id is null)
       or (role = 'municipalityCoordinator' and municipality_id is not null and plan_id is null and partner_id is null)
       or (role in ('planLeader', 'planStaff', 'boardMember') and plan_id is not null and municipality_id is null and partner_id is null)
       or (role = 'partner' and plan_id is not null and partner_id is not null and municipality_id is null)`,
    ),
    index('role_assignments_user').on(t.userId),
  ],
);

/**
 * Server-side sessions in the database, so any number of server processes can share them.
 * The cookie holds a random token; only its SHA-256 is stored.
 */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    userAgent: text(),
  },
  (t) => [index('sessions_user').on(t.userId), index('sessions_expires').on(t.expiresAt)],
);

/** Failed sign-ins per account name, for back-off and lock-out. Not audited: it is not content. */
export const signInThrottle = pgTable(
  'sign_in_throttle',
  {
    email: text().primaryKey(),
    failures: integer().notNull().default(0),
    lastFailureAt: timestamp({ withTimezone: true }),
    lockedUntil: timestamp({ withTimezone: true }),
  },
  (t) => [check('sign_in_throttle_failures', sql`${t.failures} >= 0`)],
);
