// What a hostile request may get back: never a server error, never an internal error code,
// never a stack trace or a database message, never a secret of someone else's. Pure, so the
// checks themselves are tested (response-check.test.ts).

export type ProblemKind =
  '5xx' | 'dropped' | 'internal-error' | 'stack-trace' | 'database-text' | 'leak';

export type Inspection = {
  /** A refusal: an HTTP status of 400 or more, or any GraphQL error. */
  refusal: boolean;
  problems: { kind: ProblemKind; detail: string }[];
  /** The GraphQL error codes in the body, for the summary. */
  codes: string[];
  /** The operation was executed (the answer has `data`), not refused before it. */
  executed: boolean;
};

/** Frames of a JavaScript stack, paths into the code, and the runtime's own error texts. */
const STACK_PATTERNS: readonly RegExp[] = [
  /\bat\s+(?:async\s+)?[\w$.<>[\]]+\s+\((?:file:\/\/|\/|node:|[A-Za-z]:\\)[^)]*:\d+:\d+\)/,
  /\bat\s+(?:async\s+)?(?:file:\/\/|\/|node:)[^\s)]+:\d+:\d+/,
  /node_modules[\\/]/,
  /[\w-]+\.(?:ts|js|mjs|cjs):\d+:\d+/,
  /"stacktrace"\s*:/i,
  /\b(?:TypeError|ReferenceError|RangeError|SyntaxError): (?!Unexpected|Expected|Unterminated|Invalid)/,
];

/** What PostgreSQL, its driver and the ORM say; nothing of the suite's input looks like it. */
const DATABASE_PATTERNS: readonly RegExp[] = [
  /prisma/i,
  /invalid input syntax for/i,
  /syntax error at or near/i,
  /violates (?:foreign key|unique|not-null|check) constraint/i,
  /duplicate key value/i,
  /relation "[^"]+" does not exist/i,
  /column "[^"]+" (?:does not exist|of relation)/i,
  /"public"\."/,
  /\bSQLSTATE\b/,
  /ConnectorError|QueryEngine|DriverAdapter/,
  /unsupported Unicode escape sequence/i,
  /invalid byte sequence for encoding/i,
  /ECONNREFUSED|ECONNRESET/,
];

/**
 * A request larger than this whose connection is dropped may have been refused by its size
 * before the server read it all (the 413 is then lost with the connection); a smaller one may not.
 */
export const DROP_EXCUSED_BYTES = 64 * 1024;

/**
 * Inspects one answer; `secrets` are texts the actor may not see, in any form. Status 0 stands
 * for a connection closed without an answer.
 */
export function inspectResponse(input: {
  status: number;
  body: string;
  secrets: readonly string[];
  requestBytes?: number;
}): Inspection {
  const { status, body, secrets } = input;
  const problems: Inspection['problems'] = [];
  if (status === 0) {
    if ((input.requestBytes ?? 0) < DROP_EXCUSED_BYTES)
      problems.push({ kind: 'dropped', detail: body });
    return { refusal: true, problems, codes: [], executed: false };
  }
  let codes: string[] = [];
  let hasErrors = false;
  let executed = false;
  try {
    const parsed = JSON.parse(body) as unknown;
    const answers = Array.isArray(parsed) ? parsed : [parsed];
    for (const answer of answers) {
      if (answer !== null && typeof answer === 'object' && 'data' in answer) executed = true;
      const errors = (answer as { errors?: { extensions?: { code?: unknown } }[] } | null)?.errors;
      if (Array.isArray(errors) && errors.length > 0) {
        hasErrors = true;
        codes = codes.concat(errors.map((e) => String(e.extensions?.code)));
      }
    }
  } catch {
    // Not JSON: a plain-text refusal (413, 404); the text checks below still apply.
  }
  if (status >= 500) problems.push({ kind: '5xx', detail: `HTTP ${status}` });
  if (codes.includes('INTERNAL_SERVER_ERROR') || /INTERNAL_SERVER_ERROR/.test(body))
    problems.push({ kind: 'internal-error', detail: 'INTERNAL_SERVER_ERROR' });
  for (const pattern of STACK_PATTERNS) {
    const hit = pattern.exec(body);
    if (hit) problems.push({ kind: 'stack-trace', detail: around(body, hit.index) });
  }
  for (const pattern of DATABASE_PATTERNS) {
    const hit = pattern.exec(body);
    if (hit) problems.push({ kind: 'database-text', detail: around(body, hit.index) });
  }
  for (const secret of secrets) {
    const at = body.indexOf(secret);
    if (at >= 0) problems.push({ kind: 'leak', detail: `"${secret}" in ${around(body, at)}` });
  }
  return { refusal: status >= 400 || hasErrors, problems, codes, executed };
}

function around(text: string, index: number): string {
  return JSON.stringify(text.slice(Math.max(0, index - 60), index + 100));
}

/** The p-th percentile (0..100) of the values, nearest rank; 0 for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? 0;
}
