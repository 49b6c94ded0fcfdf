// @etj/db: the Prisma client, the migration runner, the embedded PostgreSQL and test databases.
export * from '../generated/client/client.ts';
export { createPrismaClient, type PrismaClientOptions } from './client.ts';
export {
  migrateDatabase,
  MigrationError,
  type MigrateOptions,
  type MigrateResult,
} from './migrate.ts';
export {
  checksumMatches,
  migrationsDir,
  readMigrations,
  schemaPath,
  type MigrationFile,
} from './migrations.ts';
export {
  startEmbeddedPostgres,
  type EmbeddedPostgres,
  type EmbeddedPostgresOptions,
} from './embedded.ts';
export {
  createTestDatabase,
  databaseUrlFor,
  type TestDatabase,
  type TestDatabaseOptions,
} from './test-database.ts';
