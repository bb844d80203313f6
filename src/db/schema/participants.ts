import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { AGE_BANDS, GENDERS } from '../../domain/participants/participant';
import { id, oneOf, timestamps } from './columns';
import { departments } from './organisations';
import { plans } from './plans';

/**
 * A pseudonymous participant of a plan's activities. Erasure (GDPR art. 17) keeps the row as an
 * anonymous tombstone — code replaced, attributes cleared, `erasedAt` set — so counts of unique
 * participants and attendances stay correct while nothing links it to a person any more.
 */
export const participants = pgTable(
  'participants',
  {
    id: id(),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    code: text().notNull(),
    ageBand: text({ enum: AGE_BANDS }),
    gender: text({ enum: GENDERS }),
    departmentId: uuid().references(() => departments.id),
    erasedAt: timestamp({ withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    unique('participants_plan_code').on(t.planId, t.code),
    check('participants_age_band', sql`age_band is null or ${oneOf('age_band', AGE_BANDS)}`),
    check('participants_gender', sql`gender is null or ${oneOf('gender', GENDERS)}`),
    check(
      'participants_erased_clean',
      sql`${t.erasedAt} is null or (${t.ageBand} is null and ${t.gender} is null and ${t.departmentId} is null)`,
    ),
    index('participants_plan').on(t.planId),
    // The attendance import looks codes up across all plans, case-insensitively (a code of another plan is refused).
    index('participants_code_upper').on(sql`upper(${t.code})`),
  ],
);
