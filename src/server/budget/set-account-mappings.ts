import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import { AppError } from '../../domain/errors/app-error';
import { type Actor, withAudit } from '../audit/with-audit';
import { findPlanRef } from '../plan-rows/parents';
import { loadAccountMappings } from './account-mappings';
import type { accountMappingsBody } from './spending.schema';

/** Replaces the plan's account mapping as a whole (one audited transaction). */
export async function setAccountMappings(
  db: Db,
  actor: Actor,
  input: { plan: string; body: z.infer<typeof accountMappingsBody> },
) {
  const plan = await findPlanRef(db, input.plan);
  if (!plan) throw new AppError('PLAN_NOT_FOUND');
  const seen = new Map<string, number>();
  input.body.mappings.forEach((m, i) => {
    const first = seen.get(m.account);
    if (first !== undefined) {
      throw new AppError('VALIDATION_FAILED', {}, [
        {
          field: `mappings.${i}.account`,
          message: `Kontoen ${m.account} står der allerede (række ${first + 1})`,
        },
      ]);
    }
    seen.set(m.account, i);
  });
  return withAudit(db, actor, { name: 'setAccountMappings', planId: plan.planId }, async (tx) => {
    await tx.delete(t.accountMappings).where(eq(t.accountMappings.planId, plan.planId));
    if (input.body.mappings.length > 0) {
      await tx.insert(t.accountMappings).values(
        input.body.mappings.map((m, position) => ({
          planId: plan.planId,
          account: m.account,
          category: m.category,
          lineDescription: m.lineDescription ?? null,
          label: m.label ?? null,
          position,
        })),
      );
    }
    return { items: await loadAccountMappings(tx, plan.planId) };
  });
}
