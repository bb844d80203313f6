import { useId, useState } from 'react';
import { FINANCING_SOURCE_LABELS } from '../../domain/financing/financing-kinds';
import { formatKroner } from '../../domain/money/money';
import type { BudgetDiffOut, BudgetVersionOut } from '../../server/budget/budget.schema';
import { getJson } from '../api/api-client';
import { useApi } from '../api/use-api';
import { useT } from '../i18n/i18n';
import { LoadState } from '../layout/load-state';
import { ScrollTable } from '../layout/scroll-table';

const signed = (ore: number) =>
  ore > 0 ? `+${formatKroner(ore)}` : ore < 0 ? `−${formatKroner(-ore)}` : '0 kr.';

function DiffTable({ before, after }: { before: BudgetVersionOut; after: BudgetVersionOut }) {
  const t = useT().budget;
  const state = useApi<BudgetDiffOut>(`${before.id}:${after.id}`, (signal) =>
    getJson(`/api/budget-versions/${after.id}/diff?against=${before.id}`, signal),
  );
  return (
    <LoadState state={state}>
      {(diff) => {
        const changed = diff.lines.filter((l) => l.change !== 'unchanged');
        return (
          <>
            {changed.length === 0 ? (
              <p>{t.noChanges}</p>
            ) : (
              <ScrollTable label={t.diffCaption(before.name, after.name)}>
                <table className="table table--zebra budget-diff">
                  <caption>{t.diffCaption(before.name, after.name)}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.colYear}</th>
                      <th scope="col">{t.colDescription}</th>
                      <th scope="col">{t.colChange}</th>
                      <th scope="col" className="amount-cell">
                        {t.colBefore}
                      </th>
                      <th scope="col" className="amount-cell">
                        {t.colAfter}
                      </th>
                      <th scope="col" className="amount-cell">
                        {t.colDifference}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {changed.map((l) => (
                      <tr key={l.key}>
                        <td>{l.year ?? t.wholePeriod}</td>
                        <th scope="row" className="row-label">
                          {l.description}
                          {l.sources.length > 0 && (
                            <span className="line-hint">
                              {l.sources
                                .map(
                                  (s) =>
                                    `${s.sourceName}: ${formatKroner(s.beforeOre)} → ${formatKroner(s.afterOre)}`,
                                )
                                .join('; ')}
                            </span>
                          )}
                        </th>
                        <td>{t.change[l.change]}</td>
                        <td className="amount-cell amount nowrap">{formatKroner(l.beforeOre)}</td>
                        <td className="amount-cell amount nowrap">{formatKroner(l.afterOre)}</td>
                        <td className="amount-cell amount nowrap">{signed(l.differenceOre)}</td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr className="total-row">
                      <th scope="row" colSpan={3}>
                        {t.colTotal}
                      </th>
                      <td className="amount-cell amount nowrap">{formatKroner(diff.totalBeforeOre)}</td>
                      <td className="amount-cell amount nowrap">{formatKroner(diff.totalAfterOre)}</td>
                      <td className="amount-cell amount nowrap">
                        {signed(diff.totalAfterOre - diff.totalBeforeOre)}
                      </td>
                    </tr>
                  </tfoot>
                </table>
              </ScrollTable>
            )}
            {diff.bySource.some((s) => s.differenceOre !== 0) && (
              <table className="table table--borderless">
                <caption>{t.diffBySource}</caption>
                <tbody>
                  {diff.bySource
                    .filter((s) => s.differenceOre !== 0)
                    .map((s) => (
                      <tr key={s.source}>
                        <th scope="row">{FINANCING_SOURCE_LABELS[s.source]}</th>
                        <td className="amount-cell amount nowrap">{signed(s.differenceOre)}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            )}
          </>
        );
      }}
    </LoadState>
  );
}

/** Pick an earlier (or any other) version and see what changed, line by line and by source. */
export function BudgetDiff({
  current,
  versions,
}: {
  current: BudgetVersionOut;
  versions: BudgetVersionOut[];
}) {
  const t = useT().budget;
  const id = useId();
  const others = versions.filter((v) => v.id !== current.id);
  const [againstId, setAgainstId] = useState<string>(current.basedOnVersionId ?? '');
  const against = others.find((v) => v.id === againstId);
  if (others.length === 0) return null;
  return (
    <>
      <div className="form-group">
        <label className="form-label" htmlFor={id}>
          {t.diffLabel}
        </label>
        <select
          id={id}
          className="form-select"
          value={againstId}
          onChange={(e) => setAgainstId(e.target.value)}
        >
          <option value="">{t.diffNone}</option>
          {others.map((v) => (
            <option key={v.id} value={v.id}>
              {t.versionKind[v.kind]}: {v.name}
            </option>
          ))}
        </select>
      </div>
      {against && <DiffTable before={against} after={current} />}
    </>
  );
}
