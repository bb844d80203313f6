import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGenerateOptions } from '../../src/cli/generate-command';
import { type DbHandle, queryRows } from '../../src/db/client';
import { buildApp } from '../../src/server/app';
import { SYSTEM_CLI } from '../../src/server/audit/with-audit';
import { assertGeneratedOnly, DatasetRefused } from '../../src/server/generate/dataset-guard';
import {
  DatasetTooLarge,
  generateNational,
  isCapacityError,
} from '../../src/server/generate/generate-national';
import { testBackends } from '../support/databases';
import { makeMunicipality, signedInAs } from '../support/factories';

/** 1 area of 15 afdelinger, 1 plan, 20 participants, about 10,000 attendances: a second or two. */
const SMALL = { seed: 42, scale: 0.002 };

const contents = (handle: DbHandle) =>
  queryRows<Record<string, number>>(
    handle.db,
    sql`select (select count(*)::int from municipalities) as municipalities,
               (select count(*)::int from plans) as plans,
               (select count(*)::int from attendances) as attendances,
               (select count(*)::int from generated_datasets) as datasets,
               (select count(*)::int from audit_events) as events,
               (select count(*)::int from audit_changes) as changes`,
  ).then((r) => r[0]);

describe('generate --national options', () => {
  it('refuses a scale outside 0.001–1 and a seed that is not a whole number, in a sentence', () => {
    expect(() => parseGenerateOptions({ national: true, seed: '1', scale: '2' })).toThrow(
      '--scale skal ligge mellem 0.001 og 1 (fik »2«); 1 er hele landet.',
    );
    expect(() => parseGenerateOptions({ national: true, seed: '1.5', scale: '1' })).toThrow(
      /--seed skal være/,
    );
    expect(() => parseGenerateOptions({ seed: '1', scale: '1' })).toThrow(
      'Angiv hvad der skal genereres: --national.',
    );
    expect(parseGenerateOptions({ national: true, seed: '7', scale: '0.5' })).toEqual({
      seed: 7,
      scale: 0.5,
    });
  });

  it('recognises the database running out of room (disk full, size or memory limits)', () => {
    expect(isCapacityError({ code: '53100', message: 'could not extend file' })).toBe(true);
    expect(isCapacityError({ code: '54000', message: 'total size of jsonb array elements exceeds' })).toBe(
      true,
    );
    expect(isCapacityError(new Error('RuntimeError: memory access out of bounds'))).toBe(true);
    expect(isCapacityError({ code: '23505', message: 'duplicate key' })).toBe(false);
  });
});

