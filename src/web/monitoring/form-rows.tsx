import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n';
import { Icon } from '../layout/icon';

/** The row with `key` changed by `patch`; the others as they are. */
export function patchRow<R extends { key: number }>(rows: R[], key: number, patch: Partial<R>): R[] {
  return rows.map((r) => (r.key === key ? { ...r, ...patch } : r));
}

/**
 * Rows added one at a time — new participants, volunteers — each a numbered fieldset with a
 * remove button that says which row it removes, then the button that adds one more.
 */
export function FormRows<R extends { key: number }>({
  rows,
  hint,
  legend,
  onRemove,
  addIcon,
  addLabel,
  onAdd,
  children,
}: {
  rows: readonly R[];
  /** Shown while there are no rows. */
  hint: string;
  legend(n: number): string;
  onRemove(key: number): void;
  addIcon: string;
  addLabel: string;
  onAdd(): void;
  children(row: R, index: number): ReactNode;
}) {
  const m = useT().monitoring;
  return (
    <>
      {rows.length === 0 && <p className="form-hint">{hint}</p>}
      <ol className="new-participants nobullet-list no-max-width">
        {rows.map((row, index) => (
          <li key={row.key} className="new-participant">
            <fieldset>
              <legend className="new-participant-legend">{legend(index + 1)}</legend>
              <div className="new-participant-fields">
                {children(row, index)}
                <button
                  type="button"
                  className="button button-tertiary new-participant-remove"
                  onClick={() => onRemove(row.key)}
                >
                  <Icon name="close" />
                  <span>{m.register.removeRow}</span>
                  <span className="sr-only"> {legend(index + 1)}</span>
                </button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" className="button button-secondary" onClick={onAdd}>
        <Icon name={addIcon} />
        {addLabel}
      </button>
    </>
  );
}
