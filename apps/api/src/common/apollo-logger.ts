import type { ApolloServerOptions, BaseContext } from '@apollo/server';
import type { Logger } from 'pino';
import { serializeError } from './errors.ts';

type ApolloLogger = NonNullable<ApolloServerOptions<BaseContext>['logger']>;

/**
 * Apollo Server's own log lines into ours, without what they quote: Apollo writes
 * "Unexpected error processing request: ${error}", so only the text before the first colon is
 * kept (its own words), and an Error only as serializeError keeps it.
 */
export function apolloLogger(logger: Logger): ApolloLogger {
  const line =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (message?: unknown): void => {
      if (message instanceof Error) {
        logger[level]({ source: 'apollo', err: serializeError(message) }, 'apollo error');
        return;
      }
      const text = typeof message === 'string' ? message : typeof message;
      logger[level]({ source: 'apollo' }, text.split(':')[0] ?? '');
    };
  return { debug: line('debug'), info: line('info'), warn: line('warn'), error: line('error') };
}
