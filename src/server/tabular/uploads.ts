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

/** Import routes take the file itself as the body; they opt in to this larger limit. */
export const UPLOAD_BODY_LIMIT = 50 * 1024 * 1024;

const UPLOAD_CONTENT_TYPES = ['text/csv', XLSX_CONTENT_TYPE, 'application/octet-stream'];

/** Spreadsheet files arrive as raw bytes; JSON routes are untouched. */
export function acceptFileUploads(app: FastifyInstance): void {
  app.addContentTypeParser(UPLOAD_CONTENT_TYPES, { parseAs: 'buffer' }, (_request, body, done) => {
    done(null, body);
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
export const uploadBody = z.any().describe('Filen (CSV eller XLSX) som request body');

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

/** Reads the uploaded file into a table; 415 when it is neither CSV nor XLSX. */
export async function uploadedTable(request: FastifyRequest): Promise<Table> {
  const body = request.body;
  if (!(body instanceof Uint8Array) || body.length === 0) {
    throw new AppError('IMPORT_INVALID', {
      problems: [{ row: null, column: null, message: 'Vælg en fil (CSV eller XLSX) at importere.' }],
    });
  }
  const query = request.query as { format?: TableFormat };
  const format = query.format ?? tableFormatOf(request.headers['content-type'] ?? '') ?? sniffFormat(body);
  if (!format) throw new AppError('IMPORT_FORMAT_UNSUPPORTED');
  return readTable(body, format);
}

/** application/octet-stream: an XLSX file is a ZIP archive ("PK"); anything else is tried as CSV. */
function sniffFormat(body: Uint8Array): TableFormat {
  return body[0] === 0x50 && body[1] === 0x4b ? 'xlsx' : 'csv';
}
