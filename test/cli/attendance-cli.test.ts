import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importAttendanceCommand } from '../../src/cli/import-attendance-command';
import { ImportRefused } from '../../src/cli/import-stats-command';
import { type DbHandle, openDb, queryRows } from '../../src/db/client';
import { migrateDb } from '../../src/db/migrate';
import { seedDemo } from '../../src/server/seed/seed-demo';
import { testBackends } from '../support/databases';

const root = fileURLToPath(new URL('../../', import.meta.url));
const example = join(root, 'seed/examples/fremmoede-eksempel-holbaek.csv');
const run = promisify(execFile);
const HOLBAEK = 'holbaek-2024-2027';
const HEADER = 'Dato;Indsats;Afdeling;Sted;Deltagerkode;Aldersgruppe;Køn;Antal;Frivillig;Timer';
const SUMMARY =
  '37 rækker, 9 aktivitetsgange, 35 fremmøder, 18 nye deltagere, 23 i åbne arrangementer, 0 frivilligtimer';

async function registered(handle: DbHandle, plan: string) {
  const [row] = await queryRows<{ sessions: number; attendances: number; participants: number }>(
    handle.db,
    sql`select (select count(*)::int from activity_sessions s where s.plan_id = p.id) as sessions,
               (select count(*)::int from attendances a where a.plan_id = p.id) as attendances,
               (select count(*)::int from participants x where x.plan_id = p.id) as participants
          from plans p where p.slug = ${plan}`,
  );
  return row;
}

describe.each(testBackends)('helhedsplan import-attendance on $name', (backend) => {
  let handle: DbHandle;
  const dir = mkdtempSync(join(tmpdir(), 'hp-attendance-cli-'));
  beforeAll(async () => {
    handle = await backend.create();
    await seedDemo(handle.db);
  }, 120_000);
  afterAll(() => handle.close());

  it('previews the example file without writing, then imports it', async () => {
    expect(await importAttendanceCommand(handle.db, example, { plan: HOLBAEK, dryRun: true })).toBe(
      `Filen er i orden: ${SUMMARY} (intet gemt, --dry-run).`,
    );
    expect(await registered(handle, HOLBAEK)).toEqual({ sessions: 0, attendances: 0, participants: 0 });

    expect(await importAttendanceCommand(handle.db, example, { plan: HOLBAEK })).toBe(
      `Importeret: ${SUMMARY}.`,
    );
    expect(await registered(handle, HOLBAEK)).toEqual({ sessions: 9, attendances: 35, participants: 18 });
    // The mentor scheme: 4 sessions, 19 attendances of 8 young people.
    const [mentor] = await queryRows<{ sessions: number; attendances: number; persons: number }>(
      handle.db,
      sql`select count(distinct s.id)::int as sessions, count(*)::int as attendances,
                 count(distinct a.participant_id)::int as persons
            from attendances a join activity_sessions s on s.id = a.session_id
            join activities ac on ac.id = s.activity_id
           where ac.name = 'Mentorordning for unge 15-29-årige'`,
    );
    expect(mentor).toEqual({ sessions: 4, attendances: 19, persons: 8 });
    const [open] = await queryRows<{ count: number; female: number }>(
      handle.db,
      sql`select open_count as count, open_female as female from activity_sessions where open_count is not null`,
    );
    expect(open).toEqual({ count: 23, female: 14 });
  });

  it('refuses a bad file whole, naming every problem by row and column in Danish', async () => {
    const file = join(dir, 'forkert.csv');
    writeFileSync(
      file,
      [
        HEADER,
        '15.06.2023;Mentorordning for unge 15-29-årige;Ladegårdsparken;;EKS-X001;18-24;pige;;;',
        '16.06.2024;Ukendt indsats;Ladegårdsparken;;EKS-X002;;;;;',
        '17.06.2024;Brobygning til foreningsliv for børn og unge;;Festpladsen;;;;-3;;',
        '18.06.2024;Decision Game;Ukendtparken;;EKS-X003;;;;;',
        '19.06.2024;Decision Game;;;EKS-X004;;;;;',
      ].join('\n'),
    );
    const before = await registered(handle, HOLBAEK);
    const error = await importAttendanceCommand(handle.db, file, { plan: HOLBAEK }).catch((e) => e);
    expect(error).toBeInstanceOf(ImportRefused);
    expect(error.message).toBe('Filen blev ikke importeret: 4 fejl. Intet er gemt.');
    expect(error.problems).toEqual([
      {
        row: 2,
        column: 'Dato',
        message: '15.06.2023 ligger uden for planens periode (01.01.2024–31.12.2027).',
      },
      { row: 3, column: 'Indsats', message: 'Indsatsen »Ukendt indsats« findes ikke i planen.' },
      { row: 4, column: 'Antal', message: '»-3« er ikke et antal (et helt tal, 0 eller derover).' },
      { row: 5, column: 'Afdeling', message: 'Afdelingen »Ukendtparken« er ikke med i helhedsplanen.' },
    ]);
    // All or nothing: the good last row was not saved either.
    expect(await registered(handle, HOLBAEK)).toEqual(before);
  });

  it('refuses a participant code of another plan, an unknown plan and an unreadable file', async () => {
    const file = join(dir, 'koege.csv');
    writeFileSync(file, `${HEADER}\n01.03.2024;Fremskudt mentorindsats og faglige forløb;;;EKS-M001;;;;;\n`);
    const error = await importAttendanceCommand(handle.db, file, { plan: 'koege-2021-2025' }).catch((e) => e);
    expect(error).toBeInstanceOf(ImportRefused);
    expect(error.problems).toEqual([
      { row: 2, column: 'Deltagerkode', message: 'Deltagerkoden hører til en anden helhedsplan.' },
    ]);
    await expect(importAttendanceCommand(handle.db, example, { plan: 'ingen-plan' })).rejects.toThrow(
      'Helhedsplanen »ingen-plan« findes ikke.',
    );
    await expect(
      importAttendanceCommand(handle.db, join(dir, 'findes-ikke.csv'), { plan: HOLBAEK }),
    ).rejects.toThrow(`Filen »${join(dir, 'findes-ikke.csv')}« kan ikke læses.`);
    await expect(
      importAttendanceCommand(handle.db, example, { plan: HOLBAEK, mapping: '{kode' }),
    ).rejects.toThrow('--mapping skal være JSON');
  });
});

