import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { ACTIVITY_STATUSES } from '../../domain/activities/activity-status';
import { PARTNER_TYPES } from '../../domain/partners/partner-types';
import { id, oneOf, source, timestamps } from './columns';
import { departments } from './organisations';
import { plans } from './plans';
import { focusAreas } from './reference';

export const activities = pgTable(
  'activities',
  {
    id: id(),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    focusAreaId: uuid()
      .notNull()
      .references(() => focusAreas.id),
    name: text().notNull(),
    purpose: text(),
    targetGroups: jsonb().$type<string[]>().notNull().default([]),
    status: text({ enum: ACTIVITY_STATUSES }).notNull().default('planned'),
    startDate: date({ mode: 'string' }),
    endDate: date({ mode: 'string' }),
    position: integer().notNull().default(0),
    source: source(),
    ...timestamps(),
  },
  (t) => [
    check('activities_status', oneOf('status', ACTIVITY_STATUSES)),
    check(
      'activities_period',
      sql`${t.endDate} is null or ${t.startDate} is null or ${t.endDate} >= ${t.startDate}`,
    ),
    index('activities_plan').on(t.planId),
    index('activities_focus_area').on(t.focusAreaId),
  ],
);

export const activityDepartments = pgTable(
  'activity_departments',
  {
    activityId: uuid()
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    departmentId: uuid()
      .notNull()
      .references(() => departments.id),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.departmentId] })],
);

export const partners = pgTable(
  'partners',
  {
    id: id(),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    type: text({ enum: PARTNER_TYPES }).notNull(),
    /** What the partner contributes within the plan's frame and outside it (prækvalifikation §2). */
    contributionInsidePlan: text(),
    contributionOutsidePlan: text(),
    position: integer().notNull().default(0),
    source: source(),
    ...timestamps(),
  },
  (t) => [check('partners_type', oneOf('type', PARTNER_TYPES)), index('partners_plan').on(t.planId)],
);

export const activityPartners = pgTable(
  'activity_partners',
  {
    activityId: uuid()
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.activityId, t.partnerId] }),
    index('activity_partners_partner').on(t.partnerId),
  ],
);
