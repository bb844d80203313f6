import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { count } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { plans } from '../../db/schema/index';
import { readSeedFile } from './read-seed-file';
import { writeSeedFiles } from './write-seed';

export const DEMO_DIR = fileURLToPath(new URL('../../../seed/demo', import.meta.url));

/** Reads every file first, so a broken file stops the load before anything is written. */
export async function seedFiles(db: Db, paths: readonly string[]): Promise<number> {
  const files = [];
  for (const path of paths) files.push(await readSeedFile(path));
  return writeSeedFiles(db, files);
}

export async function demoFiles(): Promise<string[]> {
  const names = (await readdir(DEMO_DIR)).filter((n) => n.endsWith('.yaml')).sort();
  return names.map((n) => `${DEMO_DIR}/${n}`);
}

/** The demo plans from the seed documents. Idempotent. */
export async function seedDemo(db: Db): Promise<number> {
  return seedFiles(db, await demoFiles());
}

/** Loads the demo data into an empty database. Returns true when it loaded anything. */
export async function seedDemoIfEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(plans);
  if ((row?.n ?? 0) > 0) return false;
  return (await seedDemo(db)) > 0;
}
