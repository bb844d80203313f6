import { z } from 'zod';
import { ENROLMENT_OUTCOMES } from '../../domain/monitoring/indicator-kinds';
import { isoDate, paginationQuery } from '../http/common.schema';
import { partialOf } from '../plan-rows/plan-rows';

/** A participant's forløb in an activity: start, end, and what became of it (needs an end date). */
export const enrolmentBody = z.object({
  participantId: z.uuid(),
  startDate: isoDate,
  endDate: isoDate.nullable().optional(),
  outcome: z.enum(ENROLMENT_OUTCOMES).nullable().optional(),
});
export type EnrolmentInput = z.infer<typeof enrolmentBody>;

export const updateEnrolmentBody = partialOf(enrolmentBody.omit({ participantId: true }));
export type EnrolmentUpdate = z.infer<typeof updateEnrolmentBody>;

export const enrolmentOut = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  activityId: z.uuid(),
  participantId: z.uuid(),
  participantCode: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  outcome: z.enum(ENROLMENT_OUTCOMES).nullable(),
  createdAt: z.string(),
});
export type EnrolmentOut = z.infer<typeof enrolmentOut>;

export const listEnrolmentsQuery = paginationQuery.extend({
  open: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true'))
    .describe('true: kun igangværende forløb; false: kun afsluttede'),
});
