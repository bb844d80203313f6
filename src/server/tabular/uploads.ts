import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../domain/errors/app-error';
import {
  readTable,
  type Table,
  type TableFormat,
  tableFormatOf,
  XLSX_CONTENT_TYPE,
} from '../../tabular/read-table';
import type { TableSource } from '../../tabular/table-stream';

/**
 * Import routes take the file itself as the body (issue #13 item 13): up to 100 MB, spooled to a
 * temp file as it arrives and read from there as a stream, so an upload never sits whole in
 * memory. A larger body is refused with 413 UPLOAD_TOO_LARGE as soon as it passes the limit.
 */
export const UPLOAD_BODY_LIMIT = 100 * 1024 * 1024;

const UPLOAD_CONTENT_TYPES = ['text/csv', XLSX_CONTENT_TYPE, 'application/octet-stream'];

/** An uploaded file, spooled to disk; it is deleted when the response is sent. */
export class UploadedFile {
  constructor(
    readonly path: string,
    readonly size: number,
  ) {}
}

const uploadDir = () => process.env.HELHEDSPLAN_UPLOAD_DIR ?? tmpdir();

/** Spooling limit: the route's bodyLimit (UPLOAD_BODY_LIMIT on import routes). */
function limitOf(request: FastifyRequest): number {
  return request.routeOptions.bodyLimit ?? UPLOAD_BODY_LIMIT;
}

/** Writes the body to a temp file, counting bytes; over the limit it stops and deletes the file. */
async function spool(request: FastifyRequest, payload: NodeJS.ReadableStream): Promise<UploadedFile> {
  const limit = limitOf(request);
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  const path = join(uploadDir(), `helhedsplan-upload-${randomUUID()}`);
  let size = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > limit) done(tooLarge(limit));
      else done(null, chunk);
    },
  });
  // The request itself is piped, not handed to pipeline(): a refused body must not destroy the
  // socket before the 413 is sent (the rest of the body is drained instead).
  payload.pipe(counter);
  try {
    await pipeline(counter, createWriteStream(path, { flags: 'wx', mode: 0o600 }));
  } catch (error) {
    payload.unpipe(counter);
    await rm(path, { force: true });
    throw error;
  }
  return new UploadedFile(path, size);
}

function tooLarge(limit: number): AppError {
  return new AppError('UPLOAD_TOO_LARGE', { limitBytes: limit }, [
    {
      field: 'body',
      message: `Filen er større end ${Math.round(limit / 1024 / 1024)} MB. Del den op i flere filer, og importér dem hver for sig.`,
    },
  ]);
}

/** Spreadsheet files arrive as a stream to a temp file; JSON routes are untouched. */
export function acceptFileUploads(app: FastifyInstance): void {
  app.addContentTypeParser(UPLOAD_CONTENT_TYPES, (request, payload, done) => {
    spool(request, payload).then(
      (file) => done(null, file),
      (error: Error) => {
        // The rest of a refused body is drained, so the client reads the 413 instead of a reset.
        payload.resume();
        done(error, undefined);
      },
    );
  });
  app.addHook('onResponse', async (request) => {
    if (request.body instanceof UploadedFile) await rm(request.body.path, { force: true });
  });
}

/** The query every import route takes: preview or commit, the format, and a column mapping. */
export const importQuery = z.object({
  commit: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('false: vis forhåndsvisning og fejl, gem intet; true: gem alt eller intet'),
  format: z.enum(['csv', 'xlsx']).optional().describe('Filens format, hvis Content-Type ikke siger det'),
  mapping: z
    .string()
    .max(4000)
    .optional()
    .describe('JSON: forventet kolonne → filens overskrift, for filer med andre kolonnenavne'),
});
export type ImportQuery = z.infer<typeof importQuery>;

/** OpenAPI: the body of an import route is the file. */
export const uploadBody = z.any().describe('Filen (CSV eller XLSX) som request body, højst 100 MB');

/** The chosen mapping from the query, or a field error naming the parameter. */
export function mappingOf(query: ImportQuery): Record<string, string> {
  if (!query.mapping) return {};
  try {
    const parsed = z.record(z.string(), z.string()).safeParse(JSON.parse(query.mapping));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through to the field error
  }
  throw new AppError('VALIDATION_FAILED', {}, [
    { field: 'querystring.mapping', message: 'Skal være JSON: {"kolonne": "overskrift i filen"}' },
  ]);
}

/** The uploaded file on disk and its format; 415 when it is neither CSV nor XLSX. */
export async function uploadedSource(
  request: FastifyRequest,
): Promise<{ source: TableSource; format: TableFormat }> {
  const body = request.body;
  if (!(body instanceof UploadedFile) || body.size === 0) {
    throw new AppError('IMPORT_INVALID', {
      problems: [{ row: null, column: null, message: 'Vælg en fil (CSV eller XLSX) at importere.' }],
    });
  }
  const query = request.query as { format?: TableFormat };
  const format =
    query.format ?? tableFormatOf(request.headers['content-type'] ?? '') ?? (await sniffFormat(body.path));
  if (!format) throw new AppError('IMPORT_FORMAT_UNSUPPORTED');
  return { source: { path: body.path }, format };
}

/** The uploaded file read whole into a table: for small imports (spending). */
export async function uploadedTable(request: FastifyRequest): Promise<Table> {
  const { source, format } = await uploadedSource(request);
  return readTable(source, format);
}

/** application/octet-stream: an XLSX file is a ZIP archive ("PK"); anything else is tried as CSV. */
async function sniffFormat(path: string): Promise<TableFormat> {
  const file = await open(path, 'r');
  try {
    const { buffer } = await file.read(Buffer.alloc(2), 0, 2, 0);
    return buffer[0] === 0x50 && buffer[1] === 0x4b ? 'xlsx' : 'csv';
  } finally {
    await file.close();
  }
}
