// One test per (operation, actor) cell of authorization-matrix.table.ts, against the real API:
// an unexpected allow (or a list that shows what it must not) fails, and so does an operation
// of the schema that the table does not cover.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLObjectType } from 'graphql';
import { createSchema } from '../src/schema.ts';
import { startHarness, type Harness } from './harness.ts';
import {
  ACTORS,
  createMatrixFixture,
  isStaffActor,
  type ActorName,
  type Fixture,
} from './authorization-matrix.fixture.ts';
import {
  coverageProblems,
  MATRIX,
  type DownloadRow,
  type Expected,
  type GraphqlRow,
} from './authorization-matrix.table.ts';

const DENY_CODES = new Set(['NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED']);

type Observed = {
  outcome: 'allow' | 'deny' | 'broken';
  detail: string;
  codes: string[];
  data?: unknown;
};

let h: Harness;
let fx: Fixture;

beforeAll(async () => {
  h = await startHarness();
  fx = await createMatrixFixture(h);
});

afterAll(async () => {
  await h.close();
});

/** The surface an actor's calls go through: their own session's (anonymous: the operation's). */
function ownSurface(actor: ActorName, row: GraphqlRow): 'citizen' | 'staff' {
  if (actor === 'owningCitizen' || actor === 'otherCitizen') return 'citizen';
  if (isStaffActor(actor)) return 'staff';
  return row.surface === 'staff' ? 'staff' : 'citizen';
}

async function callGraphql(
  row: GraphqlRow,
  actor: ActorName,
  surface: 'citizen' | 'staff',
): Promise<Observed & { caseId?: string; before?: unknown }> {
  const call = await row.call(fx, actor);
  const before = call.caseId ? await fx.caseSnapshot(call.caseId) : undefined;
  const response = await fx.browser(actor, surface).graphql(call.document, call.variables ?? {});
  const errors = response.errors ?? [];
  // The code, and why for input errors and conflicts (field codes and reasons carry no data).
  const codes = errors.map((e) => {
    const why = [
      ...((e.extensions?.fields as { path: string; code: string }[] | undefined) ?? []).map(
        (f) => `${f.path}:${f.code}`,
      ),
      ...(typeof e.extensions?.reason === 'string' ? [e.extensions.reason] : []),
    ];
    return `${String(e.extensions?.code)}${why.length ? ` ${why.join(' ')}` : ''}`;
  });
  const detail = codes.length ? ` [${codes.join(', ')}]` : '';
  const fieldData = response.data?.[row.name];
  const base = {
    caseId: call.caseId,
    before,
    data: response.data,
    codes: errors.map((e) => String(e.extensions?.code)),
  };
  // An error without a path is about the document itself: the table's call is wrong.
  if (errors.some((e) => !('path' in e) || !e.path))
    return { ...base, outcome: 'broken', detail: ` invalid call${detail}` };
  if (errors.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR'))
    return { ...base, outcome: 'broken', detail: ` internal error${detail}` };
  if (errors.some((e) => DENY_CODES.has(String(e.extensions?.code)))) {
    if (fieldData !== null && fieldData !== undefined)
      return { ...base, outcome: 'broken', detail: ` refused but answered data${detail}` };
    return { ...base, outcome: 'deny', detail };
  }
  if (errors.length === 0 && (fieldData === null || fieldData === undefined))
    return { ...base, outcome: 'broken', detail: ' no error and no data' };
  return { ...base, outcome: 'allow', detail };
}

async function checkGraphqlCell(
  row: GraphqlRow,
  actor: ActorName,
  expected: Expected,
  surface: 'citizen' | 'staff',
): Promise<void> {
  const observed = await callGraphql(row, actor, surface);
  const cell = `${row.kind}.${row.name} as ${actor} on /api/${surface}`;
  const want = expected === 'hidden' ? 'allow' : expected === 'absent' ? 'deny' : expected;
  expect(observed.outcome, `${cell}: got ${observed.outcome}${observed.detail}`).toBe(want);
  if (expected === 'absent') {
    expect(observed.codes, `${cell}: must not tell the record exists`).toEqual(
      observed.codes.map(() => 'NOT_FOUND'),
    );
  }
  if (row.reveals && observed.outcome === 'allow') {
    const fieldData = (observed.data as Record<string, unknown> | null | undefined)?.[row.name];
    expect(
      fieldData ?? null,
      `${cell}: answered${observed.detail}; what it shows is unknown`,
    ).not.toBeNull();
    expect(
      row.reveals(observed.data, fx),
      `${cell}: ${expected === 'hidden' ? 'shows the shared record it must not' : 'does not show the shared record'}`,
    ).toBe(expected === 'allow');
  }
  if (observed.outcome === 'deny' && observed.caseId) {
    expect(
      await fx.caseSnapshot(observed.caseId),
      `${cell}: refused, yet the case changed`,
    ).toEqual(observed.before);
  }
}

async function checkDownloadCell(
  row: DownloadRow,
  actor: ActorName,
  expected: Expected,
): Promise<void> {
  const response = await fx.browser(actor, row.surface).request(row.path(fx));
  const cell = `GET ${row.name} as ${actor}`;
  const body = Buffer.from(await response.arrayBuffer());
  if (expected === 'deny' || expected === 'absent') {
    expect(
      expected === 'absent' ? [404] : [401, 403, 404],
      `${cell}: status ${response.status}`,
    ).toContain(response.status);
    expect(
      body.includes(fx.shared.caseAttachmentBytes),
      `${cell}: refused, yet sent the file`,
    ).toBe(false);
  } else {
    expect(response.status, cell).toBe(200);
    expect(body.equals(fx.shared.caseAttachmentBytes), `${cell}: the file itself`).toBe(true);
  }
}

async function schemaOperations(): Promise<string[]> {
  const schema = await createSchema();
  return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]
    .filter((t): t is GraphQLObjectType => Boolean(t))
    .flatMap((root) => Object.keys(root.getFields()).map((name) => `${root.name}.${name}`));
}

