import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { id, oneOf, source, timestamps } from './columns';
import { bodies } from './governance';
import { municipalities } from './organisations';
import { plans } from './plans';

/** A residents' network such as Køge Kvindenetværk. */
export const networks = pgTable(
  'networks',
  {
    id: id(),
    planId: uuid().references(() => plans.id, { onDelete: 'cascade' }),
    municipalityId: uuid().references(() => municipalities.id),
    name: text().notNull(),
    purpose: text(),
    howToJoin: text(),
    position: integer().notNull().default(0),
    source: source(),
    ...timestamps(),
  },
  (t) => [index('networks_plan').on(t.planId)],
);

export const NETWORK_GROUP_STATUSES = ['current', 'past'] as const;
export const networkGroups = pgTable(
  'network_groups',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    description: text(),
    status: text({ enum: NETWORK_GROUP_STATUSES }).notNull().default('current'),
    position: integer().notNull().default(0),
    source: source(),
    ...timestamps(),
  },
  () => [check('network_groups_status', oneOf('status', NETWORK_GROUP_STATUSES))],
);

/** Something a network (or one of its groups) has held, e.g. a NADA course. */
export const networkActivities = pgTable('network_activities', {
  id: id(),
  networkId: uuid()
    .notNull()
    .references(() => networks.id, { onDelete: 'cascade' }),
  groupId: uuid().references(() => networkGroups.id, { onDelete: 'set null' }),
  name: text().notNull(),
  description: text(),
  position: integer().notNull().default(0),
  source: source(),
  ...timestamps(),
});

/** Whom to call about a plan, a body or a network. */
export const contacts = pgTable(
  'contacts',
  {
    id: id(),
    planId: uuid().references(() => plans.id, { onDelete: 'cascade' }),
    bodyId: uuid().references(() => bodies.id, { onDelete: 'cascade' }),
    networkId: uuid().references(() => networks.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    title: text(),
    phone: text(),
    email: text(),
    position: integer().notNull().default(0),
    source: source(),
    ...timestamps(),
  },
  (t) => [
    check('contacts_owner', sql`num_nonnulls(${t.planId}, ${t.bodyId}, ${t.networkId}) >= 1`),
    index('contacts_plan').on(t.planId),
  ],
);
