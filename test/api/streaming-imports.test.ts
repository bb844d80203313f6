import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { count, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as t from '../../src/db/schema/index';
import { importAreaStatistics } from '../../src/server/areas/import-area-statistics';
import { SYSTEM_CLI, withAudit } from '../../src/server/audit/with-audit';
import { type ImportProgress, importAttendanceFile } from '../../src/server/registrations/import-attendance';
import { UPLOAD_BODY_LIMIT } from '../../src/server/tabular/uploads';
import { testBackends } from '../support/databases';
import { type DemoApp, demoApp } from '../support/demo-app';
import type { TestClient } from '../support/http-client';

const MENTOR = 'Mentorordning for unge 15-29-årige';
const PLAN = 'holbaek-2024-2027';
const URL_ATTENDANCE = `/api/plans/${PLAN}/imports/attendance`;

/** Rows of attendance in Holbæk's plan: sessions of 10 new participants each, one date per session. */
function attendanceFile(rows: number, bad?: (row: number) => string | null): string {
  const lines = ['Dato;Indsats;Afdeling;Sted;Deltagerkode'];
  for (let i = 0; i < rows; i++) {
    const row = i + 2;
    const session = Math.floor(i / 10);
    const day = new Date(Date.UTC(2024, 2, 1 + (session % 300)));
    const date = `${String(day.getUTCDate()).padStart(2, '0')}.${String(day.getUTCMonth() + 1).padStart(2, '0')}.${day.getUTCFullYear()}`;
    const place = `Lokale ${Math.floor(session / 300) + 1}`;
    lines.push(bad?.(row) ?? `${date};${MENTOR};;${place};STR${String(i % 4000).padStart(5, '0')}`);
  }
  return `${lines.join('\n')}\n`;
}

describe.each(testBackends)('streaming imports on $name', (backend) => {
  let demo: DemoApp;
  let staff: TestClient;
  const uploadDir = mkdtempSync(join(tmpdir(), 'hp-uploads-test-'));
  const previousUploadDir = process.env.HELHEDSPLAN_UPLOAD_DIR;

  /** The spool directory's files, once the response hook has had a moment to remove them. */
  const spooledFilesLeft = async () => {
    for (let i = 0; i < 50 && readdirSync(uploadDir).length > 0; i++)
      await new Promise((r) => setTimeout(r, 20));
    return readdirSync(uploadDir);
  };
  const counts = async () => {
    const db = demo.handle.db;
    const [s] = await db.select({ n: count() }).from(t.activitySessions);
    const [a] = await db.select({ n: count() }).from(t.attendances);
    const [p] = await db.select({ n: count() }).from(t.participants);
    const [f] = await db.select({ n: count() }).from(t.areaStatistics);
    const [e] = await db.select({ n: count() }).from(t.auditEvents);
    return { sessions: s?.n, attendances: a?.n, participants: p?.n, figures: f?.n, events: e?.n };
  };

  beforeAll(async () => {
    process.env.HELHEDSPLAN_UPLOAD_DIR = uploadDir;
    demo = await demoApp(backend);
    staff = await demo.as('medarbejder.holbaek');
  }, 180_000);
  afterAll(async () => {
    await demo.close();
    rmSync(uploadDir, { recursive: true, force: true });
    if (previousUploadDir === undefined) delete process.env.HELHEDSPLAN_UPLOAD_DIR;
    else process.env.HELHEDSPLAN_UPLOAD_DIR = previousUploadDir;
  });

  it('saves nothing when a row in the middle is bad, after whole batches were staged; the problem names row and field', async () => {
    const before = await counts();
    // 12,000 rows: two full staging batches of 5,000 pass before row 11,002.
    const file = attendanceFile(12_000, (row) => (row === 11_002 ? `31.02.2024;${MENTOR};;;STR99999` : null));
    const res = await staff.upload(`${URL_ATTENDANCE}?commit=true`, file);
    expect(res.statusCode, res.body.slice(0, 500)).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'IMPORT_INVALID',
      problemCount: 1,
      problems: [{ row: 11_002, column: 'Dato', message: '»31.02.2024« er ikke en dato.' }],
    });
    expect(await counts()).toEqual(before);
    // The spooled upload is gone once the answer is sent (onResponse, right after it).
    expect(await spooledFilesLeft()).toEqual([]);
  }, 120_000);

  it('commits a large file whole under one audit event, and reports its progress', async () => {
    const before = await counts();
    const progress: ImportProgress[] = [];
    const result = await importAttendanceFile(demo.handle.db, SYSTEM_CLI, {
      plan: PLAN,
      commit: true,
      file: { source: { data: Buffer.from(attendanceFile(12_000)) }, format: 'csv' },
      onProgress: (p) => progress.push(p),
    });
    expect(result).toMatchObject({
      committed: true,
      rowCount: 12_000,
      problemCount: 0,
      summary: { rows: 12_000, sessions: 1_200, attendances: 12_000, newParticipants: 4_000 },
    });
    expect(await counts()).toEqual({
      ...before,
      sessions: (before.sessions ?? 0) + 1_200,
      attendances: (before.attendances ?? 0) + 12_000,
      participants: (before.participants ?? 0) + 4_000,
      events: (before.events ?? 0) + 1,
    });
    // A batch at a time while reading, then the checks and the write.
    const reading = progress.filter((p) => p.step === 'læser');
    expect(reading.map((p) => p.rows)).toEqual([5_000, 10_000, 12_000]);
    expect(reading.every((p, i) => i === 0 || p.share >= (reading[i - 1]?.share ?? 0))).toBe(true);
    expect(reading.at(-1)?.share).toBe(1);
    expect(progress.map((p) => p.step).slice(-2)).toEqual(['kontrollerer', 'gemmer']);
    // One audit event, and no per-row trail of the bulk tables.
    const [changes] = await demo.handle.db
      .select({ n: count() })
      .from(t.auditChanges)
      .where(sql`${t.auditChanges.tableName} = 'attendances'
                 and ${t.auditChanges.eventId} = (select max(id) from audit_events)`);
    expect(changes?.n).toBe(0);
  }, 120_000);

  it('lists the first 200 problems by row, with the count of all', async () => {
    const file = attendanceFile(1_000, (row) => (row % 2 === 0 ? `xx;${MENTOR};;;STR00001` : null));
    const res = await staff.upload(`${URL_ATTENDANCE}?dryRun=true`, file);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.problemCount).toBe(500);
    expect(body.problems).toHaveLength(200);
    expect(body.problems[0]).toEqual({ row: 2, column: 'Dato', message: '»xx« er ikke en dato.' });
    expect(body.problems.at(-1).row).toBe(400);
    const commit = await staff.upload(`${URL_ATTENDANCE}?commit=true`, file);
    expect(commit.statusCode).toBe(422);
    expect(commit.json().problemCount).toBe(500);
    expect(commit.json().problems).toHaveLength(200);
  });

  it('refuses an upload over 100 MB with 413 while it streams, and keeps no file', async () => {
    let sent = 0;
    const chunk = Buffer.alloc(1024 * 1024, 'a;b;c\n');
    const body = new Readable({
      read() {
        if (sent > UPLOAD_BODY_LIMIT + 2 * chunk.length) this.push(null);
        else {
          sent += chunk.length;
          this.push(chunk);
        }
      },
    });
    const res = await staff.request('POST', `${URL_ATTENDANCE}?dryRun=true`, body, {
      contentType: 'text/csv',
    });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({
      code: 'UPLOAD_TOO_LARGE',
      title: 'Filen er for stor til at blive importeret på én gang (højst 100 MB).',
      errors: [{ field: 'body', message: expect.stringContaining('større end 100 MB') }],
    });
    expect(await spooledFilesLeft()).toEqual([]);
  }, 60_000);

  it('writes statistics batch by batch in one transaction: a bad row after batches were written rolls all back', async () => {
    // 600 afdelinger in 40 areas; 6,000 rows × 5 figures = 30,000 figures in batches of 5,000.
    await withAudit(demo.handle.db, SYSTEM_CLI, { name: 'testFixture' }, async (tx) => {
      await tx.execute(sql`
        insert into statutory_areas (id, slug, name, municipality_id, source)
        select md5('st-area-' || n)::uuid, 'st-omraade-' || n, 'Strømområde ' || n,
               (select id from municipalities order by slug limit 1), 'Test'
        from generate_series(1, 40) n`);
      await tx.execute(sql`
        insert into departments (id, slug, name, municipality_id, source)
        select md5('st-dep-' || n)::uuid, 'st-afd-' || n, 'Strømafdeling ' || n,
               (select id from municipalities order by slug limit 1), 'Test'
        from generate_series(1, 600) n`);
      await tx.execute(sql`
        insert into statutory_area_departments (area_id, department_id)
        select md5('st-area-' || ((n - 1) / 15 + 1))::uuid, md5('st-dep-' || n)::uuid
        from generate_series(1, 600) n`);
    });
    const statistics = (badRow?: number) => {
      const header =
        'Boligområde;Afdeling;År;Beboere;Beboere 18–64 år;Beboere 30–59 år;Beboere 18 år og derover;Ikke-vestlige indvandrere og efterkommere (%);Kilde';
      const lines = [header];
      for (let i = 0; i < 6_000; i++) {
        const d = Math.floor(i / 10) + 1;
        const share = i + 2 === badRow ? '120' : '40,5';
        lines.push(
          `Strømområde ${Math.floor((d - 1) / 15) + 1};Strømafdeling ${d};${2015 + (i % 10)};1200;800;500;900;${share};Test`,
        );
      }
      return Buffer.from(lines.join('\n'));
    };
    const before = await counts();
    const progress: ImportProgress[] = [];
    const refused = await importAreaStatistics(demo.handle.db, SYSTEM_CLI, {
      file: { source: { data: statistics(5_000) }, format: 'csv' },
      commit: true,
      onProgress: (p) => progress.push(p),
    }).catch((e) => e);
    expect(refused.code).toBe('IMPORT_INVALID');
    expect(refused.details).toMatchObject({
      problemCount: 1,
      problems: [
        {
          row: 5_000,
          column: 'Ikke-vestlige indvandrere og efterkommere (%)',
          message: 'En andel kan højst være 100 %.',
        },
      ],
    });
    // Batches went to the database before the bad row was read, and were rolled back with it.
    expect(progress.filter((p) => p.rows < 4_999).length).toBeGreaterThanOrEqual(4);
    expect(await counts()).toEqual(before);
    const done = await importAreaStatistics(demo.handle.db, SYSTEM_CLI, {
      file: { source: { data: statistics() }, format: 'csv' },
      commit: true,
    });
    expect(done).toMatchObject({ committed: true, rowCount: 6_000, figureCount: 30_000, problemCount: 0 });
    expect(await counts()).toEqual({
      ...before,
      figures: (before.figures ?? 0) + 30_000,
      events: (before.events ?? 0) + 1,
    });
  }, 120_000);
});