describe.each(testBackends)('helhedsplan generate --national on $name', (backend) => {
  let first: DbHandle;
  let firstResult: Awaited<ReturnType<typeof generateNational>>;
  beforeAll(async () => {
    first = await backend.create();
    firstResult = await generateNational(first.db, SYSTEM_CLI, SMALL);
  }, 60_000);
  afterAll(() => first.close());

  it('writes the dataset under one audit event and marks it as generated', async () => {
    expect(firstResult.counts).toMatchObject({ municipalities: 98, statutory_areas: 1, plans: 1 });
    expect(firstResult.counts.attendances).toBeGreaterThan(5_000);
    const c = await contents(first);
    // One event; its only row change is the generated_datasets row that records the generation.
    expect(c).toMatchObject({ datasets: 1, events: 1, changes: 1 });
    const g = await assertGeneratedOnly(first.db);
    expect(g).toMatchObject({ seed: 42, scale: 0.002 });
    // The bulk path restored the row triggers: a write outside withAudit is refused again.
    await expect(
      first.db.execute(sql`insert into municipalities (slug, name) values ('gen-x', 'X')`),
    ).rejects.toThrow();
  });

  it('gives the same counts and checksum for the same seed, another checksum for another seed', async () => {
    const again = await backend.create();
    const other = await backend.create();
    try {
      const same = await generateNational(again.db, SYSTEM_CLI, SMALL);
      expect(same.counts).toEqual(firstResult.counts);
      expect(same.checksum).toBe(firstResult.checksum);
      const different = await generateNational(other.db, SYSTEM_CLI, { ...SMALL, seed: 43 });
      expect(different.checksum).not.toBe(firstResult.checksum);
    } finally {
      await again.close();
      await other.close();
    }
  }, 180_000); // two generations; slow on a loaded 2-core machine

  it('refuses a database with data that is not generated, and one already generated, writing nothing', async () => {
    const handle = await backend.create();
    try {
      await makeMunicipality(handle.db, { slug: 'koege', name: 'Køge' });
      const before = await contents(handle);
      const error = await generateNational(handle.db, SYSTEM_CLI, SMALL).catch((e) => e);
      expect(error).toBeInstanceOf(DatasetRefused);
      expect(error.message).toBe(
        'Databasen indeholder data, der ikke er genereret (1 municipalities); der genereres kun i en tom database.',
      );
      expect(await contents(handle)).toEqual(before);
      await expect(assertGeneratedOnly(handle.db)).rejects.toThrow(
        'Benchmarken kører ikke på en database med data, der ikke er genereret (1 municipalities).',
      );
    } finally {
      await handle.close();
    }
    await expect(generateNational(first.db, SYSTEM_CLI, SMALL)).rejects.toThrow(
      'Databasen indeholder allerede et genereret datasæt (seed 42, skala 0.002); brug en tom database.',
    );
  });

  it('leaves nothing behind when the generation fails half-way', async () => {
    const handle = await backend.create();
    try {
      const failing = generateNational(handle.db, SYSTEM_CLI, {
        ...SMALL,
        onProgress: (p) => {
          if (p.step.startsWith('budgetter')) throw new Error('injected failure after the registrations');
        },
      });
      await expect(failing).rejects.toThrow('injected failure after the registrations');
      expect(await contents(handle)).toEqual({
        municipalities: 0,
        plans: 0,
        attendances: 0,
        datasets: 0,
        events: 0,
        changes: 0,
      });
      // A capacity failure is reported as a sentence saying that nothing was kept.
      const full = await generateNational(handle.db, SYSTEM_CLI, {
        ...SMALL,
        onProgress: (p) => {
          if (p.step.startsWith('plan '))
            throw Object.assign(new Error('could not extend file'), { code: '53100' });
        },
      }).catch((e) => e);
      expect(full).toBeInstanceOf(DatasetTooLarge);
      expect(full.message).toMatch(
        /^Databasen kunne ikke rumme datasættet \(could not extend file\); intet er gemt\./,
      );
      expect((await contents(handle))?.municipalities).toBe(0);
      // And the same database takes the dataset afterwards: the triggers were restored by the rollback.
      await generateNational(handle.db, SYSTEM_CLI, SMALL);
    } finally {
      await handle.close();
    }
  }, 60_000);

  it('is served by the API: the areas list of a municipality and a plan’s progress answer 200', async () => {
    const app = await buildApp({ db: first.db, webDir: '/nonexistent' });
    try {
      const [area] = await queryRows<{ slug: string; municipality: string }>(
        first.db,
        sql`select m.slug as municipality, a.slug from statutory_areas a join municipalities m on m.id = a.municipality_id`,
      );
      const areas = await app.inject({ url: `/api/statutory-areas?municipality=${area?.municipality}` });
      expect(areas.statusCode).toBe(200);
      expect(areas.json().items.map((a: { slug: string }) => a.slug)).toContain(area?.slug);
      const verdicts = await app.inject({ url: '/api/classification?year=2024' });
      expect(verdicts.statusCode).toBe(200);
      const admin = await signedInAs(app, first.db, [{ role: 'admin' }]);
      const progress = await admin.get('/api/plans/gen-plan-001/progress');
      expect(progress.statusCode).toBe(200);
      const attendance = progress
        .json()
        .indicators.filter((i: { basis: string; activityId: string | null }) => i.basis === 'attendances');
      expect(attendance.length).toBeGreaterThan(0);
      const dashboard = await admin.get('/api/plans/gen-plan-001/dashboard');
      expect(dashboard.statusCode).toBe(200);
      const budget = await admin.get('/api/plans/gen-plan-001/budget-vs-actual');
      expect(budget.statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});
