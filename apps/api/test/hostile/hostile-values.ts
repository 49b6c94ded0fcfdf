// The raw material of the hostile suite: boundary and injection strings, identifiers real and
// false, numbers at and past every edge, JSON objects deep and wide. Every generated string
// carries the log marker often enough that a value copied into a log line is seen.
import fc from 'fast-check';

/** Planted in generated arguments; the API must never write it to a log line. */
export const LOG_MARKER = 'zqxLogMarker7Hq';

/** Injection and boundary strings; none of them looks like an error of our own stack or SQL. */
export const NASTY_STRINGS: readonly string[] = [
  '',
  ' ',
  '\u0000',
  `a\u0000b${LOG_MARKER}`,
  `${LOG_MARKER}\u0000`,
  "' OR '1'='1",
  `' OR 1=1 -- ${LOG_MARKER}`,
  `1; DROP TABLE cases; -- ${LOG_MARKER}`,
  "' UNION SELECT NULL, NULL --",
  `%' AND sleep(5) AND '%'='`,
  '\\',
  '\\\\x00',
  `$1 ${LOG_MARKER}`,
  '{"$gt": ""}',
  `<script>alert(1)</script>${LOG_MARKER}`,
  '<img src=x onerror=alert(1)>',
  '"><svg/onload=alert(1)>',
  'javascript:alert(1)',
  '{{7*7}}${7*7}<%= 7*7 %>',
  '../../../../etc/passwd',
  '%00%0d%0aSet-Cookie: x=1',
  '\r\nX-Injected: 1',
  `\u202Eevil\u202C ${LOG_MARKER}`,
  '\u200B\u200C\u200D\uFEFF',
  '\uD800',
  '\uDFFF\uD800',
  '😀👨‍👩‍👧‍👦🏳️‍🌈',
  `${'😀'.repeat(2000)}${LOG_MARKER}`,
  'Å'.repeat(300),
  'a'.repeat(256),
  `${'x'.repeat(70_000)}${LOG_MARKER}`,
  '19121212-1212',
  '191212121212',
  '000000000000',
  '-1',
  'NaN',
  'null',
  'undefined',
  'true',
  '__proto__',
  'constructor',
  '2026-02-30T25:61:61Z',
  '0000-00-00T00:00:00Z',
  '9999-12-31T23:59:59.999Z',
  '2026-11-25T09:00:00Z',
  `${LOG_MARKER}@example.invalid`,
  '+46701234567',
  LOG_MARKER,
];

/** Identifiers that are no UUID: each is the client's mistake, never the server's. */
export const BAD_IDS: readonly string[] = [
  '',
  'not-a-uuid',
  LOG_MARKER,
  `00000000-0000-0000-0000-00000000000${LOG_MARKER}`,
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '123',
  '-1',
  `' OR 1=1 -- ${LOG_MARKER}`,
  `\u0000${LOG_MARKER}`,
  `{${LOG_MARKER}}`,
  'a'.repeat(10_000),
];

/** Integers at the edges of GraphQL's Int and past them (the latter are a wrong type). */
export const EDGE_NUMBERS: readonly number[] = [
  0,
  -1,
  1,
  2,
  24,
  25,
  26,
  100,
  101,
  1000,
  2_147_483_647,
  -2_147_483_648,
  2_147_483_648,
  Number.MAX_SAFE_INTEGER,
  -Number.MAX_SAFE_INTEGER,
  1e308,
  1.5,
  -0.5,
];

/** Strings: the curated ones, arbitrary unicode, and either with the marker around them. */
export function stringArb(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
    { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    {
      weight: 7,
      arbitrary: fc
        .tuple(fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constantFrom(...NASTY_STRINGS))
        .map(([a, b]) => `${a}${LOG_MARKER}${b}`),
    },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: 1_000, max: 100_000 })
        .map((n) => `${LOG_MARKER}${'ö'.repeat(n)}`),
    },
  );
}

/** An ID: one from the world (own records, someone else's), a fresh UUID, or no UUID at all. */
export function idArb(pool: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...pool) },
    { weight: 2, arbitrary: fc.uuid() },
    { weight: 3, arbitrary: fc.constantFrom(...BAD_IDS) },
    { weight: 1, arbitrary: stringArb() },
  );
}

export function intArb(): fc.Arbitrary<number> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...EDGE_NUMBERS) },
    { weight: 3, arbitrary: fc.integer() },
    { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  );
}

/** A date-time: valid, at the edges, or no date at all. */
export function dateTimeArb(): fc.Arbitrary<string> {
  return fc.oneof(
    fc
      .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z') })
      .filter((d) => !Number.isNaN(d.getTime()))
      .map((d) => d.toISOString()),
    fc.constantFrom(
      '2026-11-25T09:00:00Z',
      '2026-02-30T00:00:00Z',
      '2026-11-25',
      '1970-01-01T00:00:00Z',
      `${LOG_MARKER}T00:00:00Z`,
    ),
    stringArb(),
  );
}

/** A JSON text of a list or object `depth` levels deep (deeper than JSON.stringify can go). */
export function nestedJson(depth: number, kind: 'array' | 'object'): string {
  const marker = JSON.stringify(LOG_MARKER);
  return kind === 'array'
    ? `${'['.repeat(depth)}${marker}${']'.repeat(depth)}`
    : `${'{"a":'.repeat(depth)}${marker}${'}'.repeat(depth)}`;
}

/** A nested list or object `depth` levels deep around a marker (deep input values). */
export function nested(depth: number, kind: 'array' | 'object'): unknown {
  let value: unknown = LOG_MARKER;
  for (let i = 0; i < depth; i += 1) value = kind === 'array' ? [value] : { a: value };
  return value;
}

/** Any JSON value, to stand where another type was expected. */
export function anyJsonArb(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(null, true, false, 0, -1, 1.5, [], {}, [null]) },
    { weight: 2, arbitrary: stringArb() },
    { weight: 2, arbitrary: intArb() },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.integer({ min: 10, max: 400 }),
          fc.constantFrom('array' as const, 'object' as const),
        )
        .map(([d, k]) => nested(d, k)),
    },
  );
}

/**
 * A JSON object as the answers and definitions of forms arrive: the shapes the forms know with
 * hostile values, unknown keys, prototype keys, deep nesting and wide objects.
 */
export function jsonObjectArb(): fc.Arbitrary<Record<string, unknown>> {
  const medicine = fc.record({ name: stringArb(), strength: stringArb() }, { requiredKeys: [] });
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record(
        {
          medicines: fc.oneof(fc.array(medicine, { maxLength: 4 }), anyJsonArb()),
          question: stringArb(),
          symptoms: stringArb(),
        },
        { requiredKeys: [] },
      ),
    },
    {
      weight: 2,
      arbitrary: fc.dictionary(stringArb(), anyJsonArb(), { maxKeys: 6 }),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        JSON.parse('{"__proto__": {"admin": true}, "constructor": {"prototype": 1}}') as Record<
          string,
          unknown
        >,
        { fields: [{ key: LOG_MARKER, kind: 'TEXT', label: { sv: LOG_MARKER } }] },
        { [LOG_MARKER]: null },
      ),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.integer({ min: 50, max: 1_000 }),
          fc.constantFrom('array' as const, 'object' as const),
        )
        .map(([d, k]) => ({ medicines: nested(d, k) })),
    },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: 100, max: 5_000 })
        .map((n) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, LOG_MARKER]))),
    },
  );
}
