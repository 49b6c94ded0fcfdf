// Who else is on a case page: heartbeats of two staff members on one case, against the real
// database. Only those who may read the case take part; a heartbeat is no read of its content
// (no access-log row) and never the user's activity.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from './harness.ts';
import {
  as,
  code,
  h,
  logRows,
  newCase,
  patient,
  setUpWorld,
  staff,
  tearDownWorld,
} from './case-handling.world.ts';

beforeAll(setUpWorld);
afterAll(tearDownWorld);

const REPORT = `mutation($caseId: ID!, $tabId: ID!, $state: CasePresenceState!) {
  reportCasePresence(caseId: $caseId, tabId: $tabId, state: $state) { name title state since } }`;
const LEAVE = `mutation($caseId: ID!, $tabId: ID!) { leaveCasePresence(caseId: $caseId, tabId: $tabId) }`;

type Present = { name: string; title: string; state: string; since: string };

async function report(who: string, caseId: string, tabId: string, state = 'LOOKING') {
  const r = await as[who]!.graphql<{ reportCasePresence: Present[] }>(REPORT, {
    caseId,
    tabId,
    state,
  });
  expect(r.errors, who).toBeUndefined();
  return r.data!.reportCasePresence;
}

const rowsOf = (caseId: string) =>
  h.prisma.casePresence.findMany({ where: { caseId }, select: { staffMemberId: true } });

describe('two staff members on one case', () => {
  it('see each other looking, then writing, by name and title only; nothing is logged', async () => {
    const c = await newCase({ status: 'ASSIGNED', assignedStaffId: staff.caregiver!.id });
    const [rutTab, coraTab] = [randomUUID(), randomUUID()];
    const openedAt = h.clock.now().toISOString();

    expect(await report('receiver', c.id, rutTab)).toEqual([]);
    h.clock.advance(2_000);
    expect(await report('caregiver', c.id, coraTab)).toEqual([
      { name: 'Rut Receptionist', title: 'Undersköterska', state: 'LOOKING', since: openedAt },
    ]);

    h.clock.advance(3_000);
    const writingFrom = h.clock.now().toISOString();
    expect(await report('receiver', c.id, rutTab, 'WRITING')).toEqual([
      {
        name: 'Cora Berg',
        title: 'Specialistläkare',
        state: 'LOOKING',
        since: new Date(Date.parse(openedAt) + 2_000).toISOString(),
      },
    ]);
    h.clock.advance(15_000);
    expect(await report('receiver', c.id, rutTab, 'WRITING')).toHaveLength(1);
    expect(await report('caregiver', c.id, coraTab)).toEqual([
      { name: 'Rut Receptionist', title: 'Undersköterska', state: 'WRITING', since: writingFrom },
    ]);

    // Her own second tab is not "someone else".
    expect(await report('caregiver', c.id, randomUUID(), 'WRITING')).toHaveLength(1);
    expect(await logRows(c.id)).toEqual([]);
  });

  it('answers nothing about the case or the patient', async () => {
    const c = await newCase({ status: 'ASSIGNED', assignedStaffId: staff.caregiver!.id });
    await report('caregiver', c.id, randomUUID());
    const response = await as.receiver!.request('/api/staff/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: REPORT,
        variables: { caseId: c.id, tabId: randomUUID(), state: 'LOOKING' },
      }),
    });
    const text = await response.text();
    const body = JSON.parse(text) as { data: { reportCasePresence: Present[] } };
    expect(body.data.reportCasePresence.map((p) => Object.keys(p).sort())).toEqual([
      ['name', 'since', 'state', 'title'],
    ]);
    const { reference } = await h.prisma.case.findUniqueOrThrow({
      where: { id: c.id },
      select: { reference: true },
    });
    for (const secret of [patient.identityNumber, 'Anna', 'Andersson', reference, c.id])
      expect(text).not.toContain(secret);
  });
});

describe('who may take part', () => {
  it('refuses staff who may not read the case as reading it would, and stores nothing of them', async () => {
    const c = await newCase({ status: 'ASSIGNED', assignedStaffId: staff.caregiver!.id });
    for (const who of ['otherReceiver', 'bystander', 'admin', 'auditor']) {
      const r = await as[who]!.graphql(REPORT, {
        caseId: c.id,
        tabId: randomUUID(),
        state: 'WRITING',
      });
      expect(code(r), who).toBe('NOT_FOUND');
      expect(r.data ?? null, who).toBeNull();
      const left = await as[who]!.graphql(LEAVE, { caseId: c.id, tabId: randomUUID() });
      expect(code(left), who).toBe('NOT_FOUND');
    }
    const missing = await as.receiver!.graphql(REPORT, {
      caseId: randomUUID(),
      tabId: randomUUID(),
      state: 'LOOKING',
    });
    expect(code(missing)).toBe('NOT_FOUND');
    expect(await rowsOf(c.id)).toEqual([]);
  });
});

