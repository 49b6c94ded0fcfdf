import { describe, expect, it } from 'vitest';
import { DROP_EXCUSED_BYTES, inspectResponse, percentile } from './response-check.ts';

const kinds = (status: number, body: string, secrets: string[] = [], requestBytes = 10) =>
  inspectResponse({ status, body, secrets, requestBytes }).problems.map((p) => p.kind);

describe('what a hostile request may get back', () => {
  it('accepts a refusal with a client error code', () => {
    const body = JSON.stringify({
      errors: [{ message: 'x', extensions: { code: 'BAD_USER_INPUT' } }],
    });
    expect(kinds(400, body)).toEqual([]);
    expect(inspectResponse({ status: 400, body, secrets: [] }).refusal).toBe(true);
  });

  it('counts an answer with data as executed and not refused', () => {
    const inspection = inspectResponse({ status: 200, body: '{"data":{"a":1}}', secrets: [] });
    expect(inspection).toMatchObject({ refusal: false, executed: true });
  });

  it('finds server errors and the internal error code', () => {
    expect(kinds(500, 'Internal error')).toEqual(['5xx']);
    const body = JSON.stringify({
      data: null,
      errors: [{ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
    expect(kinds(200, body)).toEqual(['internal-error']);
  });

  it('finds stack frames and database messages', () => {
    expect(kinds(400, 'TypeError: x\n    at Foo.bar (/srv/app/dist/x.js:10:5)')).toContain(
      'stack-trace',
    );
    expect(kinds(400, 'at file:///srv/app/node_modules/pg/lib/client.js:12:3')).toContain(
      'stack-trace',
    );
    expect(kinds(400, 'Invalid `prisma.case.findUnique()` invocation')).toEqual(['database-text']);
    expect(kinds(400, 'invalid input syntax for type uuid: "x"')).toEqual(['database-text']);
    expect(kinds(400, 'SELECT 1 FROM "public"."Case"')).toEqual(['database-text']);
  });

  it("finds someone else's secret anywhere in the body", () => {
    expect(kinds(200, '{"data":{"name":"Anna zqxSecret"}}', ['zqxSecret'])).toEqual(['leak']);
  });

  it('does not take echoed injection strings for our own errors', () => {
    const body = JSON.stringify({
      errors: [
        {
          message: `Variable "$t" got invalid value "' OR 1=1 --"; <script>alert(1)</script>`,
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    });
    expect(kinds(400, body)).toEqual([]);
  });

  it('excuses a dropped connection only for a body large enough to be refused by its size', () => {
    expect(kinds(0, 'no answer', [], 100)).toEqual(['dropped']);
    expect(kinds(0, 'no answer', [], DROP_EXCUSED_BYTES)).toEqual([]);
  });

  it('takes percentiles by nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile([], 95)).toBe(0);
  });
});
