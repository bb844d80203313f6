import { z } from 'zod';
import { nonEmptyText } from '../http/common.schema';

export const reopenPlanBody = z.object({
  reason: nonEmptyText(2000).describe('Hvorfor planen genåbnes (fx hvilken rettelse); gemmes i loggen'),
});

/** Whether a plan can be changed (decision 016). */
export const planWriteStateOut = z.object({
  writable: z.boolean(),
  /** Why it is read-only; null when writable. */
  readOnlyReason: z.enum(['completed', 'superseded']).nullable(),
  /** Set while an administrator has reopened the plan for corrections. */
  reopenedAt: z.string().nullable(),
  reopenReason: z.string().nullable(),
});
export type PlanWriteStateOut = z.infer<typeof planWriteStateOut>;
