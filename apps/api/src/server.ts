import 'reflect-metadata';
import { createPrismaClient } from '@etj/db';
import { createApp } from './app.ts';
import { AdjustableClock } from './common/clock.ts';
import { createLogger } from './common/logger.ts';
import { configFromEnv } from './config.ts';

const config = configFromEnv();
const logger = createLogger();
const prisma = createPrismaClient(config.databaseUrl);
const app = await createApp({ config, prisma, clock: new AdjustableClock(), logger });

const server = app.express.listen(config.port, () => {
  logger.info({ port: config.port, mode: config.mode }, 'api listening');
});

const shutdown = () => {
  server.close();
  void app.stop().then(() => prisma.$disconnect());
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
