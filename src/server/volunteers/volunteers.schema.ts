import { z } from 'zod';
import { isoDate, paginationQuery } from '../http/common.schema';

/**
 * A volunteer (frivillig): a generated pseudonymous code, and a name only together with the date
 * the volunteer consented to it being kept (VOLUNTEER_CONSENT_MISSING otherwise).
 */
export const volunteerBody = z.object({
  name: z.string().trim().min(1, { message: 'Skal udfyldes' }).max(200).nullable().optional(),
  consentDate: isoDate.nullable().optional(),
  active: z.boolean().optional(),
});
export type VolunteerInput = z.infer<typeof volunteerBody>;

/** PATCH; `{ name: null }` withdraws the consent: the name (and its consent date) is removed. */
export const updateVolunteerBody = volunteerBody.refine((v) => Object.keys(v).length > 0, {
  message: 'Angiv mindst ét felt at ændre',
});

export const volunteerOut = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  code: z.string(),
  name: z.string().nullable(),
  consentDate: z.string().nullable(),
  active: z.boolean(),
  /** Hours registered over all sessions, and at how many sessions. */
  totalHours: z.number(),
  sessionCount: z.number().int(),
  createdAt: z.string(),
});
export type VolunteerOut = z.infer<typeof volunteerOut>;

export const listVolunteersQuery = paginationQuery.extend({
  includeInactive: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true')
    .describe('false: kun aktive frivillige'),
});
