// `node prisma/seed/run.ts`: seeds the database at DATABASE_URL for today's Stockholm date.
import { createPrismaClient } from '../src/index.ts';
import { stockholmDate } from './domain.ts';
import { seedDatabase } from './seed.ts';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('DATABASE_URL is not set');
  process.exit(2);
}

const now = new Date();
const today = stockholmDate(now);
const prisma = createPrismaClient(databaseUrl);
const started = performance.now();
try {
  const summary = await seedDatabase(prisma, { today, now });
  const counts = Object.entries(summary)
    .map(([table, count]) => `${table} ${count}`)
    .join(', ');
  console.log(`Seeded for ${today} in ${Math.round(performance.now() - started)} ms: ${counts}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
