import { defineConfig } from 'drizzle-kit';

// Migrations are generated once from the schema and applied by our own migrator
// (src/db/migrate.ts) to both PGlite and PostgreSQL, so both run the same SQL.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema/index.ts',
  out: './src/db/migrations',
  casing: 'snake_case',
});
