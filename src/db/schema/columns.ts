import { sql } from 'drizzle-orm';
import { text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const id = () => uuid().primaryKey().defaultRandom();
export const timestamps = () => ({
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
/** Where a row's facts come from: registered documents ("kilde:<id> <section>", src/domain/reference/source-documents.ts), a URL or free text. */
export const source = () => text();

/** SQL CHECK that a text column holds one of a closed list of values. */
export function oneOf(column: string, values: readonly string[]) {
  return sql.raw(`${column} in (${values.map((v) => `'${v.replaceAll("'", "''")}'`).join(', ')})`);
}