describe('leaving', () => {
  it('is gone for the others once the window has passed without a heartbeat', async () => {
    const c = await newCase();
    const [rutTab, rolfTab] = [randomUUID(), randomUUID()];
    await report('receiver', c.id, rutTab);
    h.clock.advance(1_000);
    expect((await report('receiver2', c.id, rolfTab)).map((p) => p.name)).toEqual([
      'Rut Receptionist',
    ]);
    h.clock.advance(43_999);
    expect(await report('receiver2', c.id, rolfTab)).toHaveLength(1);
    h.clock.advance(1);
    expect(await report('receiver2', c.id, rolfTab)).toEqual([]);
    // The gone page's row is deleted by that heartbeat, not kept.
    expect(await rowsOf(c.id)).toEqual([{ staffMemberId: staff.receiver2!.id }]);
  });

  it('is gone at once when the page says it leaves', async () => {
    const c = await newCase();
    const [rutTab, rolfTab] = [randomUUID(), randomUUID()];
    await report('receiver', c.id, rutTab);
    expect(await report('receiver2', c.id, rolfTab)).toHaveLength(1);
    const left = await as.receiver!.graphql<{ leaveCasePresence: boolean }>(LEAVE, {
      caseId: c.id,
      tabId: rutTab,
    });
    expect(left.data?.leaveCasePresence).toBe(true);
    expect(await report('receiver2', c.id, rolfTab)).toEqual([]);
    expect(await rowsOf(c.id)).toEqual([{ staffMemberId: staff.receiver2!.id }]);
  });
});

describe('bounds', () => {
  it('shows a writer for longer than a looker, as a hidden page writing reports less often', async () => {
    const c = await newCase();
    const [rutTab, rolfTab] = [randomUUID(), randomUUID()];
    await report('receiver', c.id, rutTab, 'WRITING');
    h.clock.advance(120_000);
    expect(await report('receiver2', c.id, rolfTab)).toEqual([
      expect.objectContaining({ name: 'Rut Receptionist', state: 'WRITING' }),
    ]);
    h.clock.advance(30_000);
    expect(await report('receiver2', c.id, rolfTab)).toEqual([]);
    expect(await rowsOf(c.id)).toEqual([{ staffMemberId: staff.receiver2!.id }]);
  });

  it('keeps at most five pages of one person on a case, however many tab ids a client invents', async () => {
    const c = await newCase();
    const tabs = Array.from({ length: 12 }, () => randomUUID());
    for (const tab of tabs) {
      await report('receiver', c.id, tab);
      h.clock.advance(10);
    }
    const kept = await h.prisma.casePresence.findMany({
      where: { caseId: c.id },
      select: { tabId: true },
    });
    expect(kept.map((row) => row.tabId).sort()).toEqual(tabs.slice(-5).sort());
  });
});

describe('session activity', () => {
  async function lastActivityOf(browser: Browser): Promise<Date> {
    const token = browser.cookie('etj_staff') ?? '';
    const { sid } = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as {
      sid: string;
    };
    const row = await h.prisma.session.findUniqueOrThrow({
      where: { id: sid },
      select: { lastActivityAt: true },
    });
    return row.lastActivityAt;
  }

  it('is not kept alive by heartbeats, marked as background as the app sends them or not', async () => {
    const c = await newCase();
    const browser = as.receiver2!;
    await browser.graphql('{ staffMe { id } }');
    const before = await lastActivityOf(browser);
    const heartbeat = (headers: Record<string, string>) =>
      browser.request('/api/staff/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({
          query: REPORT,
          variables: { caseId: c.id, tabId: randomUUID(), state: 'WRITING' },
        }),
      });
    h.clock.advance(2 * 60_000);
    const marked = await heartbeat({ 'x-etj-background': '1' });
    expect(((await marked.json()) as { errors?: unknown }).errors).toBeUndefined();
    expect(await lastActivityOf(browser)).toEqual(before);
    const unmarked = await heartbeat({});
    expect(((await unmarked.json()) as { errors?: unknown }).errors).toBeUndefined();
    expect(await lastActivityOf(browser)).toEqual(before);

    await browser.graphql('{ staffMe { id } }');
    expect(await lastActivityOf(browser)).toEqual(h.clock.now());
  });
});
