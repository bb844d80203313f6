import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { BODY_KINDS } from '../../domain/governance/body-kinds';
import { id, oneOf, source, timestamps } from './columns';
import { municipalities } from './organisations';
import { plans } from './plans';

/** A plan's bestyrelse, forum or working group — or a municipality's district forum. */
export const bodies = pgTable(
  'bodies',
  {
    id: id(),
    planId: uuid().references(() => plans.id, { onDelete: 'cascade' }),
    municipalityId: uuid().references(() => municipalities.id, { onDelete: 'cascade' }),
    kind: text({ enum: BODY_KINDS }).notNull(),
    name: text().notNull(),
    purpose: text(),
    hasDecisionAuthority: boolean().notNull(),
    meetingsPerYearMin: integer(),
    meetingsPerYearMax: integer(),
    position: integer().notNull().default(0),
    source: source(),
    ...timestamps(),
  },
  (t) => [
    check('bodies_kind', oneOf('kind', BODY_KINDS)),
    check('bodies_owner', sql`(${t.planId} is not null) <> (${t.municipalityId} is not null)`),
    check(
      'bodies_meetings',
      sql`(${t.meetingsPerYearMin} is null or ${t.meetingsPerYearMin} >= 0) and (${t.meetingsPerYearMax} is null or ${t.meetingsPerYearMin} is null or ${t.meetingsPerYearMax} >= ${t.meetingsPerYearMin})`,
    ),
    index('bodies_plan').on(t.planId),
  ],
);

/**
 * A seat on a body. Sources often name the role, not the person ("7 byrådsmedlemmer, ét fra
 * hvert parti"), so the name is optional and one row may stand for several seats.
 */
export const bodyMembers = pgTable(
  'body_members',
  {
    id: id(),
    bodyId: uuid()
      .notNull()
      .references(() => bodies.id, { onDelete: 'cascade' }),
    name: text(),
    role: text().notNull(),
    organisation: text(),
    party: text(),
    seats: integer().notNull().default(1),
    position: integer().notNull().default(0),
    source: source(),
    ...timestamps(),
  },
  (t) => [check('body_members_seats', sql`${t.seats} >= 1`), index('body_members_body').on(t.bodyId)],
);
