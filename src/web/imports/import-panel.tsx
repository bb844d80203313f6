import { useId, useRef, useState } from 'react';
import type { ImportResult } from '../../server/tabular/import-result';
import type { ColumnDefinition } from '../../tabular/column-mapping';
import type { ImportProblem } from '../../tabular/import-problem';
import { ApiProblem } from '../api/api-client';
import { useSession } from '../auth/session';
import { formatNumber } from '../format/format';
import { useT } from '../i18n/i18n';
import { Icon } from '../layout/icon';
import { ProblemAlert } from '../layout/problem-alert';
import { ScrollTable } from '../layout/scroll-table';
import { uploadFile } from './upload-file';

type Phase =
  | { step: 'choose' }
  | { step: 'sending'; commit: boolean; progress: number }
  | { step: 'checked'; result: ImportResult }
  | { step: 'refused'; problems: ImportProblem[]; count: number; result: ImportResult | null }
  | { step: 'failed'; problem: ApiProblem }
  | { step: 'done'; result: ImportResult };

const SHOWN_PREVIEW_ROWS = 10;

/**
 * Import of a CSV or XLSX file in two steps, as the API does it: check (preview, problems by row
 * and column, nothing written), then import everything or nothing. Foreign column names can be
 * mapped to the expected ones and checked again.
 */
