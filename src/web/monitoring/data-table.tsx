import type { ReactNode } from 'react';
import { ScrollTable } from '../layout/scroll-table';

export interface Column {
  label: ReactNode;
  /** A figure column: right-aligned. */
  amount?: boolean;
}

/**
 * A compact DKFDS table with its column headings, scrolling sideways on a phone. Without a
 * visible `caption` the label is the caption for screen readers only.
 */
export function DataTable({
  label,
  caption,
  className,
  columns,
  children,
  foot,
  scroll = true,
}: {
  label: string;
  caption?: ReactNode;
  className?: string;
  /** `false` leaves a column out (e.g. actions the user may not take). */
  columns: readonly (Column | false)[];
  children: ReactNode;
  foot?: ReactNode;
  scroll?: boolean;
}) {
  const table = (
    <table className={className ? `table table--compact ${className}` : 'table table--compact'}>
      {caption === undefined ? <caption className="sr-only">{label}</caption> : <caption>{caption}</caption>}
      <thead>
        <tr>
          {columns
            .filter((c): c is Column => c !== false)
            .map((c, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed for a table's life.
              <th key={index} scope="col" className={c.amount ? 'amount-cell' : undefined}>
                {c.label}
              </th>
            ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
      {foot && <tfoot>{foot}</tfoot>}
    </table>
  );
  return scroll ? <ScrollTable label={label}>{table}</ScrollTable> : table;
}

/** A figure in a table row, right-aligned in tabular digits. */
export function AmountCell({ children, nowrap = false }: { children: ReactNode; nowrap?: boolean }) {
  return <td className={nowrap ? 'amount-cell amount nowrap' : 'amount-cell amount'}>{children}</td>;
}

/** The column heading for row buttons: visible to screen readers only. */
export function ActionsHeading({ label }: { label: string }) {
  return <span className="sr-only">{label}</span>;
}
