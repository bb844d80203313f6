/**
 * `npm run bench`: runs every bench/*.bench.ts in turn, in one process, and prints what each
 * measures. Speed targets are ratios measured in the same run (e.g. an endpoint against the raw
 * SQL of the same aggregation), so they hold on any machine; no unit test is timed.
 *
 * Each bench file exports `name` and `run(report)`. `npm run bench -- classification` runs the
 * files whose name contains "classification".
 */
import { readdir } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface BenchReport {
  /** One measured line, e.g. ("progress endpoint", 812.4, "ms"). */
  line(label: string, value: number, unit: string): void;
  /** A ratio of two measurements of this run, with the target it is held to. */
  ratio(label: string, value: number, target?: { atMost: number }): void;
  note(text: string): void;
  /** A measurement held to a hard budget: above it, the run ends with a non-zero exit code. */
  budget(label: string, value: number, unit: string, atMost: number): void;
}

export interface BenchModule {
  name: string;
  run(report: BenchReport): Promise<void>;
}

const number = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });

function reporter(): BenchReport & { failures: string[]; overBudget: string[] } {
  const failures: string[] = [];
  const overBudget: string[] = [];
  return {
    failures,
    overBudget,
    line(label, value, unit) {
      console.log(`  ${label.padEnd(58)} ${number.format(value).padStart(14)} ${unit}`);
    },
    ratio(label, value, target) {
      const verdict = target
        ? value <= target.atMost
          ? `ok (≤ ${target.atMost}×)`
          : `OVER target ${target.atMost}×`
        : '';
      if (target && value > target.atMost)
        failures.push(`${label}: ${number.format(value)}× > ${target.atMost}×`);
      console.log(`  ${label.padEnd(58)} ${`${number.format(value)}×`.padStart(14)} ${verdict}`);
    },
    note(text) {
      console.log(`  ${text}`);
    },
    budget(label, value, unit, atMost) {
      const verdict =
        value <= atMost ? `ok (≤ ${number.format(atMost)})` : `OVER budget ${number.format(atMost)}`;
      if (value > atMost)
        overBudget.push(`${label}: ${number.format(value)} ${unit} > ${number.format(atMost)} ${unit}`);
      console.log(`  ${label.padEnd(58)} ${number.format(value).padStart(14)} ${unit} ${verdict}`);
    },
  };
}

async function main(): Promise<void> {
  const dir = fileURLToPath(new URL('.', import.meta.url));
  const filter = process.argv[2];
  const files = (await readdir(dir))
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => !filter || f.includes(filter))
    .sort();
  if (files.length === 0) {
    console.error(
      filter ? `Ingen benchmark matcher »${filter}«.` : 'Der er ingen benchmarks (bench/*.bench.ts).',
    );
    process.exit(1);
  }
  const report = reporter();
  console.log(
    `Helhedsplan benchmarks — Node ${process.version}, ${process.env.DATABASE_URL ? 'PGlite + PostgreSQL' : 'PGlite'}`,
  );
  for (const file of files) {
    const module = (await import(pathToFileURL(`${dir}/${file}`).href)) as BenchModule;
    console.log(`\n${module.name ?? basename(file)}`);
    const started = performance.now();
    await module.run(report);
    console.log(`  (${number.format((performance.now() - started) / 1000)} s)`);
  }
  if (report.failures.length > 0) {
    console.log(`\nOver target:\n${report.failures.map((f) => `  ${f}`).join('\n')}`);
  }
  if (report.overBudget.length > 0) {
    console.log(`\nOver budget:\n${report.overBudget.map((f) => `  ${f}`).join('\n')}`);
    process.exitCode = 1;
  }
}

await main();