describe('the helhedsplan binary: import-attendance', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'hp-attendance-bin-'));
  const env = { ...process.env };
  delete env.DATABASE_URL;
  beforeAll(async () => {
    const handle = await openDb({ kind: 'pglite', dataDir });
    await migrateDb(handle);
    await seedDemo(handle.db);
    await handle.close();
  }, 120_000);

  it('imports the example file, and refuses a bad one with exit code 1 and the problems by row', async () => {
    const cli = (...args: string[]) =>
      run('node', [join(root, 'bin/helhedsplan.js'), 'import-attendance', ...args, '--data-dir', dataDir], {
        cwd: root,
        env,
      });
    const ok = await cli(example, '--plan', HOLBAEK);
    expect(ok.stdout).toContain(`Importeret: ${SUMMARY}.`);

    const bad = join(mkdtempSync(join(tmpdir(), 'hp-attendance-file-')), 'forkert.csv');
    writeFileSync(
      bad,
      `${HEADER}\n24.11.2026;Decision Game;;;EKS-D001;;;;;\n24.11.2026;Decision Game;;;EKS-D001;;;;;\n`,
    );
    const error = await cli(bad, '--plan', HOLBAEK).catch((e) => e);
    expect(error.code).toBe(1);
    expect(error.stderr).toContain(
      'Række 3, kolonne »Deltagerkode«: Deltageren står allerede i række 2 for samme aktivitetsgang.',
    );
    expect(error.stderr).toContain('Fejl: Filen blev ikke importeret: 1 fejl. Intet er gemt.');
    // Two spawns only: starting the binary is slow on a loaded machine.
  }, 240_000);
});
