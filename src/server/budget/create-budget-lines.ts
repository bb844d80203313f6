import type { Db } from '../../db/client';
import { type Actor, withAudit } from '../audit/with-audit';
import type { BudgetLineIn } from './budget.schema';
import { assertDraft, findVersion, loadLines } from './budget-store';
import { insertLines } from './insert-lines';
import { checkLineFacts, resolveFinancings, spreadOverYears } from './resolve-line';

/**
 * Adds a line to a draft version — or, with `spreadOverYears`, one line per year of the version
 * with the amount and each financing split exactly (largest remainder).
 */
export async function createBudgetLines(
  db: Db,
  actor: Actor,
  input: { versionId: string; body: BudgetLineIn },
) {
  const existing = await findVersion(db, input.versionId);
  const body = input.body;
  return withAudit(db, actor, { name: 'createBudgetLine', planId: existing.planId }, async (tx) => {
    const version = await findVersion(tx, input.versionId);
    assertDraft(version);
    const resolved = resolveFinancings(body.amountOre, body.financings);
    const year = body.spreadOverYears ? null : (body.year ?? null);
    await checkLineFacts(tx, version, { ...body, year, financings: resolved.financings });
    const perYear = body.spreadOverYears
      ? spreadOverYears(version, resolved)
      : [{ year, amountOre: resolved.amountOre, financings: resolved.financings }];
    const ids = await insertLines(
      tx,
      version,
      perYear.map((l) => ({
        scope: body.scope,
        category: body.category,
        description: body.description,
        activityId: body.activityId ?? null,
        focusAreaId: body.focusAreaId ?? null,
        ...l,
      })),
    );
    const lines = await loadLines(tx, version.id);
    return { items: lines.filter((l) => ids.includes(l.id)) };
  });
}
