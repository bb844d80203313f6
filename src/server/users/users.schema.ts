import { z } from 'zod';
import { roleAssignmentSchema } from '../auth/auth.schema';
import { PASSWORD_MIN_LENGTH } from '../auth/passwords';

const password = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { message: `Mindst ${PASSWORD_MIN_LENGTH} tegn` })
  .max(200, { message: 'Højst 200 tegn' });

export const userSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  isDemo: z.boolean(),
  assignments: z.array(roleAssignmentSchema),
});
export type User = z.infer<typeof userSchema>;

export const createUserBody = z.object({
  email: z.email({ message: 'Skal være en e-mailadresse' }).max(254),
  displayName: z.string().trim().min(1, { message: 'Skal udfyldes' }).max(200),
  /** The first password; the user must change it at first sign-in. */
  password,
  assignments: z.array(roleAssignmentSchema).max(50).default([]),
});
export type CreateUserInput = z.infer<typeof createUserBody>;

export const resetPasswordBody = z.object({ password });

export const setRolesBody = z.object({ assignments: z.array(roleAssignmentSchema).max(50) });

export const updateUserBody = z
  .object({
    displayName: z.string().trim().min(1).max(200).optional(),
    disabled: z.boolean().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'Angiv mindst ét felt' });
