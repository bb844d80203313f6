import { z } from 'zod';
import { AGE_BANDS, GENDERS } from '../../domain/participants/participant';
import { isoDate, optionalText, paginationQuery } from '../http/common.schema';
import { newParticipant } from '../participants/participants.schema';
import { partialOf } from '../plan-rows/plan-rows';

const count = (max: number) =>
  z
    .number({ message: 'Skal være et antal (heltal)' })
    .int({ message: 'Skal være et helt antal' })
    .min(0, { message: 'Antallet må ikke være negativt' })
    .max(max);

/** Volunteer hours: more than 0, at most a day, in quarters of an hour or finer (two decimals). */
export const volunteerHours = z
  .number({ message: 'Skal være et antal timer' })
  .gt(0, { message: 'Timer skal være større end 0' })
  .max(24, { message: 'Højst 24 timer pr. gang' })
  .refine((h) => Math.abs(h * 100 - Math.round(h * 100)) < 1e-6, { message: 'Højst to decimaler' });

/** An open event's head count ("23 deltagere, heraf 14 piger"); the split is optional. */
export const openCountSchema = z.object({
  total: count(100_000),
  female: count(100_000).nullable().optional(),
  male: count(100_000).nullable().optional(),
});
export type OpenCount = z.infer<typeof openCountSchema>;

export const sessionVolunteerInput = z.object({ volunteerId: z.uuid(), hours: volunteerHours });

/**
 * One form for a whole group (journey 1): who came (known participants by id, new ones with
 * their attributes — codes are generated), or only a head count for an open event, or both;
 * the staff who ran it and the volunteers with their hours.
 */
/** The database keeps session dates within 1990–2100 (a typo such as 2204 is caught here). */
const sessionDate = isoDate.refine((d) => d >= '1990-01-01' && d <= '2100-12-31', {
  message: 'Datoen skal ligge mellem 1990 og 2100',
});

export const sessionBody = z.object({
  date: sessionDate,
  departmentId: z.uuid().nullable().optional(),
  place: optionalText(200),
  note: optionalText(2000),
  staffIds: z.array(z.uuid()).max(50).default([]),
  participantIds: z.array(z.uuid()).max(1000).default([]),
  newParticipants: z.array(newParticipant).max(200).default([]),
  openCount: openCountSchema.nullable().optional(),
  volunteers: z.array(sessionVolunteerInput).max(100).default([]),
  /**
   * Volunteers met for the first time: each gets a generated code in the same transaction, so a
   * refused session leaves no unused volunteer behind.
   */
  newVolunteers: z
    .array(z.object({ hours: volunteerHours }))
    .max(50)
    .default([]),
});
export type SessionInput = z.infer<typeof sessionBody>;

/** PATCH: the parts given replace the stored ones (the attendance set, volunteers, staff, count). */
export const updateSessionBody = partialOf(sessionBody.omit({ newVolunteers: true }));
export type SessionUpdate = z.infer<typeof updateSessionBody>;

export const attendeeOut = z.object({
  participantId: z.uuid(),
  code: z.string(),
  ageBand: z.enum(AGE_BANDS).nullable(),
  gender: z.enum(GENDERS).nullable(),
  departmentId: z.uuid().nullable(),
});

export const sessionVolunteerOut = z.object({
  volunteerId: z.uuid(),
  code: z.string(),
  name: z.string().nullable(),
  hours: z.number(),
});

const sessionCore = {
  id: z.uuid(),
  planId: z.uuid(),
  activityId: z.uuid(),
  activityName: z.string(),
  date: z.string(),
  departmentId: z.uuid().nullable(),
  place: z.string().nullable(),
  openCount: z
    .object({
      total: z.number().int(),
      female: z.number().int().nullable(),
      male: z.number().int().nullable(),
    })
    .nullable(),
  imported: z.boolean(),
};

/** A session with who came: personal data (codes), for personalData:read. */
export const sessionOut = z.object({
  ...sessionCore,
  /** Free text: with the attendance, not in lists (it may say more than counts do). */
  note: z.string().nullable(),
  staffIds: z.array(z.uuid()),
  attendance: z.array(attendeeOut),
  volunteers: z.array(sessionVolunteerOut),
  /** On create/update: the codes generated for the new participants, in the order given. */
  newParticipantCodes: z.array(z.string()).optional(),
  /** On create: the codes generated for the new volunteers, in the order given. */
  newVolunteerCodes: z.array(z.string()).optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SessionOut = z.infer<typeof sessionOut>;

/** A session in a list: counts only, never a code (plan:read). */
export const sessionListItem = z.object({
  ...sessionCore,
  attendanceCount: z.number().int(),
  staffCount: z.number().int(),
  volunteerCount: z.number().int(),
  volunteerHours: z.number(),
});
export type SessionListItem = z.infer<typeof sessionListItem>;

export const sessionFilters = z.object({
  from: isoDate.optional().describe('Fra og med dato'),
  to: isoDate.optional().describe('Til og med dato'),
});
export const listActivitySessionsQuery = paginationQuery.extend(sessionFilters.shape);
export const listPlanSessionsQuery = listActivitySessionsQuery.extend({
  activityId: z.uuid().optional().describe('Kun denne indsats'),
});
export type ListSessionsQuery = z.infer<typeof listPlanSessionsQuery>;

export const regularsQuery = z.object({
  sessions: z.coerce.number().int().min(1).max(50).default(3).describe('Så mange af de seneste gange'),
});

export const regularOut = attendeeOut.extend({
  /** How many of the last sessions the participant came to. */
  attended: z.number().int(),
});
export const regularsOut = z.object({
  /** The sessions looked at (at most the number asked for). */
  sessions: z.array(z.object({ id: z.uuid(), date: z.string() })),
  items: z.array(regularOut),
});
