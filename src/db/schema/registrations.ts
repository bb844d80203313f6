import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { ENROLMENT_OUTCOMES } from '../../domain/monitoring/indicator-kinds';
import { activities } from './activities';
import { id, oneOf, timestamps } from './columns';
import { departments } from './organisations';
import { participants } from './participants';
import { planStaff, plans } from './plans';

/**
 * One session of an activity (issue #4 §2): a homework café on a Saturday, a mentor meeting.
 * Named participants are in attendances; an open event may instead (or also) carry a head count
 * with an optional gender split (openCount, openFemale, openMale).
 */
export const activitySessions = pgTable(
  'activity_sessions',
  {
    id: id(),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    /**
     * No cascade: deleting an activity must not silently take its registrations (personal data)
     * along. "No action" rather than "restrict", so deleting a whole plan still removes both.
     */
    activityId: uuid()
      .notNull()
      .references(() => activities.id, { onDelete: 'no action' }),
    date: date({ mode: 'string' }).notNull(),
    departmentId: uuid().references(() => departments.id),
    place: text(),
    openCount: integer(),
    openFemale: integer(),
    openMale: integer(),
    note: text(),
    /** Set when the session came from a file import (all rows of one import share it). */
    importId: uuid(),
    ...timestamps(),
  },
  (t) => [
    check('activity_sessions_date', sql`${t.date} between '1990-01-01' and '2100-12-31'`),
    check(
      'activity_sessions_open_counts',
      sql`(${t.openCount} is null and ${t.openFemale} is null and ${t.openMale} is null) or
          (${t.openCount} >= 0 and coalesce(${t.openFemale}, 0) >= 0 and coalesce(${t.openMale}, 0) >= 0
           and coalesce(${t.openFemale}, 0) + coalesce(${t.openMale}, 0) <= ${t.openCount})`,
    ),
    index('activity_sessions_plan_date').on(t.planId, t.date),
    index('activity_sessions_activity_date').on(t.activityId, t.date),
  ],
);

/** One participant at one session (fremmøde). */
export const attendances = pgTable(
  'attendances',
  {
    sessionId: uuid()
      .notNull()
      .references(() => activitySessions.id, { onDelete: 'cascade' }),
    participantId: uuid()
      .notNull()
      .references(() => participants.id),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.participantId] }),
    index('attendances_participant').on(t.participantId),
    // A plan's attendances without scanning every plan's (decision 014: at national scale the
    // dashboard and progress read one plan's 1 % of 5,000,000 rows); covering, for index-only scans.
    index('attendances_plan').on(t.planId, t.sessionId, t.participantId),
  ],
);

/** Which of the plan's staff ran the session. */
export const sessionStaff = pgTable(
  'session_staff',
  {
    sessionId: uuid()
      .notNull()
      .references(() => activitySessions.id, { onDelete: 'cascade' }),
    staffId: uuid()
      .notNull()
      .references(() => planStaff.id, { onDelete: 'cascade' }),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.staffId] })],
);

/**
 * A volunteer (frivillig, issue #4 §7): a pseudonymous code, or a name only with recorded consent.
 * The name is never copied into the audit trail, so withdrawing consent really removes it.
 */
export const volunteers = pgTable(
  'volunteers',
  {
    id: id(),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    code: text().notNull(),
    name: text(),
    consentDate: date({ mode: 'string' }),
    active: integer().notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    unique('volunteers_plan_code').on(t.planId, t.code),
    check('volunteers_name_consent', sql`${t.name} is null or ${t.consentDate} is not null`),
    check('volunteers_active', sql`${t.active} in (0, 1)`),
    index('volunteers_plan').on(t.planId),
  ],
);

/** Hours a volunteer gave at a session. */
export const sessionVolunteers = pgTable(
  'session_volunteers',
  {
    sessionId: uuid()
      .notNull()
      .references(() => activitySessions.id, { onDelete: 'cascade' }),
    volunteerId: uuid()
      .notNull()
      .references(() => volunteers.id, { onDelete: 'no action' }),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    hours: numeric({ precision: 5, scale: 2, mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.volunteerId] }),
    check('session_volunteers_hours', sql`${t.hours} > 0 and ${t.hours} <= 24`),
    index('session_volunteers_volunteer').on(t.volunteerId),
    index('session_volunteers_plan').on(t.planId),
  ],
);

/** A participant's forløb in an activity over time, and what became of it. */
export const enrolments = pgTable(
  'enrolments',
  {
    id: id(),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    activityId: uuid()
      .notNull()
      .references(() => activities.id, { onDelete: 'no action' }),
    participantId: uuid()
      .notNull()
      .references(() => participants.id),
    startDate: date({ mode: 'string' }).notNull(),
    endDate: date({ mode: 'string' }),
    outcome: text({ enum: ENROLMENT_OUTCOMES }),
    ...timestamps(),
  },
  (t) => [
    unique('enrolments_once').on(t.activityId, t.participantId, t.startDate),
    check('enrolments_period', sql`${t.endDate} is null or ${t.endDate} >= ${t.startDate}`),
    check('enrolments_outcome', sql`outcome is null or ${oneOf('outcome', ENROLMENT_OUTCOMES)}`),
    check('enrolments_outcome_dated', sql`${t.outcome} is null or ${t.endDate} is not null`),
    index('enrolments_plan').on(t.planId),
    index('enrolments_activity').on(t.activityId),
  ],
);
