/**
 * One thing wrong with an imported file, named so a person can find it in the spreadsheet:
 * the row as the spreadsheet numbers it (header = 1) and the column's header. `row` is null for a
 * problem of the whole file (a missing column), `column` null for a problem of the whole row.
 */
export interface ImportProblem {
  row: number | null;
  column: string | null;
  message: string;
}

/** "Række 12, kolonne »Dato«: …" — the one-line form for the CLI and logs. */
export function describeProblem(problem: ImportProblem): string {
  const where = [
    problem.row === null ? null : `række ${problem.row}`,
    problem.column === null ? null : `kolonne »${problem.column}«`,
  ].filter(Boolean);
  return where.length > 0 ? `${capitalise(where.join(', '))}: ${problem.message}` : problem.message;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
