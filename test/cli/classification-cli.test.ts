import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyCommand } from '../../src/cli/classify-command';
import { ImportRefused, importStatsCommand } from '../../src/cli/import-stats-command';
import type { DbHandle } from '../../src/db/client';
import { seedDemo, seedFiles } from '../../src/server/seed/seed-demo';
import { testBackends } from '../support/databases';

const root = fileURLToPath(new URL('../../', import.meta.url));
const example = (name: string) => join(root, 'seed/examples', name);
const run = promisify(execFile);

describe.each(testBackends)('helhedsplan classify and import-stats on $name', (backend) => {
  let handle: DbHandle;
  const dir = mkdtempSync(join(tmpdir(), 'hp-cli-'));
  beforeAll(async () => {
    handle = await backend.create();
    await seedDemo(handle.db);
    await seedFiles(handle.db, [example('eksempel-omraader.yaml')]);
  }, 120_000);
  afterAll(() => handle.close());

  it('refuses a file with an unknown area whole, naming row and column', async () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'Område;År;Beboere;Kilde\nEksempelparken;2024;2320;S\nUkendtparken;2024;1200;S\n');
    const error = await importStatsCommand(handle.db, file, {}).catch((e) => e);
    expect(error).toBeInstanceOf(ImportRefused);
    expect(error.message).toBe('Filen blev ikke importeret: 1 fejl. Intet er gemt.');
    expect(error.problems).toEqual([
      {
        row: 3,
        column: 'Område',
        message: 'Ukendt boligområde »Ukendtparken«. Opret området, eller ret navnet.',
      },
    ]);
    expect(await classifyCommand(handle.db, { year: 2024, format: 'table' })).toMatch(
      /Eksempelparken\s+Eksempelkommune \(fiktiv\)\s+\?/,
    );
  });

  it('imports the example file and prints the verdicts as a table, CSV and JSON', async () => {
    const dry = await importStatsCommand(handle.db, example('area-statistics-eksempel-2016-2024.csv'), {
      dryRun: true,
    });
    expect(dry).toBe('Filen er i orden: 324 tal fra 27 rækker (intet gemt, --dry-run).');
    expect(await importStatsCommand(handle.db, example('area-statistics-eksempel-2016-2024.csv'), {})).toBe(
      '324 tal fra 27 rækker er importeret.',
    );
    const table = await classifyCommand(handle.db, {
      year: 2024,
      municipality: 'eksempelkommune',
      format: 'table',
    });
    expect(table.split('\n')).toEqual([
      'Liste 2024 (regler 2021-)',
      expect.stringMatching(/^Område\s+Kommune\s+Beboere\s+Kategorier\s+Ændring\s+Uafgjort$/),
      expect.stringMatching(
        /^Eksempelparken\s+Eksempelkommune \(fiktiv\)\s+2\.320\s+udsat boligområde, parallelsamfund, omdannelsesområde\s+uændret$/,
      ),
      expect.stringMatching(/^Modelbyen\s+Eksempelkommune \(fiktiv\)\s+976\s+under 1\.000 beboere$/),
      expect.stringMatching(
        /^Prøvehaven\s+Eksempelkommune \(fiktiv\)\s+1\.390\s+forebyggelsesområde\s+uændret$/,
      ),
    ]);
    const csv = await classifyCommand(handle.db, {
      year: 2024,
      municipality: 'eksempelkommune',
      format: 'csv',
    });
    expect(csv.split('\r\n')[0]).toMatch(/^\uFEFFOmråde;Kommune;Listeår/);
    expect(csv).toMatch(/Prøvehaven;Eksempelkommune \(fiktiv\);2024;2021-;1390;Ja;Forebyggelsesområde/);
    const json = JSON.parse(await classifyCommand(handle.db, { year: 2023, format: 'json' }));
    expect(json.listYear).toBe(2023);
  });

  it('explains one area criterion by criterion, with what would change it', async () => {
    const out = await classifyCommand(handle.db, { year: 2024, area: 'eksempelparken', format: 'table' });
    expect(out).toContain('Parallelsamfund: JA — 2 af 4 kriterier opfyldt (kræver 2)');
    expect(out).toContain('41,5 % > 40 %: opfyldt, 1,5 point over');
    expect(out).toMatch(
      /skal falde 1,5 point \(44 beboere færre i 2024-tallet\) for at området ikke længere er parallelsamfund/,
    );
    await expect(
      classifyCommand(handle.db, { year: 2024, area: 'Modelbyen', format: 'table' }),
    ).rejects.toMatchObject({
      code: 'AREA_TOO_SMALL',
    });
    await expect(
      classifyCommand(handle.db, { year: 2024, area: 'Ingensteds', format: 'table' }),
    ).rejects.toThrow('Boligområdet »Ingensteds« findes ikke.');
    await expect(classifyCommand(handle.db, { year: 2011, format: 'table' })).rejects.toMatchObject({
      code: 'LIST_YEAR_WITHOUT_RULE_SET',
    });
  });
});

describe('the helhedsplan binary', () => {
  it('exits non-zero with a Danish sentence on bad input', async () => {
    const env = { ...process.env };
    delete env.DATABASE_URL;
    const error = await run(
      'node',
      [join(root, 'bin/helhedsplan.js'), 'import-stats', 'findes-ikke.csv', '--db', 'memory'],
      {
        cwd: root,
        env,
      },
    ).catch((e) => e);
    expect(error.code).toBe(1);
    expect(error.stderr).toContain('Fejl: Filen »findes-ikke.csv« kan ikke læses.');
    // One spawn only: starting the binary is slow on a loaded machine.
  }, 240_000);
});
