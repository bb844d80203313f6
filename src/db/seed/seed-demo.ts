import type { Db } from '../client';

/** Loads the demo data into an empty database. Returns true when it loaded anything. */
export async function seedDemoIfEmpty(_db: Db): Promise<boolean> {
  return false;
}
