import { randomUUID } from 'node:crypto';
import { eq, max } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/client';
import * as t from '../../db/schema/index';
import {
  BUDGET_CATEGORIES,
  BUDGET_CATEGORY_LABELS,
  type BudgetCategory,
} from '../../domain/budget/budget-kinds';
import { SPENDING_COLUMNS } from '../../domain/budget/spending-columns';
import { spendingDateProblem, spendingDateWindow } from '../../domain/budget/spending-dates';
import { AppError } from '../../domain/errors/app-error';
import { formatKroner, MAX_AMOUNT_ORE } from '../../domain/money/money';
import { danishDate } from '../../domain/plans/period';
import { parseDateCell, parseKronerCell } from '../../tabular/cells';
import { normaliseHeader } from '../../tabular/column-mapping';
import type { ImportProblem } from '../../tabular/import-problem';
import { type Actor, withAudit } from '../audit/with-audit';
import { findPlanRef } from '../plan-rows/parents';
import { loadPlanPeriod } from '../plans/plan-period';
import {
  type ImportResult,
  importResult,
  readImport,
  refuseImportWithProblems,
} from '../tabular/import-result';
import { loadAccountMappings } from './account-mappings';

function categoryOf(text: string): BudgetCategory | undefined {
  const n = normaliseHeader(text);
  return BUDGET_CATEGORIES.find(
    (c) => normaliseHeader(c) === n || normaliseHeader(BUDGET_CATEGORY_LABELS[c]) === n,
  );
}

/**
 * Imports actual spending from an accounting export: every row's account must be mapped to a
 * budget post (the plan's saved mapping, or the file's "Budgetpost" column, which is then saved),
 * its date must lie in the plan's period, its amount be kroner. Preview writes nothing; a commit
 * with any problem writes nothing either (422, problems by row and column).
 */
export async function importSpending(
  db: Db,
  actor: Actor,
  input: { plan: string; request: FastifyRequest },
): Promise<ImportResult> {
  const plan = await findPlanRef(db, input.plan);
  if (!plan) throw new AppError('PLAN_NOT_FOUND');
  const read = await readImport(input.request, SPENDING_COLUMNS);
  const problems: ImportProblem[] = [...read.mapped.problems];
  const header = (key: string) =>
    read.mapped.mapping[key] ?? SPENDING_COLUMNS.find((c) => c.key === key)?.label ?? key;
  const dateWindow = spendingDateWindow(await loadPlanPeriod(db, plan.planId));
  const mappings = new Map((await loadAccountMappings(db, plan.planId)).map((m) => [m.account, m]));
  const learned = new Map<string, BudgetCategory>();
  const rows: {
    row: number;
    date: string;
    account: string;
    amountOre: number;
    description: string | null;
    category: BudgetCategory;
    lineDescription: string | null;
  }[] = [];

  if (read.mapped.problems.length === 0) {
    for (const { row, values } of read.mapped.rows) {
      const before = problems.length;
      const date = parseDateCell(values.date ?? '');
      if (!date)
        problems.push({ row, column: header('date'), message: `»${values.date ?? ''}« er ikke en dato.` });
      else {
        const outside = spendingDateProblem(date, dateWindow);
        if (outside)
          problems.push({ row, column: header('date'), message: `${danishDate(date)}: ${outside}.` });
      }
      const amountOre = parseKronerCell(values.amount ?? '');
      if (amountOre === undefined)
        problems.push({
          row,
          column: header('amount'),
          message: `»${values.amount ?? ''}« er ikke et beløb i kroner med højst to decimaler.`,
        });
      else if (Math.abs(amountOre) > MAX_AMOUNT_ORE)
        problems.push({
          row,
          column: header('amount'),
          message: `Beløbet må højst være ${formatKroner(MAX_AMOUNT_ORE)} (plus eller minus).`,
        });
      const account = (values.account ?? '').trim();
      let category: BudgetCategory | undefined;
      let lineDescription: string | null = null;
      if (!account) problems.push({ row, column: header('account'), message: 'Kontonummeret mangler.' });
      else {
        const mapped = mappings.get(account);
        const fromFile = values.category ? categoryOf(values.category) : undefined;
        if (values.category && !fromFile) {
          problems.push({
            row,
            column: header('category'),
            message: `»${values.category}« er ikke en budgetpost (${BUDGET_CATEGORIES.map((c) => BUDGET_CATEGORY_LABELS[c]).join(', ')}).`,
          });
        }
        category = mapped?.category ?? fromFile ?? learned.get(account);
        lineDescription = mapped?.lineDescription ?? null;
        if (!mapped && fromFile) learned.set(account, fromFile);
        if (!category && !values.category) {
          problems.push({
            row,
            column: header('account'),
            message: `Kontoen ${account} er ikke knyttet til en budgetpost. Knyt den under »Kontotilknytning«, eller angiv en budgetpost i filen.`,
          });
        }
      }
      if (problems.length === before && date && amountOre !== undefined && category) {
        rows.push({
          row,
          date,
          account,
          amountOre,
          description: values.description || null,
          category,
          lineDescription,
        });
      }
    }
  }
  if (!read.commit) return importResult(read, problems, false);
  refuseImportWithProblems(problems);
  return withAudit(db, actor, { name: 'importSpending', planId: plan.planId }, async (tx) => {
    const importId = randomUUID();
    if (rows.length > 0) {
      await tx.insert(t.spendingEntries).values(
        rows.map((r, position) => ({
          planId: plan.planId,
          date: r.date,
          account: r.account,
          category: r.category,
          lineDescription: r.lineDescription,
          description: r.description,
          amountOre: r.amountOre,
          origin: 'import' as const,
          importId,
          fileRow: r.row,
          position,
        })),
      );
    }
    if (learned.size > 0) {
      // The file taught us accounts the plan had not mapped: save them for the next import.
      const [last] = await tx
        .select({ position: max(t.accountMappings.position) })
        .from(t.accountMappings)
        .where(eq(t.accountMappings.planId, plan.planId));
      const start = Number(last?.position ?? -1) + 1;
      await tx.insert(t.accountMappings).values(
        [...learned.entries()].map(([account, category], i) => ({
          planId: plan.planId,
          account,
          category,
          position: start + i,
        })),
      );
    }
    return importResult(read, problems, true);
  });
}