export function ImportPanel({
  url,
  columns,
  title,
  onImported,
}: {
  /** The import route, e.g. /api/plans/…/imports/sessions (without query). */
  url: string;
  columns: readonly ColumnDefinition[];
  title?: string;
  onImported?(result: ImportResult): void;
}) {
  const t = useT().imports;
  const { csrfToken } = useSession();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [phase, setPhase] = useState<Phase>({ step: 'choose' });
  const statusRef = useRef<HTMLDivElement>(null);

  async function send(chosen: File, commit: boolean, chosenMapping: Record<string, string>) {
    setPhase({ step: 'sending', commit, progress: 0 });
    const query = new URLSearchParams({ commit: String(commit) });
    if (Object.keys(chosenMapping).length > 0) query.set('mapping', JSON.stringify(chosenMapping));
    try {
      const result = await uploadFile<ImportResult>({
        url: `${url}?${query}`,
        file: chosen,
        csrfToken: csrfToken ?? '',
        onProgress: (progress) => setPhase({ step: 'sending', commit, progress }),
      });
      if (result.committed) {
        setPhase({ step: 'done', result });
        onImported?.(result);
      } else if (result.problems.length > 0) {
        setPhase({
          step: 'refused',
          problems: result.problems,
          count: result.problemCount,
          result,
        });
        setMapping(result.mapping);
      } else {
        setPhase({ step: 'checked', result });
        setMapping(result.mapping);
      }
    } catch (error) {
      if (error instanceof ApiProblem && error.problems.length > 0) {
        setPhase({ step: 'refused', problems: error.problems, count: error.problemCount, result: null });
      } else {
        setPhase({
          step: 'failed',
          problem: error instanceof ApiProblem ? error : new ApiProblem('unexpected', 0, null),
        });
      }
    }
    statusRef.current?.focus();
  }

  const result =
    phase.step === 'checked' || phase.step === 'done'
      ? phase.result
      : phase.step === 'refused'
        ? phase.result
        : null;
  const missingColumns = phase.step === 'refused' && phase.problems.some((p) => p.row === null);

  return (
    <section className="import-panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title ?? t.title}</h3>
      <details className="details">
        <summary className="details-summary">{t.expectedColumns}</summary>
        <div className="details-text">
          <ul>
            {columns.map((c) => (
              <li key={c.key}>
                <strong>{c.label}</strong> {c.required ? `(${t.required})` : `(${t.optional})`}
                {c.help ? ` — ${c.help}` : ''}
              </li>
            ))}
          </ul>
        </div>
      </details>

      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-file`}>
          {t.chooseFile}
        </label>
        <span className="form-hint" id={`${id}-hint`}>
          {t.fileHint}
        </span>
        <input
          id={`${id}-file`}
          className="form-file-input"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={`${id}-hint`}
          onChange={(event) => {
            const chosen = event.currentTarget.files?.[0] ?? null;
            setFile(chosen);
            setMapping({});
            if (chosen) void send(chosen, false, {});
          }}
        />
      </div>

      <div ref={statusRef} tabIndex={-1} aria-live="polite">
        {phase.step === 'sending' && (
          <div className="import-progress">
            <label htmlFor={`${id}-progress`}>
              {phase.progress < 1
                ? t.uploading(Math.round(phase.progress * 100))
                : phase.commit
                  ? t.importing
                  : t.checking}
            </label>
            <progress
              id={`${id}-progress`}
              max={1}
              {...(phase.progress < 1 ? { value: phase.progress } : {})}
            />
          </div>
        )}

        {phase.step === 'failed' && <ProblemAlert problem={phase.problem} />}

        {phase.step === 'refused' && (
          <div className="alert alert-error" role="alert">
            <Icon name="error" className="alert-icon" />
            <div className="alert-body">
              <p className="alert-heading">{t.refusedHeading}</p>
              <p className="alert-text">{t.refusedText(phase.count)}</p>
            </div>
          </div>
        )}

        {phase.step === 'checked' && (
          <div className="alert alert-success">
            <Icon name="success" className="alert-icon" />
            <div className="alert-body">
              <p className="alert-heading">{t.readyHeading(phase.result.rowCount)}</p>
              <p className="alert-text">{t.readyText}</p>
            </div>
          </div>
        )}

        {phase.step === 'done' && (
          <div className="alert alert-success" role="status">
            <Icon name="success" className="alert-icon" />
            <div className="alert-body">
              <p className="alert-heading">{t.doneHeading(phase.result.rowCount)}</p>
            </div>
          </div>
        )}
      </div>

      {phase.step === 'refused' && <ProblemTable problems={phase.problems} />}

      {phase.step === 'refused' && missingColumns && result && file && (
        <form
          className="import-mapping"
          onSubmit={(event) => {
            event.preventDefault();
            void send(file, false, mapping);
          }}
        >
          <fieldset>
            <legend className="h4">{t.mappingLegend}</legend>
            {columns.map((c) => (
              <div className="form-group" key={c.key}>
                <label className="form-label" htmlFor={`${id}-map-${c.key}`}>
                  {c.label} {c.required ? '' : `(${t.optional})`}
                </label>
                <select
                  id={`${id}-map-${c.key}`}
                  className="form-select"
                  value={mapping[c.key] ?? ''}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    setMapping((current) => {
                      const next = { ...current };
                      if (value) next[c.key] = value;
                      else delete next[c.key];
                      return next;
                    });
                  }}
                >
                  <option value="">{t.notInFile}</option>
                  {result.columns.map((header) => (
                    <option key={header} value={header}>
                      {header}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </fieldset>
          <button type="submit" className="button button-secondary">
            {t.checkAgain}
          </button>
        </form>
      )}

      {phase.step === 'checked' && (
        <>
          <PreviewTable result={phase.result} columns={columns} />
          <button
            type="button"
            className="button button-primary"
            onClick={() => file && void send(file, true, mapping)}
          >
            {t.importRows(phase.result.rowCount)}
          </button>
        </>
      )}
    </section>
  );
}

function ProblemTable({ problems }: { problems: readonly ImportProblem[] }) {
  const t = useT().imports;
  return (
    <ScrollTable label={t.problemsCaption}>
      <table className="table table--compact">
        <caption>{t.problemsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colRow}</th>
            <th scope="col">{t.colColumn}</th>
            <th scope="col">{t.colProblem}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, index) => (
            // Problems have no id; their order is the server's and stable for one answer.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <tr key={index}>
              <td>{p.row ?? '–'}</td>
              <td>{p.column ?? '–'}</td>
              <td>{p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

function PreviewTable({ result, columns }: { result: ImportResult; columns: readonly ColumnDefinition[] }) {
  const t = useT().imports;
  const shown = columns.filter((c) => result.mapping[c.key] !== undefined);
  const rows = result.preview.slice(0, SHOWN_PREVIEW_ROWS);
  const caption = t.previewCaption(formatNumber(rows.length), formatNumber(result.rowCount));
  return (
    <ScrollTable label={caption}>
      <table className="table table--compact">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colRow}</th>
            {shown.map((c) => (
              <th scope="col" key={c.key}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.row}>
              <td>{r.row}</td>
              {shown.map((c) => (
                <td key={c.key}>{r.values[c.key]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
