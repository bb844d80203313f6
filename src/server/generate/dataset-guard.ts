import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client';

/** Generated rows carry this slug prefix; everything else is someone's real (or demo) data. */
export const GENERATED_PREFIX = 'gen-';

export interface DatasetContents {
  /** The generated datasets recorded in the database. */
  generated: { seed: number; scale: number; createdAt: string; counts: Record<string, number> }[];
  /** Rows that are not part of a generated dataset, by table (only tables with any). */
  foreign: Record<string, number>;
}

/**
 * What the database holds: generated datasets, and rows that are not generated (plans,
 * municipalities, afdelinger, areas, housing organisations without the prefix, and users — a
 * generated dataset has none; `allowUsers` lets the bench add its own reader first).
 */
export async function datasetContents(db: Executor, options: { allowUsers?: string } = {}) {
  const like = `${GENERATED_PREFIX}%`;
  const users = options.allowUsers
    ? sql`(select count(*)::int from users where email not like ${`%${options.allowUsers}`})`
    : sql`(select count(*)::int from users)`;
  const [row] = await queryRows<Record<string, number>>(
    db,
    sql`select
      (select count(*)::int from plans where slug not like ${like}) as plans,
      (select count(*)::int from municipalities where slug not like ${like}) as municipalities,
      (select count(*)::int from departments where slug not like ${like}) as departments,
      (select count(*)::int from statutory_areas where slug not like ${like}) as statutory_areas,
      (select count(*)::int from housing_organisations where slug not like ${like}) as housing_organisations,
      ${users} as users`,
  );
  const foreign = Object.fromEntries(Object.entries(row ?? {}).filter(([, n]) => Number(n) > 0));
  const generated = await queryRows<{ seed: string; scale: string; created_at: string; counts: unknown }>(
    db,
    sql`select seed, scale, created_at, counts from generated_datasets order by created_at`,
  );
  return {
    foreign,
    generated: generated.map((g) => ({
      seed: Number(g.seed),
      scale: Number(g.scale),
      createdAt: String(g.created_at),
      counts: (typeof g.counts === 'string' ? JSON.parse(g.counts) : g.counts) as Record<string, number>,
    })),
  } satisfies DatasetContents;
}

export class DatasetRefused extends Error {}

const listForeign = (foreign: Record<string, number>) =>
  Object.entries(foreign)
    .map(([t, n]) => `${n} ${t}`)
    .join(', ');

/** The generator writes only into an empty database. */
export async function assertEmptyForGeneration(db: Executor): Promise<void> {
  const c = await datasetContents(db);
  if (Object.keys(c.foreign).length > 0)
    throw new DatasetRefused(
      `Databasen indeholder data, der ikke er genereret (${listForeign(c.foreign)}); der genereres kun i en tom database.`,
    );
  const g = c.generated[0];
  if (g)
    throw new DatasetRefused(
      `Databasen indeholder allerede et genereret datasæt (seed ${g.seed}, skala ${g.scale}); brug en tom database.`,
    );
}

/** The national bench runs only on a database that holds a generated dataset and nothing else. */
export async function assertGeneratedOnly(db: Executor, options: { allowUsers?: string } = {}) {
  const c = await datasetContents(db, options);
  if (Object.keys(c.foreign).length > 0)
    throw new DatasetRefused(
      `Benchmarken kører ikke på en database med data, der ikke er genereret (${listForeign(c.foreign)}).`,
    );
  const g = c.generated[0];
  if (!g)
    throw new DatasetRefused(
      'Databasen indeholder intet genereret datasæt (helhedsplan generate --national).',
    );
  return g;
}
