import { z } from 'zod';
import { ROLES } from '../../domain/access/roles';

export const signInBody = z.object({
  email: z.email({ message: 'Skal være en e-mailadresse' }).max(254),
  password: z.string().min(1, { message: 'Skal udfyldes' }).max(200),
});

export const roleAssignmentSchema = z.object({
  role: z.enum(ROLES),
  municipalityId: z.uuid().optional(),
  planId: z.uuid().optional(),
  partnerId: z.uuid().optional(),
});

export const sessionSchema = z.object({
  /** The token to send as X-CSRF-Token on every POST/PATCH/DELETE. */
  csrfToken: z.string(),
  user: z
    .object({
      id: z.uuid(),
      email: z.string(),
      displayName: z.string(),
      mustChangePassword: z.boolean(),
      assignments: z.array(roleAssignmentSchema),
    })
    .nullable(),
});
export type SessionInfo = z.infer<typeof sessionSchema>;
