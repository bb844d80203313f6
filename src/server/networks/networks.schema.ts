import { z } from 'zod';
import { NETWORK_GROUP_STATUSES } from '../../db/schema/networks';
import { nonEmptyText, optionalText } from '../http/common.schema';
import { partialOf } from '../plan-rows/plan-rows';

export const networkBody = z.object({
  name: nonEmptyText(300),
  purpose: optionalText(),
  howToJoin: optionalText(),
});
export const updateNetworkBody = partialOf(networkBody);
export const networkOut = networkBody.extend({ id: z.uuid(), planId: z.uuid() });

export const networkGroupBody = z.object({
  name: nonEmptyText(300),
  description: optionalText(),
  status: z.enum(NETWORK_GROUP_STATUSES).default('current'),
});
export const updateNetworkGroupBody = partialOf(networkGroupBody);
export const networkGroupOut = networkGroupBody.extend({ id: z.uuid(), networkId: z.uuid() });

export const networkActivityBody = z.object({
  name: nonEmptyText(300),
  description: optionalText(),
  /** The group that held it, when it was one of the network's groups. */
  groupId: z.uuid().nullable().optional(),
});
export const updateNetworkActivityBody = partialOf(networkActivityBody);
export const networkActivityOut = networkActivityBody.extend({ id: z.uuid(), networkId: z.uuid() });
