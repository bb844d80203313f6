import { z } from 'zod';
import { paginationQuery } from '../http/common.schema';

export const auditChangeSchema = z.object({
  tableName: z.string(),
  rowId: z.string().nullable(),
  operation: z.enum(['insert', 'update', 'delete']),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
  diff: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])).nullable(),
});

export const auditEventSchema = z.object({
  id: z.number().int(),
  occurredAt: z.string(),
  actorLabel: z.string(),
  action: z.string(),
  changes: z.array(auditChangeSchema),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditQuery = paginationQuery.extend({
  table: z.string().max(60).optional().describe('Kun ændringer i denne tabel'),
});
