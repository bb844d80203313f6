import { readFile } from 'node:fs/promises';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { type SeedFile, seedFileSchema } from './seed-file.schema';
import { displayPath, type SeedProblem, seedFileInvalid } from './seed-problems';

/** A parsed and validated seed file, able to point at its own lines for later (database) checks. */
export interface LoadedSeedFile {
  path: string;
  data: SeedFile;
  /** A problem at a field path inside this file, with the line that path is on. */
  problem(path: readonly (string | number)[], message: string): SeedProblem;
}

/**
 * Reads and validates one seed file. Every problem is reported with the file and line it is on,
 * e.g. "seed/demo/holbaek.yaml:88 plans.0.financing.2.amountKroner: Beløbet må ikke være negativt".
 */
export async function readSeedFile(path: string): Promise<LoadedSeedFile> {
  const file = displayPath(path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw seedFileInvalid([{ file, message: 'Filen kan ikke læses' }]);
  }
  // The LineCounter maps node offsets to lines; the document keeps every node's range.
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw seedFileInvalid(
      doc.errors.map((e) => ({
        file,
        line: lineCounter.linePos(e.pos[0]).line,
        message: `Ugyldig YAML: ${e.message.split('\n')[0]}`,
      })),
    );
  }
  const problem = (issuePath: readonly PropertyKey[], message: string): SeedProblem => {
    // The deepest node that exists on the path gives the line (a missing key points at its map).
    let line = 1;
    for (let depth = issuePath.length; depth >= 0; depth--) {
      const node = doc.getIn(issuePath.slice(0, depth) as (string | number)[], true);
      if (isNode(node) && node.range) {
        line = lineCounter.linePos(node.range[0]).line;
        break;
      }
    }
    return { file, line, path: issuePath.map(String).join('.'), message };
  };
  const parsed = seedFileSchema.safeParse(doc.toJS());
  if (parsed.success) return { path, data: parsed.data, problem };
  throw seedFileInvalid(parsed.error.issues.map((issue) => problem(issue.path, issue.message)));
}
