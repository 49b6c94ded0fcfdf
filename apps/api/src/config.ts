import { randomBytes } from 'node:crypto';

export type AppMode = 'production' | 'development' | 'test';

export type AppConfig = {
  mode: AppMode;
  port: number;
  /** Origin the browser sees, used for redirects back from the identity provider. */
  publicOrigin: string;
  databaseUrl: string;
  jwtSecret: string;
  /** Folders of the built SPAs, served under /citizen/ and /staff/ when present. */
  citizenDist?: string;
  staffDist?: string;
};

/** Reads the configuration from the environment; production refuses unsafe defaults. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const mode = parseMode(env.APP_MODE ?? env.NODE_ENV);
  const port = Number(env.PORT ?? 4000);
  const databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is required');
  const jwtSecret =
    env.JWT_SECRET ?? (mode === 'production' ? undefined : randomBytes(32).toString('hex'));
  if (!jwtSecret || jwtSecret.length < 32)
    throw new Error('JWT_SECRET of at least 32 characters is required in production');
  return {
    mode,
    port,
    publicOrigin: env.PUBLIC_ORIGIN ?? `http://localhost:${port}`,
    databaseUrl,
    jwtSecret,
    citizenDist: env.CITIZEN_DIST,
    staffDist: env.STAFF_DIST,
  };
}

function parseMode(value: string | undefined): AppMode {
  if (value === 'production' || value === 'test') return value;
  return 'development';
}
