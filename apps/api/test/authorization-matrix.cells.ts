// How one cell of the authorization matrix is called and judged: the outcome against the
// table's expectation, what a refusal must leave unchanged, and the access-log rows the call
// wrote (PDL): exactly the row's `logs` for an allowed staff cell, none for every other cell.
import { expect } from 'vitest';
import {
  isCitizenActor,
  isStaffActor,
  type ActorName,
  type Fixture,
  type ProxyState,
} from './authorization-matrix.fixture.ts';
import { STAFF_WORKPLACES } from './authorization-matrix.actors.ts';
import type { DownloadRow, Expected, GraphqlRow, MatrixRow } from './authorization-matrix.table.ts';

const DENY_CODES = new Set(['NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED']);

type Observed = {
  outcome: 'allow' | 'deny' | 'broken';
  detail: string;
  codes: string[];
  /** Each error's code with its field codes or reason: `BAD_USER_INPUT personnummer:X`. */
  why: string[];
  data?: unknown;
};

/** The surface an actor's calls go through: their own session's (anonymous: the operation's). */
export function ownSurface(actor: ActorName, row: GraphqlRow): 'citizen' | 'staff' {
  if (isCitizenActor(actor)) return 'citizen';
  if (isStaffActor(actor)) return 'staff';
  return row.surface === 'staff' ? 'staff' : 'citizen';
}

async function callGraphql(
  fx: Fixture,
  row: GraphqlRow,
  actor: ActorName,
  surface: 'citizen' | 'staff',
): Promise<
  Observed & { caseId?: string; before?: unknown; around?: ProxyState; logged: LogRow[] }
