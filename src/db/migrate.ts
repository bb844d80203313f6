import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { FUNDING_PERIODS } from '../domain/reference/funding-periods';
import type { DbHandle, Executor } from './client';
import { focusAreas, fundingPeriods } from './schema/index';

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Applies the SQL migrations (the same files on both backends), then the reference data. */
export async function migrateDb(handle: DbHandle): Promise<void> {
  if (handle.target.kind === 'postgres') {
    await migratePg(handle.db as unknown as NodePgDatabase, { migrationsFolder });
  } else {
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder });
  }
  await handle.db.transaction((tx) => syncReferenceData(tx));
}

/** Funding periods and focus areas are reference data owned by the code: upsert them. */
export async function syncReferenceData(db: Executor): Promise<void> {
  for (const period of FUNDING_PERIODS) {
    await db
      .insert(fundingPeriods)
      .values({
        id: period.id,
        name: period.name,
        startYear: period.startYear,
        endYear: period.endYear,
        annualFrameOre: period.annualFrameOre,
        source: period.source,
      })
      .onConflictDoUpdate({
        target: fundingPeriods.id,
        set: {
          name: sql`excluded.name`,
          startYear: sql`excluded.start_year`,
          endYear: sql`excluded.end_year`,
          annualFrameOre: sql`excluded.annual_frame_ore`,
          source: sql`excluded.source`,
        },
      });
    for (const [position, area] of period.focusAreas.entries()) {
      await db
        .insert(focusAreas)
        .values({ fundingPeriodId: period.id, position, ...area })
        .onConflictDoUpdate({
          target: [focusAreas.fundingPeriodId, focusAreas.code],
          set: {
            name: sql`excluded.name`,
            nameEn: sql`excluded.name_en`,
            goal: sql`excluded.goal`,
            position: sql`excluded.position`,
          },
        });
    }
  }
}
