import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { AppError, type FieldError } from '../../domain/errors/app-error';
import { type SeedFile, seedFileSchema } from './seed-file.schema';

/** A path as the user typed it: relative inside the project, absolute elsewhere. */
const display = (path: string) => {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
};

/**
 * Reads and validates one seed file. Every problem is reported with the file and line it is on,
 * e.g. "seed/demo/holbaek.yaml:88 plans.0.financing.2.amountKroner: Beløbet må ikke være negativt".
 */
export interface LoadedSeedFile {
  path: string;
  data: SeedFile;
  /** "file:line path" for a path inside the file, for errors found after parsing. */
  locate(path: readonly (string | number)[]): string;
}

export async function readSeedFile(path: string): Promise<LoadedSeedFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new AppError('SEED_FILE_INVALID', { path }, [
      { field: display(path), message: 'Filen kan ikke læses' },
    ]);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new AppError(
      'SEED_FILE_INVALID',
      { path },
      doc.errors.map((e) => ({
        field: `${display(path)}:${lineCounter.linePos(e.pos[0]).line}`,
        message: `Ugyldig YAML: ${e.message.split('\n')[0]}`,
      })),
    );
  }
  const locate = (issuePath: readonly PropertyKey[]) => {
    // The deepest node that exists on the path gives the line.
    let line = 1;
    for (let depth = issuePath.length; depth >= 0; depth--) {
      const node = doc.getIn(issuePath.slice(0, depth) as (string | number)[], true);
      if (isNode(node) && node.range) {
        line = lineCounter.linePos(node.range[0]).line;
        break;
      }
    }
    return `${display(path)}:${line} ${issuePath.map(String).join('.')}`;
  };
  const parsed = seedFileSchema.safeParse(doc.toJS());
  if (parsed.success) return { path, data: parsed.data, locate };
  const errors: FieldError[] = parsed.error.issues.map((issue) => ({
    field: locate(issue.path),
    message: issue.message,
  }));
  throw new AppError('SEED_FILE_INVALID', { path }, errors);
}
