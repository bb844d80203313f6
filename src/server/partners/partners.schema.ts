import { z } from 'zod';
import { PARTNER_TYPES } from '../../domain/partners/partner-types';
import { nonEmptyText, optionalText } from '../http/common.schema';
import { partialOf } from '../plan-rows/plan-rows';

export const partnerBody = z.object({
  name: nonEmptyText(300),
  type: z.enum(PARTNER_TYPES),
  contributionInsidePlan: optionalText(),
  contributionOutsidePlan: optionalText(),
});
export const updatePartnerBody = partialOf(partnerBody);
export const partnerOut = partnerBody.extend({ id: z.uuid(), planId: z.uuid() });
