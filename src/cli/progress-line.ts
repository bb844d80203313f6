/**
 * A progress bar on stderr without a dependency: on a terminal one line redrawn in place (at most
 * ten times a second), elsewhere (CI logs, pipes) one line per step, so logs stay readable.
 */
export interface ProgressLine {
  /** `rows`: the rows to show, when `done` counts something else (the share of a file read). */
  update(done: number, total: number, step: string, rows?: number): void;
  /** Ends the line (a newline on a terminal). */
  finish(): void;
}

const WIDTH = 30;
const number = new Intl.NumberFormat('da-DK');

function elapsed(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

export function progressLine(stream: NodeJS.WriteStream = process.stderr): ProgressLine {
  const started = Date.now();
  let lastDraw = 0;
  let lastStep = '';
  let drawn = false;
  return {
    update(done, total, step, rows = done) {
      const share = total > 0 ? Math.min(1, done / total) : 0;
      if (!stream.isTTY) {
        if (step !== lastStep) stream.write(`${Math.round(share * 100)} % ${step}\n`);
        lastStep = step;
        return;
      }
      const now = Date.now();
      if (now - lastDraw < 100 && step === lastStep && done < total) return;
      lastDraw = now;
      lastStep = step;
      const filled = Math.round(share * WIDTH);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}`;
      const text = `${bar} ${String(Math.round(share * 100)).padStart(3)} % · ${number.format(rows)} rækker · ${elapsed(now - started)} · ${step}`;
      stream.write(`\r${text.slice(0, (stream.columns ?? 120) - 1)}\x1b[K`);
      drawn = true;
    },
    finish() {
      if (drawn) stream.write('\n');
    },
  };
}