> {
  const call = await row.call(fx, actor);
  const before = call.caseId ? await fx.caseSnapshot(call.caseId) : undefined;
  const around = row.guardsProxy ? await fx.proxyState(actor) : undefined;
  const mark = await accessLogMark(fx);
  const response = await fx.browser(actor, surface).graphql(call.document, call.variables ?? {});
  const logged = await accessLogSince(fx, mark);
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
    logged,
    caseId: call.caseId,
    before,
    around,
    data: response.data,
    codes: errors.map((e) => String(e.extensions?.code)),
    why: codes,
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

export async function checkGraphqlCell(
  fx: Fixture,
  row: GraphqlRow,
  actor: ActorName,
  expected: Expected,
  surface: 'citizen' | 'staff',
): Promise<void> {
  const observed = await callGraphql(fx, row, actor, surface);
  const cell = `${row.kind}.${row.name} as ${actor} on /api/${surface}`;
  const want =
    expected === 'hidden' || expected === 'refused'
      ? 'allow'
      : expected === 'absent'
        ? 'deny'
        : expected;
  expect(observed.outcome, `${cell}: got ${observed.outcome}${observed.detail}`).toBe(want);
  const fieldOf = (data: unknown) =>
    (data as Record<string, unknown> | null | undefined)?.[row.name];
  // An allowed call does what it was asked: no input error or conflict in its place either.
  if (expected === 'allow' || expected === 'hidden') {
    expect(observed.why, `${cell}: answered with errors${observed.detail}`).toEqual([]);
  }
  if (expected === 'refused') {
    expect(observed.why, `${cell}: the operation's own refusal`).toEqual([row.refusal]);
    expect(fieldOf(observed.data) ?? null, `${cell}: refused, yet answered`).toBeNull();
  }
  if (expected === 'absent') {
    expect(observed.codes, `${cell}: must not tell the record exists`).toEqual(
      observed.codes.map(() => 'NOT_FOUND'),
    );
  }
  if (row.reveals && observed.outcome === 'allow' && expected !== 'refused') {
    expect(
      fieldOf(observed.data) ?? null,
      `${cell}: answered${observed.detail}; what it shows is unknown`,
    ).not.toBeNull();
    expect(
      row.reveals(observed.data, fx, actor),
      `${cell}: ${expected === 'hidden' ? 'shows the shared record it must not' : 'does not show the shared record'}`,
    ).toBe(expected === 'allow');
  }
  const refused = observed.outcome === 'deny' || expected === 'refused';
  const cases =
    row.logs?.cases === 'call'
      ? [observed.caseId ?? '']
      : row.logs?.cases === 'listed'
        ? listedCaseIds(observed.data)
        : [fx.shared.caseId];
  expect(observed.logged, `${cell}: the access log`).toEqual(
    refused ? [] : await expectedLog(fx, row, actor, cases),
  );
  if (refused && observed.caseId) {
    expect(
      await fx.caseSnapshot(observed.caseId),
      `${cell}: refused, yet the case changed`,
    ).toEqual(observed.before);
  }
  if (refused && observed.around) {
    const before = observed.around;
    const after = await fx.proxyState(actor);
    expect(
      after.granted.filter((g) => !before.granted.includes(g)),
      `${cell}: refused, yet granted`,
    ).toEqual([]);
    expect(after.others, `${cell}: refused, yet another guardian's link changed`).toEqual(
      before.others,
    );
  }
}

export async function checkDownloadCell(
  fx: Fixture,
  row: DownloadRow,
  actor: ActorName,
  expected: Expected,
): Promise<void> {
  const mark = await accessLogMark(fx);
  const response = await fx.browser(actor, row.surface).request(row.path(fx, actor));
  const cell = `GET ${row.name} as ${actor}`;
  const refused = expected === 'deny' || expected === 'absent';
  expect(await accessLogSince(fx, mark), `${cell}: the access log`).toEqual(
    refused ? [] : await expectedLog(fx, row, actor, [fx.shared.caseId]),
  );
  const body = Buffer.from(await response.arrayBuffer());
  if (expected === 'deny' || expected === 'absent') {
    expect(
      expected === 'absent' ? [404] : [401, 403, 404],
      `${cell}: status ${response.status}`,
    ).toContain(response.status);
    expect(
      row.sent ? row.sent(body, fx) : body.includes(fx.shared.caseAttachmentBytes),
      `${cell}: refused, yet sent the file`,
    ).toBe(false);
  } else {
    expect(response.status, cell).toBe(200);
    expect(
      row.sent ? row.sent(body, fx) : body.equals(fx.shared.caseAttachmentBytes),
      `${cell}: the file itself`,
    ).toBe(true);
  }
}

/** An access-log row as the matrix compares it: who, in which role, what, which case and patient. */
type LogRow = {
  staffMemberId: string;
  role: string;
  action: string;
  caseId: string | null;
  patientPersonId: string | null;
};

/** The last access-log row before a call; the rows after it are the call's (cells run one at a time). */
async function accessLogMark(fx: Fixture): Promise<bigint> {
  const last = await fx.harness.prisma.accessLogEntry.findFirst({
    orderBy: { id: 'desc' },
    select: { id: true },
  });
  return last?.id ?? 0n;
}

async function accessLogSince(fx: Fixture, mark: bigint): Promise<LogRow[]> {
  const rows = await fx.harness.prisma.accessLogEntry.findMany({
    where: { id: { gt: mark } },
    orderBy: { id: 'asc' },
    select: {
      staffMemberId: true,
      role: true,
      action: true,
      caseId: true,
      patientPersonId: true,
    },
  });
  return rows;
}

/** Every case id the answer lists, under any of its fields (aliases included), in order. */
function listedCaseIds(data: unknown): string[] {
  return Object.values((data ?? {}) as Record<string, { items?: { id?: string }[] } | null>)
    .flatMap((field) => field?.items ?? [])
    .flatMap((item) => (item.id ? [item.id] : []));
}

/** The rows an allowed cell must write: the row's `logs`, for a staff actor; none otherwise. */
async function expectedLog(
  fx: Fixture,
  row: MatrixRow,
  actor: ActorName,
  caseIds: readonly string[],
): Promise<LogRow[]> {
  if (!row.logs || !isStaffActor(actor)) return [];
  const { action } = row.logs;
  const cases = await fx.harness.prisma.case.findMany({
    where: { id: { in: [...caseIds] } },
    select: { id: true, subjectPersonId: true },
  });
  const patientOf = new Map(cases.map((c) => [c.id, c.subjectPersonId]));
  return caseIds.map((caseId) => ({
    staffMemberId: fx.staff[actor].id,
    role: STAFF_WORKPLACES[actor].roles[0],
    action,
    caseId,
    patientPersonId: patientOf.get(caseId) ?? null,
  }));
}
