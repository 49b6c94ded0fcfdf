import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HttpSmsGateway } from './http-sms-gateway.ts';
import { SmsSendError } from './sms-gateway.ts';

type Received = { method: string; authorization: string; contentType: string; body: unknown };

let server: Server;
let url: string;
const received: Received[] = [];
let answer = 200;

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

beforeAll(async () => {
  server = createServer((req, res) => {
    void readBody(req).then((body) => {
      received.push({
        method: req.method ?? '',
        authorization: req.headers.authorization ?? '',
        contentType: req.headers['content-type'] ?? '',
        body: JSON.parse(body) as unknown,
      });
      res.writeHead(answer, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: answer }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`;
});

afterAll(async () => {
  await new Promise<void>((resolve) =>
    server.close(() => {
      resolve();
    }),
  );
});

beforeEach(() => {
  received.length = 0;
  answer = 200;
});

const gateway = () =>
  new HttpSmsGateway({ url, username: 'etj', password: 'hemligt', sender: 'Etjanster' });
const sms = { to: '+46701234567', text: 'Du har ett nytt meddelande.', reference: 'row-1' };

async function failure(promise: Promise<unknown>): Promise<SmsSendError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SmsSendError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('HttpSmsGateway', () => {
  it('posts { from, to, message } as JSON with Basic credentials', async () => {
    await gateway().send(sms);
    expect(received).toEqual([
      {
        method: 'POST',
        authorization: `Basic ${Buffer.from('etj:hemligt').toString('base64')}`,
        contentType: 'application/json',
        body: { from: 'Etjanster', to: '+46701234567', message: 'Du har ett nytt meddelande.' },
      },
    ]);
  });

  it.each([500, 502, 503, 429])('treats %i as temporary', async (status) => {
    answer = status;
    const error = await failure(gateway().send(sms));
    expect({ kind: error.kind, code: error.code }).toEqual({
      kind: 'TEMPORARY',
      code: `HTTP_${status}`,
    });
  });

  it.each([400, 401, 403, 404, 422])('treats %i as permanent', async (status) => {
    answer = status;
    const error = await failure(gateway().send(sms));
    expect({ kind: error.kind, code: error.code }).toEqual({
      kind: 'PERMANENT',
      code: `HTTP_${status}`,
    });
  });

  it('treats a gateway that cannot be reached as temporary', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) =>
      closed.close(() => {
        resolve();
      }),
    );
    const unreachable = new HttpSmsGateway({
      url: `http://127.0.0.1:${port}/sms`,
      username: 'u',
      password: 'p',
      sender: 'Etjanster',
    });
    const error = await failure(unreachable.send(sms));
    expect({ kind: error.kind, code: error.code }).toEqual({
      kind: 'TEMPORARY',
      code: 'HTTP_NETWORK',
    });
  });
});
