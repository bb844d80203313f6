import { z } from 'zod';
import { STAFF_ROLES } from '../../domain/plans/plan-status';
import { nonEmptyText, optionalText } from '../http/common.schema';
import { partialOf } from '../plan-rows/plan-rows';

export const staffBody = z.object({
  role: z.enum(STAFF_ROLES),
  title: nonEmptyText(200),
  name: optionalText(200),
  weeklyHours: z.number().min(0).max(168).nullable().optional(),
  employerOrganisationId: z.uuid().nullable().optional(),
});
export const updateStaffBody = partialOf(staffBody);
export const staffOut = staffBody.extend({ id: z.uuid(), planId: z.uuid() });
