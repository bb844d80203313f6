import { z } from 'zod';
import { BODY_KINDS } from '../../domain/governance/body-kinds';
import { nonEmptyText, optionalText } from '../http/common.schema';
import { partialOf } from '../plan-rows/plan-rows';

const meetings = z.number().int().min(0).max(365).nullable().optional();

export const bodyBody = z.object({
  kind: z.enum(BODY_KINDS),
  name: nonEmptyText(300),
  purpose: optionalText(),
  hasDecisionAuthority: z.boolean(),
  meetingsPerYearMin: meetings,
  meetingsPerYearMax: meetings,
});
export const updateBodyBody = partialOf(bodyBody);
export const bodyOut = bodyBody.extend({ id: z.uuid(), planId: z.uuid() });

/** A seat on a body: the role is required, the person's name often is not known. */
export const bodyMemberBody = z.object({
  name: optionalText(200),
  role: nonEmptyText(300),
  organisation: optionalText(300),
  party: optionalText(200),
  seats: z.number().int().min(1).max(100).default(1),
});
export const updateBodyMemberBody = partialOf(bodyMemberBody);
export const bodyMemberOut = bodyMemberBody.extend({ id: z.uuid(), bodyId: z.uuid() });