describe('the table covers the schema', () => {
  it('has exactly one row for every query and mutation, and none for operations that do not exist', async () => {
    const operations = await schemaOperations();
    expect(operations.length).toBeGreaterThan(0);
    expect(coverageProblems(operations, MATRIX)).toEqual({
      missing: [],
      unknown: [],
      duplicated: [],
    });
  });

  it('would report an operation whose row is removed, and a row for an operation that is gone', async () => {
    const operations = await schemaOperations();
    const withoutAssign = MATRIX.filter((r) => r.name !== 'assignCase');
    expect(coverageProblems(operations, withoutAssign).missing).toContain('Mutation.assignCase');
    const withoutInbox = operations.filter((op) => op !== 'Query.inbox');
    expect(coverageProblems(withoutInbox, MATRIX).unknown).toContain('Query.inbox');
  });

  it('names every actor variant in every row', () => {
    for (const row of MATRIX)
      expect(Object.keys(row.expect).sort(), row.name).toEqual([...ACTORS].sort());
  });
});

for (const row of MATRIX) {
  describe(`${row.kind} ${row.name}`, () => {
    for (const actor of ACTORS) {
      const expected = row.expect[actor];
      it(`${actor}: ${expected}`, async () => {
        if (row.kind === 'GET') await checkDownloadCell(row, actor, expected);
        else await checkGraphqlCell(row, actor, expected, ownSurface(actor, row));
      });
    }
    // The surfaces have their own cookies: a session never works on the other SPA's endpoint.
    if (row.kind !== 'GET') {
      for (const actor of ACTORS) {
        const expected = row.expect[actor];
        if (actor === 'anonymous' || expected === 'deny' || expected === 'absent') continue;
        const other = ownSurface(actor, row) === 'citizen' ? 'staff' : 'citizen';
        it(`${actor} through the ${other} endpoint: deny`, async () => {
          await checkGraphqlCell(row, actor, 'deny', other);
        });
      }
    }
  });
}
