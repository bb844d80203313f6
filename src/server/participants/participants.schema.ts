import { z } from 'zod';
import { AGE_BANDS, GENDERS } from '../../domain/participants/participant';
import { paginationQuery } from '../http/common.schema';

export const participantSchema = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  code: z.string(),
  ageBand: z.enum(AGE_BANDS).nullable(),
  gender: z.enum(GENDERS).nullable(),
  departmentId: z.uuid().nullable(),
  erasedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Participant = z.infer<typeof participantSchema>;

/** Only what the plan needs: no name, no CPR, no birth date — there are no fields for them. */
export const newParticipant = z
  .object({
    ageBand: z.enum(AGE_BANDS).nullable().optional(),
    gender: z.enum(GENDERS).nullable().optional(),
    departmentId: z.uuid().nullable().optional(),
  })
  .strict();

export const createParticipantsBody = z.object({
  participants: z.array(newParticipant).min(1, { message: 'Mindst én deltager' }).max(200),
});

export const listParticipantsQuery = paginationQuery.extend({
  includeErased: z.coerce.boolean().default(false),
});

export const retentionBody = z.object({
  participantRetentionMonths: z.number().int().min(0).max(120),
});
