import { relative } from 'node:path';
import { AppError } from '../../domain/errors/app-error';

/** One problem in a seed file: where it is (file, line, field path) and what is wrong. */
export interface SeedProblem {
  /** The file as the user typed it (see displayPath). */
  file: string;
  /** 1-based; absent only when the file cannot be read at all. */
  line?: number;
  /** Dotted field path inside the file, e.g. "plans.0.financing.2.amountKroner". */
  path?: string;
  message: string;
}

/** A path as the user typed it: relative inside the working directory, absolute elsewhere. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

const lineList = (lines: number[]) =>
  lines.length === 1 ? `linje ${lines[0]}` : `linje ${lines.slice(0, -1).join(', ')} og ${lines.at(-1)}`;

/**
 * SEED_FILE_INVALID with a message that itself names the file(s) and line(s), so a log line or the
 * CLI's first sentence is enough to find the fault; each field error says "file:line path".
 */
export function seedFileInvalid(problems: readonly SeedProblem[]): AppError {
  const linesByFile = new Map<string, number[]>();
  for (const p of problems) {
    const lines = linesByFile.get(p.file) ?? [];
    if (p.line !== undefined && !lines.includes(p.line)) lines.push(p.line);
    linesByFile.set(p.file, lines);
  }
  const where = [...linesByFile].map(([file, lines]) =>
    lines.length ? `${file} (${lineList(lines.sort((a, b) => a - b))})` : file,
  );
  const error = new AppError(
    'SEED_FILE_INVALID',
    { files: [...linesByFile.keys()] },
    problems.map((p) => ({
      field: `${p.file}${p.line === undefined ? '' : `:${p.line}`}${p.path ? ` ${p.path}` : ''}`,
      message: p.message,
    })),
  );
  error.message =
    where.length === 1
      ? `Datafilen ${where[0]} er ugyldig.`
      : `Datafilerne ${where.slice(0, -1).join(', ')} og ${where.at(-1)} er ugyldige.`;
  return error;
}
