import { z } from 'zod';
import { nonEmptyText, optionalText } from '../http/common.schema';
import { partialOf } from '../plan-rows/plan-rows';

export const contactBody = z.object({
  name: nonEmptyText(200),
  title: optionalText(200),
  phone: z
    .string()
    .trim()
    .max(40)
    .regex(/^[+\d\s()-]*$/, 'Kun cifre, mellemrum, +, - og parenteser')
    .nullable()
    .optional(),
  email: z.email({ message: 'Skal være en e-mailadresse' }).max(254).nullable().optional(),
});
export const updateContactBody = partialOf(contactBody);
/** A contact belongs to a plan, one of its bodies or one of its networks: exactly one is set. */
export const contactOut = contactBody.extend({
  id: z.uuid(),
  planId: z.uuid().nullable(),
  bodyId: z.uuid().nullable(),
  networkId: z.uuid().nullable(),
});
