import { type ReactNode, useEffect, useRef } from 'react';
import { ApiProblem } from '../api/api-client';
import { useT } from '../i18n/i18n';
import { Icon } from '../layout/icon';
import { problemMessage } from '../layout/problem-alert';

/**
 * Field errors of a problem+json answer by field path: "body.newParticipants.0.ageBand" (zod) and
 * "newParticipants.0.ageBand" (a use case's AppError) both become "newParticipants.0.ageBand".
 */
export function fieldErrorsOf(problem: ApiProblem | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of problem?.errors ?? []) {
    const field = e.field.replace(/^body\.?/, '').replaceAll('/', '.');
    if (!(field in out)) out[field] = e.message;
  }
  return out;
}

/** The message as the API words it names the field already; else the form's label goes first. */
const withLabel = (label: string, message: string) =>
  message.toLowerCase().startsWith(label.toLowerCase()) ? message : `${label}: ${message}`;

export interface SummaryField {
  /** The field path the API names. */
  field: string;
  /** The id of the input to jump to. */
  id: string;
  label: string;
}

/**
 * The DKFDS error summary: the problem's title, then each field error as a link to its field.
 * Takes focus when it appears, so a screen reader hears what went wrong.
 */
export function ErrorSummary({ problem, fields }: { problem: ApiProblem; fields: readonly SummaryField[] }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const errors = fieldErrorsOf(problem);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  const known = fields.filter((f) => errors[f.field] !== undefined);
  const knownPaths = new Set(known.map((f) => f.field));
  const other = Object.entries(errors).filter(([field]) => !knownPaths.has(field));
  const title = problemMessage(problem, t.problems);
  return (
    <div ref={ref} className="alert alert-error error-summary" role="alert" tabIndex={-1}>
      <Icon name="error" className="alert-icon" />
      <div className="alert-body">
        <p className="alert-heading">{t.monitoring.form.errorSummary}</p>
        <p className="alert-text">{title}</p>
        {(known.length > 0 || other.length > 0) && (
          <ul className="alert-text nobullet-list">
            {known.map((f) => (
              <li key={f.field}>
                <a href={`#${f.id}`} className="function-link">
                  {withLabel(f.label, errors[f.field] as string)}
                </a>
              </li>
            ))}
            {other.map(([field, message]) => (
              <li key={field}>{message}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

/** A DKFDS form group with its label, hint and — when the API refused it — the error at the field. */
export function Field({
  id,
  label,
  hint,
  error,
  className,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  className?: string;
  children: (describedBy: string | undefined) => ReactNode;
}) {
  const t = useT();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={`form-group${error ? ' form-error' : ''}${className ? ` ${className}` : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="form-error-message" id={`${id}-error`}>
          <span className="sr-only">{t.monitoring.form.errorPrefix}</span>
          {error}
        </span>
      )}
      {children(describedBy || undefined)}
    </div>
  );
}

/** A number input's value as a number, or null when empty; NaN stays NaN for the API to refuse. */
export function numberOrNull(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  // "1.234,5" and "1.234" are Danish; "2.5" is read as two and a half.
  if (trimmed.includes(',')) return Number(trimmed.replaceAll('.', '').replace(',', '.'));
  if (/^\d{1,3}(\.\d{3})+$/.test(trimmed)) return Number(trimmed.replaceAll('.', ''));
  return Number(trimmed);
}

/** What a failed call threw, as a problem the form can show; anything else is "unexpected". */
export function asProblem(error: unknown): ApiProblem {
  return error instanceof ApiProblem ? error : new ApiProblem('unexpected', 0, null);
}

/** The form's own checks, shaped like the API's 400 so the same summary and field errors show. */
export function validationProblem(title: string, errors: { field: string; message: string }[] = []) {
  return new ApiProblem('problem', 400, title, 'VALIDATION_FAILED', null, errors);
}
