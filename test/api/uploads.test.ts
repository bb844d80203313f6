import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openDb } from '../../src/db/client';
import { migrateDb } from '../../src/db/migrate';
import { buildApp } from '../../src/server/app';
import { importResult, readImport, refuseImportWithProblems } from '../../src/server/tabular/import-result';
import { exportFileResponse, exportQuery, sendTable } from '../../src/server/tabular/send-table';
import { importQuery, UPLOAD_BODY_LIMIT, uploadBody } from '../../src/server/tabular/uploads';
import { readTable } from '../../src/tabular/read-table';
import { writeXlsx } from '../../src/tabular/write-table';
import { TestClient } from '../support/http-client';

/**
 * The plumbing every import and export route shares, through a route made for the test: files
 * as raw bodies (CSV, XLSX, octet-stream), problems by row and column, downloads with names.
 */
describe('file uploads and table downloads', () => {
  let close: () => Promise<void>;
  let client: TestClient;

  beforeAll(async () => {
    const handle = await openDb({ kind: 'pglite-memory' });
    await migrateDb(handle);
    const app = await buildApp({ db: handle.db, webDir: '/nonexistent' });
    app.withTypeProvider().post(
      '/api/test/import',
      {
        bodyLimit: UPLOAD_BODY_LIMIT,
        config: { access: { public: true } },
        schema: { hide: true, querystring: importQuery, body: uploadBody },
      },
      async (request) => {
        const read = await readImport(request, [{ key: 'n', label: 'Antal', required: true }]);
        const problems = [...read.mapped.problems];
        if (read.commit) refuseImportWithProblems(problems);
        return importResult(read, problems, read.commit);
      },
    );
    app.get(
      '/api/test/export',
      {
        config: { access: { public: true } },
        schema: { hide: true, querystring: exportQuery, response: { 200: exportFileResponse } },
      },
      async (request, reply) =>
        sendTable(reply, {
          format: z.enum(['xlsx', 'csv']).parse((request.query as { format?: string }).format ?? 'xlsx'),
          fileName: 'Køge nøgletal',
          sheets: [
            { name: 'Tal', columns: [{ key: 'n', header: 'Antal', type: 'integer' }], rows: [{ n: 5 }] },
          ],
        }),
    );
    client = new TestClient(app);
    close = async () => {
      await app.close();
      await handle.close();
    };
  });
  afterAll(() => close());

  it('takes CSV and XLSX as the raw body, by content type or by sniffing', async () => {
    expect((await client.upload('/api/test/import', 'Antal\n1\n2\n')).json()).toEqual({
      committed: false,
      rowCount: 2,
      columns: ['Antal'],
      mapping: { n: 'Antal' },
      preview: [
        { row: 2, values: { n: '1' } },
        { row: 3, values: { n: '2' } },
      ],
      problems: [],
      problemCount: 0,
    });
    const xlsx = await writeXlsx([
      { name: 'A', columns: [{ key: 'n', header: 'Antal' }], rows: [{ n: '3' }] },
    ]);
    const sniffed = await client.upload('/api/test/import', xlsx, 'application/octet-stream');
    expect(sniffed.json()).toMatchObject({ rowCount: 1, problems: [] });
  });

  it('maps a foreign header by the mapping parameter, and refuses a malformed mapping', async () => {
    const url = `/api/test/import?mapping=${encodeURIComponent(JSON.stringify({ n: 'Count' }))}`;
    expect((await client.upload(url, 'Count\n1\n')).json()).toMatchObject({ rowCount: 1, problems: [] });
    const missing = await client.upload('/api/test/import', 'Count\n1\n');
    expect(missing.json()).toMatchObject({
      committed: false,
      columns: ['Count'],
      problems: [{ column: 'Antal' }],
    });
    const refused = await client.upload('/api/test/import?commit=true', 'Count\n1\n');
    expect(refused.statusCode).toBe(422);
    expect(refused.json().problems).toEqual([
      { row: null, column: 'Antal', message: 'Kolonnen mangler i filen.' },
    ]);
    const committed = await client.upload('/api/test/import?commit=true', 'Antal\n1\n');
    expect(committed.json()).toMatchObject({ committed: true, rowCount: 1 });
    const bad = await client.upload('/api/test/import?mapping=nope', 'Antal\n1\n');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('querystring.mapping');
  });

  it('answers 422 with problems by row and column, 415 for other formats, and still wants CSRF', async () => {
    const cpr = await client.upload('/api/test/import', 'Antal;Note\n1;010190-1234\n');
    expect(cpr.statusCode).toBe(422);
    expect(cpr.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(cpr.json()).toMatchObject({ code: 'IMPORT_INVALID', problems: [{ row: 2, column: 'Note' }] });
    const empty = await client.upload('/api/test/import', '');
    expect(empty.statusCode).toBe(422);
    const pdf = await client.upload('/api/test/import?format=csv', '%PDF\u0000', 'text/csv');
    expect(pdf.statusCode).toBe(422);
    const other = await client.request('POST', '/api/test/import', Buffer.from('x'), {
      contentType: 'application/pdf',
    });
    expect(other.statusCode).toBe(415);
    const noCsrf = await client.request('POST', '/api/test/import', Buffer.from('Antal\n1\n'), {
      csrf: false,
      contentType: 'text/csv',
    });
    expect(noCsrf.statusCode).toBe(403);
  });

  it('sends XLSX and CSV downloads with a file name that keeps æøå', async () => {
    const xlsx = await client.get('/api/test/export');
    expect(xlsx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(xlsx.headers['content-disposition']).toContain("filename*=UTF-8''K%C3%B8ge%20n%C3%B8gletal.xlsx");
    expect((await readTable(xlsx.rawPayload, 'xlsx')).rows[0]?.values).toEqual({ Antal: '5' });
    const csv = await client.get('/api/test/export?format=csv');
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.body).toBe('\uFEFFAntal\r\n5\r\n');
  });
});
