import type { Executor } from '../../db/client';
import { diffBudgets } from '../../domain/budget/budget-diff';
import { AppError } from '../../domain/errors/app-error';
import { findVersion, loadLines, toDomainLines, versionOutput } from './budget-store';

/** What changed from one version (`against`, before) to another (after), line by line and by source. */
export async function diffBudgetVersions(db: Executor, input: { versionId: string; againstId: string }) {
  const after = await findVersion(db, input.versionId);
  const before = await findVersion(db, input.againstId).catch(() => null);
  if (!before || before.planId !== after.planId) {
    throw new AppError('VALIDATION_FAILED', {}, [
      { field: 'against', message: 'Versionen findes ikke i denne plan' },
    ]);
  }
  const diff = diffBudgets(
    toDomainLines(await loadLines(db, before.id)),
    toDomainLines(await loadLines(db, after.id)),
  );
  return {
    before: versionOutput(before, diff.totalBeforeOre),
    after: versionOutput(after, diff.totalAfterOre),
    ...diff,
  };
}
