import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { XLSX_CONTENT_TYPE } from '../../tabular/read-table';
import { type SheetSpec, writeCsv, writeXlsx } from '../../tabular/write-table';

export const exportQuery = z.object({
  format: z.enum(['xlsx', 'csv']).default('xlsx').describe('xlsx (alle ark) eller csv (første ark)'),
});

/** OpenAPI: the answer of an export route is the file. */
export const exportFileResponse = z.any().describe('Filen (XLSX eller CSV)');

/**
 * Sends tables as a download. XLSX holds every sheet; CSV, being one table, holds the first.
 * The file name is ASCII-safe with the exact name in filename* (RFC 6266), so "Køge" survives.
 */
export async function sendTable(
  reply: FastifyReply,
  options: { format: 'xlsx' | 'csv'; fileName: string; sheets: readonly SheetSpec[] },
): Promise<FastifyReply> {
  const { format, fileName, sheets } = options;
  const fullName = `${fileName}.${format}`;
  const asciiName = fullName.normalize('NFKD').replaceAll(/[^\w.-]+/g, '_');
  reply.header(
    'content-disposition',
    `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(fullName)}`,
  );
  if (format === 'csv') {
    const [first] = sheets;
    return reply.type('text/csv; charset=utf-8').send(first ? writeCsv(first.columns, first.rows) : '\uFEFF');
  }
  return reply.type(XLSX_CONTENT_TYPE).send(await writeXlsx(sheets));
}
