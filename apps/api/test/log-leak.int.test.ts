// Logs carry codes, ids and request ids, never what a client sent: a marker string goes through
// every argument of every operation of the committed schema (as ids that are not UUIDs, as real
// UUIDs with the marker in every text, in the operation's name), through the HTTP edge's
// refusals and through the unexpected-error paths with a real Prisma error that quotes it, and
// must appear in no log line, whatever its level.
import type { AddressInfo } from 'node:net';
import { GraphQLError } from 'graphql';
import express from 'express';
import { pino } from 'pino';
import { pinoHttp } from 'pino-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFormatError } from '../src/common/errors.ts';
import { createLogger } from '../src/common/logger.ts';
import { finalErrorHandler } from '../src/http/error-handler.ts';
import { type Browser, startHarness, type Harness } from './harness.ts';
import { callOf, rootFields, type Fill, signInCitizenAndAllRoleStaff } from './operation-calls.ts';

const MARKER = 'Mrk7LeakZq';
const logLines: string[] = [];
const logger = createLogger({
  level: 'trace',
  destination: { write: (line: string) => void logLines.push(line) },
});

let h: Harness;
let citizen: Browser;
let staff: Browser;

beforeAll(async () => {
  h = await startHarness({}, { logger });
  ({ citizen, staff } = await signInCitizenAndAllRoleStaff(h));
});

afterAll(async () => {
  await h.close();
});

function leakedLines(): string[] {
  return logLines.filter((line) => line.toLowerCase().includes(MARKER.toLowerCase()));
}

const markedText = () => `${MARKER} ' OR 1=1; -- <b>198003142384</b>`;
const markerFills: [string, Fill][] = [
  [
    'ids that are not UUIDs',
    { id: () => `${MARKER}-1`, string: markedText, json: () => ({ [MARKER]: markedText() }) },
  ],
  [
    'real UUIDs, marked texts',
    {
      id: () => crypto.randomUUID(),
      string: markedText,
      json: () => ({ [MARKER]: markedText(), nested: { list: [markedText()] } }),
    },
  ],
];

async function send(browser: Browser | null, surface: 'citizen' | 'staff', body: string) {
  const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body };
  const path = `/api/${surface}/graphql`;
  const response = browser
    ? await browser.request(path, init)
    : await fetch(`${h.baseUrl}${path}`, init);
  return { status: response.status, text: await response.text() };
}

describe('a marker the client sends', () => {
  it('appears in no log line from any operation, for anyone', async () => {
    const actors: [Browser | null, 'citizen' | 'staff'][] = [
      [null, 'citizen'],
      [null, 'staff'],
      [citizen, 'citizen'],
      [staff, 'staff'],
    ];
    let answered = 0;
    for (const root of rootFields()) {
      for (const [, fill] of markerFills) {
        const call = callOf(root, fill, { full: true, name: `Op${MARKER}` });
        for (const [browser, surface] of actors) {
          const answer = await send(
            browser,
            surface,
            JSON.stringify({ query: call.document, variables: call.variables }),
          );
          expect(answer.status, `${call.label}: ${answer.text}`).toBeLessThan(500);
          answered += 1;
        }
      }
    }
    expect(answered).toBeGreaterThan(200);
    expect(logLines.length).toBeGreaterThan(answered);
    expect(leakedLines()).toEqual([]);
  });

  it('appears in no log line from the HTTP edge’s refusals', async () => {
    const before = logLines.length;
    const refusals = [
      await send(null, 'citizen', `{"query": "${MARKER}`),
      await send(null, 'citizen', JSON.stringify({ query: `{ ${MARKER} ` })),
      await send(null, 'citizen', MARKER.repeat(2000)),
      await send(citizen, 'citizen', JSON.stringify({ query: `{ ${MARKER}(x: "\u0000") }` })),
      await send(
        staff,
        'staff',
        JSON.stringify({ query: `query Op${MARKER} { ${'__typename '.repeat(3100)}}` }),
      ),
    ];
    expect(refusals.map((r) => r.status)).toEqual([400, 400, 413, 400, 400]);
    // In the path: a deep link, a malformed one, a download.
    for (const path of [
      `/citizen/${MARKER}/x?q=${MARKER}`,
      `/citizen/${MARKER}%E0%A4%A`,
      `/api/citizen/attachments/${MARKER}`,
    ]) {
      expect((await fetch(`${h.baseUrl}${path}`)).status).toBeLessThan(500);
    }
    expect(logLines.length).toBeGreaterThan(before);
    expect(leakedLines()).toEqual([]);
  });

  it('appears in no log line when a real Prisma error quoting it reaches the unexpected-error paths', async () => {
    // A query through a repository's kind of call, and a raw one (PostgreSQL quotes the value).
    const fromQuery: unknown = await h.prisma.case
      .findUnique({ where: { id: `${MARKER}-not-a-uuid` }, select: { id: true } })
      .then(
        () => null,
        (error: unknown) => error,
      );
    const fromRaw: unknown = await h.prisma.$queryRaw`SELECT ${`${MARKER}-x`}::uuid`.then(
      () => null,
      (error: unknown) => error,
    );
    for (const prismaError of [fromQuery, fromRaw]) {
      // The error does quote the marker: pino's standard serializer would have logged it.
      expect(JSON.stringify(pino.stdSerializers.err(prismaError as Error))).toContain(MARKER);
      await throughUnexpectedErrorPaths(prismaError);
    }
  });
});

async function throughUnexpectedErrorPaths(prismaError: unknown) {
  const before = logLines.length;
  // GraphQL: a resolver's unexpected error goes through formatError.
  const formatted = createFormatError(logger)(
    { message: String(prismaError), path: ['citizenMe'] },
    new GraphQLError('x', { originalError: prismaError as Error, path: ['citizenMe'] }),
  );
  expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  // Any code that logs the error object itself.
  logger.error({ err: prismaError }, 'logged as it is');
  // HTTP: a route's unexpected error goes to the final error handler.
  const app = express();
  app.use(pinoHttp({ logger }));
  app.get('/fails', () => {
    throw prismaError;
  });
  app.use(finalErrorHandler());
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  const response = await fetch(`http://127.0.0.1:${port}/fails`);
  await new Promise((resolve) => server.close(resolve));
  expect(response.status).toBe(500);
  expect(await response.text()).not.toContain(MARKER);

  const written = logLines.slice(before);
  expect(written.filter((line) => line.includes('"level":50')).length).toBeGreaterThanOrEqual(3);
  expect(written.some((line) => line.includes('"type":"PrismaClientKnownRequestError"'))).toBe(
    true,
  );
  expect(leakedLines()).toEqual([]);
}
