import type { ImportProblem } from './import-problem';

/** At most this many problems are listed; a file with more has a systematic error to fix first. */
export const MAX_LISTED_PROBLEMS = 200;

/**
 * The problems of an import, however many: it keeps the first MAX_LISTED_PROBLEMS by row (file
 * problems, row null, first) and counts all of them, so a file with a million bad rows costs no
 * more memory than one with two hundred.
 */
export class ProblemList {
  private items: ImportProblem[] = [];
  private total = 0;

  constructor(readonly limit = MAX_LISTED_PROBLEMS) {}

  add(problem: ImportProblem): void {
    this.total++;
    this.items.push(problem);
    if (this.items.length >= this.limit * 2) this.trim();
  }

  addAll(problems: Iterable<ImportProblem>): void {
    for (const p of problems) this.add(p);
  }

  /** Adds `count` problems of which only `listed` are at hand (the rest were counted elsewhere). */
  addCounted(listed: readonly ImportProblem[], count: number): void {
    for (const p of listed) this.add(p);
    this.total += Math.max(0, count - listed.length);
  }

  /** All problems found, listed or not. */
  get count(): number {
    return this.total;
  }

  get empty(): boolean {
    return this.total === 0;
  }

  /** The listed problems, by row (a problem of the whole file first), at most `limit`. */
  list(): ImportProblem[] {
    this.trim();
    return [...this.items];
  }

  private trim(): void {
    // A stable sort keeps the order within a row (the order the checks found them in).
    this.items.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    if (this.items.length > this.limit) this.items.length = this.limit;
  }
}
