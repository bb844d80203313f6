import { statfsSync } from 'node:fs';
import type { DbHandle } from '../db/client';
import { describeTarget } from '../db/client';
import { FULL_SIZE, SCALE_RANGE } from '../domain/generate/national-shape';
import { SYSTEM_CLI } from '../server/audit/with-audit';
import { generateNational } from '../server/generate/generate-national';
import { progressLine } from './progress-line';

export interface GenerateOptions {
  national?: boolean;
  seed: string;
  scale: string;
}

/** Bytes the database needs per attendance at full scale, everything included (measured, with margin). */
const BYTES_PER_ATTENDANCE = 400;

/** Parses and checks the options; every refusal is a sentence (the CLI exits with 1). */
export function parseGenerateOptions(options: GenerateOptions): { seed: number; scale: number } {
  if (!options.national) throw new Error('Angiv hvad der skal genereres: --national.');
  const seed = Number(options.seed);
  if (!Number.isInteger(seed) || seed < 0 || seed > 2 ** 31 - 1)
    throw new Error(`--seed skal være et helt tal mellem 0 og ${2 ** 31 - 1} (fik »${options.seed}«).`);
  const scale = Number(options.scale);
  if (!Number.isFinite(scale) || scale < SCALE_RANGE.min || scale > SCALE_RANGE.max)
    throw new Error(
      `--scale skal ligge mellem ${SCALE_RANGE.min} og ${SCALE_RANGE.max} (fik »${options.scale}«); 1 er hele landet.`,
    );
  return { seed, scale };
}

/** An embedded database on a disk that cannot hold the dataset is refused before anything is written. */
function checkFreeSpace(handle: DbHandle, scale: number): void {
  if (handle.target.kind !== 'pglite') return;
  const need = FULL_SIZE.attendances * scale * BYTES_PER_ATTENDANCE;
  const fs = statfsSync(handle.target.dataDir);
  const free = fs.bavail * fs.bsize;
  if (free < need)
    throw new Error(
      `Der er ${Math.floor(free / 1e6)} MB fri på disken under ${handle.target.dataDir}, men datasættet kræver omkring ${Math.ceil(need / 1e6)} MB; intet er skrevet. Vælg en mindre --scale.`,
    );
}

export async function generateCommand(handle: DbHandle, options: GenerateOptions): Promise<string> {
  const { seed, scale } = parseGenerateOptions(options);
  checkFreeSpace(handle, scale);
  const bar = progressLine();
  try {
    const result = await generateNational(handle.db, SYSTEM_CLI, {
      seed,
      scale,
      onProgress: (p) => bar.update(p.done, p.total, p.step),
    });
    bar.finish();
    const c = result.counts;
    const n = (v: number | undefined) => (v ?? 0).toLocaleString('da-DK');
    return [
      `Genereret nationalt datasæt (seed ${seed}, skala ${scale}) i ${describeTarget(handle.target)} på ${(result.durationMs / 1000).toLocaleString('da-DK', { maximumFractionDigits: 1 })} s:`,
      `  ${n(c.municipalities)} kommuner, ${n(c.statutory_areas)} boligområder, ${n(c.departments)} afdelinger, ${n(c.area_statistics)} områdetal`,
      `  ${n(c.plans)} planer, ${n(c.activities)} indsatser, ${n(c.indicators)} indikatorer, ${n(c.participants)} deltagere`,
      `  ${n(c.sessions)} aktivitetsgange (${n(c.open_sessions)} åbne), ${n(c.attendances)} fremmøder, ${n(c.enrolments)} forløb`,
      `  ${n(c.budget_lines)} budgetlinjer, ${n(c.budget_line_financings)} finansieringer, ${n(c.spending_entries)} forbrugsposter`,
      `  Kontrolsum ${result.checksum}; hændelse ${result.auditEventId} i revisionssporet.`,
    ].join('\n');
  } catch (error) {
    bar.finish();
    throw error;
  }
}
