// Prisma CLI configuration. Only `prisma generate` is run here (see tools/generate.ts);
// migrations are created, checked and applied by this package's own tools.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'schema.prisma',
  migrations: { path: 'migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres' },
});
