import type * as t from '../../db/schema/index';

type Row = typeof t.spendingEntries.$inferSelect;
export const toSpendingOut = (r: Row) => ({
  id: r.id,
  planId: r.planId,
  date: r.date,
  account: r.account,
  category: r.category,
  lineDescription: r.lineDescription,
  description: r.description,
  amountOre: Number(r.amountOre),
  origin: r.origin,
  importId: r.importId,
  fileRow: r.fileRow,
});
