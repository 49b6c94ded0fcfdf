import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SUPPORT_CONTACT } from '../src/support/support-contact.ts';
import { TINY_PNG_BASE64 } from './authorization-matrix.fixture.ts';
import { createClinic, createRegion, createStaff } from './factories.ts';
import { Browser, startHarness, type Harness } from './harness.ts';

const REPORT_FIELDS = `id number summary description area location occurredAt severity status
  createdAt updatedAt reporterName reporterWorkplace screenshot { fileName mediaType sizeBytes }
  replies { text fromServiceAdmin authorName createdAt } viewerMayChangeStatus viewerMayReply`;
const REPORT = `mutation($input: ReportFaultInput!) { reportFault(input: $input) { ${REPORT_FIELDS} } }`;
const READ = `query($id: ID!) { supportReport(id: $id) { ${REPORT_FIELDS} } }`;
const MINE = '{ mySupportReports { id summary status reporterWorkplace } }';
const QUEUE = `query($filter: SupportQueueFilter, $first: Int, $after: String) {
  supportQueue(filter: $filter, first: $first, after: $after) { items { id status } nextCursor } }`;
const REPLY = `mutation($input: ReplyToSupportReportInput!) { replyToSupportReport(input: $input) { ${REPORT_FIELDS} } }`;
const SET_STATUS = `mutation($input: SetSupportReportStatusInput!) { setSupportReportStatus(input: $input) { ${REPORT_FIELDS} } }`;

type Report = {
  id: string;
  number: number;
  summary: string;
  description: string;
  location: string | null;
  occurredAt: string;
  status: string;
  reporterName: string;
  reporterWorkplace: string;
  screenshot: { fileName: string; mediaType: string; sizeBytes: number } | null;
  replies: { text: string; fromServiceAdmin: boolean; authorName: string }[];
  viewerMayChangeStatus: boolean;
  viewerMayReply: boolean;
};
type Result<T> = {
  data?: T | null;
  errors?: { extensions?: { code?: string; reason?: string; fields?: unknown } }[];
};

let h: Harness;
let reporter: Browser;
let colleague: Browser;
let admin: Browser;
let clinicName: string;

const code = (r: Result<unknown>) => r.errors?.[0]?.extensions?.code;
const fields = (r: Result<unknown>) => r.errors?.[0]?.extensions?.fields;

function faultInput(overrides: Record<string, unknown> = {}) {
  return {
    summary: 'Kön laddar inte',
    description: 'Sidan med inkommande ärenden visar bara en snurra efter inloggning.',
    area: 'CASE_QUEUE',
    location: 'Inkommande ärenden',
    occurredAt: new Date(h.clock.now().getTime() - 15 * 60_000).toISOString(),
    severity: 'HIGH',
    ...overrides,
  };
}

async function report(by: Browser, overrides: Record<string, unknown> = {}): Promise<Report> {
  const r = await by.graphql<{ reportFault: Report }>(REPORT, { input: faultInput(overrides) });
  expect(r.errors).toBeUndefined();
  return r.data!.reportFault;
}

beforeAll(async () => {
  h = await startHarness();
  const region = await createRegion(h.prisma);
  clinicName = `Farsta vårdcentral ${randomUUID().slice(0, 4)}`;
  const clinic = await createClinic(h.prisma, region.id, clinicName);
  const login = async (assignment: Parameters<typeof createStaff>[1]['assignments'][number]) => {
    const member = await createStaff(h.prisma, { assignments: [assignment] });
    const browser = new Browser(h.baseUrl, 'staff');
    await browser.login(member.hsaId);
    return browser;
  };
  reporter = await login({ clinicId: clinic.id, roles: ['CAREGIVER'] });
  colleague = await login({ clinicId: clinic.id, roles: ['CASE_RECEIVER', 'CLINIC_ADMIN'] });
  admin = await login({ roles: ['SERVICE_ADMIN'] });
});

afterAll(async () => {
  await h.close();
});

describe('reporting a fault', () => {
  it('keeps the report with the reporter and their workplace, and the screenshot by its content', async () => {
    const made = await report(reporter, {
      screenshot: { fileName: 'skärm.pdf', contentBase64: TINY_PNG_BASE64 },
    });
    expect(made).toMatchObject({
      summary: 'Kön laddar inte',
      location: 'Inkommande ärenden',
      status: 'NEW',
      reporterName: 'Vera Vårdsson',
      reporterWorkplace: clinicName,
      screenshot: { fileName: 'skärm.pdf.png', mediaType: 'image/png' },
      replies: [],
      viewerMayChangeStatus: false,
      viewerMayReply: true,
    });
    expect(made.number).toBeGreaterThan(0);
    const mine = await reporter.graphql<{ mySupportReports: { id: string }[] }>(MINE);
    expect(mine.data?.mySupportReports.map((r) => r.id)).toContain(made.id);

    const file = await reporter.request(`/api/staff/support-reports/${made.id}/screenshot`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await file.arrayBuffer())).toEqual(Buffer.from(TINY_PNG_BASE64, 'base64'));
  });

  it('refuses empty, too long and badly timed reports field by field', async () => {
    const r = await reporter.graphql(REPORT, {
      input: faultInput({
        summary: '   ',
        description: 'x'.repeat(4001),
        location: 'y'.repeat(201),
        occurredAt: new Date(h.clock.now().getTime() + 3_600_000).toISOString(),
      }),
    });
    expect(code(r)).toBe('BAD_USER_INPUT');
    expect(fields(r)).toEqual([
      { path: 'summary', code: 'REQUIRED' },
      { path: 'description', code: 'TOO_LONG', params: { max: 4000 } },
      { path: 'location', code: 'TOO_LONG', params: { max: 200 } },
      { path: 'occurredAt', code: 'IN_THE_FUTURE' },
    ]);
    const old = await reporter.graphql(REPORT, {
      input: faultInput({ occurredAt: new Date('2026-01-01T00:00:00Z').toISOString() }),
    });
    expect(fields(old)).toEqual([
      { path: 'occurredAt', code: 'TOO_LONG_AGO', params: { days: 90 } },
    ]);
  });

  it('takes PNG and JPEG only, told by the bytes, up to 2 MB', async () => {
    const pdf = Buffer.from('%PDF-1.4\n').toString('base64');
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1').toString('base64');
    for (const content of [pdf, gif]) {
      const r = await reporter.graphql(REPORT, {
        input: faultInput({ screenshot: { fileName: 'bild.png', contentBase64: content } }),
      });
      expect(fields(r)).toEqual([{ path: 'screenshot', code: 'SCREENSHOT_TYPE_NOT_ALLOWED' }]);
    }
    const big = Buffer.alloc(2_097_153, 0);
    Buffer.from(TINY_PNG_BASE64, 'base64').copy(big);
    const r = await reporter.graphql(REPORT, {
      input: faultInput({
        screenshot: { fileName: 'stor.png', contentBase64: big.toString('base64') },
      }),
    });
    expect(fields(r)).toEqual([
      { path: 'screenshot', code: 'SCREENSHOT_TOO_LARGE', params: { maxBytes: 2_097_152 } },
    ]);
    const mine = await reporter.graphql<{ mySupportReports: { summary: string }[] }>(MINE);
    expect(mine.data?.mySupportReports).toHaveLength(1);
  });

  it('the database refuses texts past their limits even when the application is bypassed', async () => {
    const staff = await h.prisma.staffMember.findFirstOrThrow({ select: { id: true } });
    await expect(
      h.prisma.supportReport.create({
        data: {
          id: randomUUID(),
          reporterStaffId: staff.id,
          reporterWorkplace: 'X',
          summary: 's'.repeat(121),
          description: 'd',
          area: 'OTHER',
          occurredAt: h.clock.now(),
          severity: 'LOW',
          status: 'NEW',
          createdAt: h.clock.now(),
          updatedAt: h.clock.now(),
        },
      }),
    ).rejects.toThrow(/support_reports_summary_length/);
  });
});

describe('who sees a report', () => {
  it('a colleague at the same clinic gets NOT_FOUND and no screenshot; the administration reads it', async () => {
    const made = await report(reporter, {
      screenshot: { fileName: 'a.png', contentBase64: TINY_PNG_BASE64 },
    });
    const hidden = await colleague.graphql(READ, { id: made.id });
    expect(code(hidden)).toBe('NOT_FOUND');
    expect(hidden.data).toBeNull();
    expect(
      (await colleague.request(`/api/staff/support-reports/${made.id}/screenshot`)).status,
    ).toBe(404);
    const mine = await colleague.graphql<{ mySupportReports: unknown[] }>(MINE);
    expect(mine.data?.mySupportReports).toEqual([]);

    const seen = await admin.graphql<{ supportReport: Report }>(READ, { id: made.id });
    expect(seen.data?.supportReport).toMatchObject({
      id: made.id,
      viewerMayChangeStatus: true,
      viewerMayReply: true,
    });
    expect((await admin.request(`/api/staff/support-reports/${made.id}/screenshot`)).status).toBe(
      200,
    );
  });

  it('only the administration has the queue', async () => {
    for (const other of [reporter, colleague]) {
      const r = await other.graphql(QUEUE, {});
      expect(code(r)).toBe('FORBIDDEN');
      expect(r.data).toBeNull();
    }
  });
});

describe('the support queue', () => {
  it('pages newest first by a cursor and filters by status', async () => {
    const made = [await report(colleague), await report(colleague), await report(colleague)];
    const all: string[] = [];
    let after: string | null = null;
    do {
      const page: Result<{ supportQueue: { items: { id: string }[]; nextCursor: string | null } }> =
        await admin.graphql(QUEUE, { first: 2, after });
      expect(page.errors).toBeUndefined();
      all.push(...page.data!.supportQueue.items.map((i) => i.id));
      after = page.data!.supportQueue.nextCursor;
    } while (after);
    expect(new Set(all).size).toBe(all.length);
    // Same clock instant for every report: the id breaks the tie, descending.
    const newest = made
      .map((m) => m.id)
      .sort()
      .reverse();
    expect(all.filter((id) => newest.includes(id))).toEqual(newest);

    await admin.graphql(SET_STATUS, { input: { reportId: made[0]!.id, status: 'RESOLVED' } });
    const resolved = await admin.graphql<{ supportQueue: { items: { id: string }[] } }>(QUEUE, {
      filter: { statuses: ['RESOLVED'] },
    });
    expect(resolved.data?.supportQueue.items.map((i) => i.id)).toEqual([made[0]!.id]);

    const bad = await admin.graphql(QUEUE, { after: 'not-a-cursor' });
    expect(fields(bad)).toEqual([{ path: 'after', code: 'INVALID_CURSOR' }]);
    const big = await admin.graphql(QUEUE, { first: 101 });
    expect(code(big)).toBe('BAD_USER_INPUT');
  });
});

describe('replies and status', () => {
  it('moves with the conversation; only the administration sets it; closed takes no replies', async () => {
    const made = await report(reporter);
    const answered = await admin.graphql<{ replyToSupportReport: Report }>(REPLY, {
      input: { reportId: made.id, text: ' Vilken webbläsare använder du? ' },
    });
    expect(answered.data?.replyToSupportReport).toMatchObject({
      status: 'IN_PROGRESS',
      replies: [{ text: 'Vilken webbläsare använder du?', fromServiceAdmin: true }],
    });
    await admin.graphql(SET_STATUS, {
      input: { reportId: made.id, status: 'WAITING_FOR_REPORTER' },
    });

    const refused = await reporter.graphql(SET_STATUS, {
      input: { reportId: made.id, status: 'CLOSED' },
    });
    expect(code(refused)).toBe('FORBIDDEN');
    const stranger = await colleague.graphql(SET_STATUS, {
      input: { reportId: made.id, status: 'CLOSED' },
    });
    expect(code(stranger)).toBe('NOT_FOUND');
    const strangerReply = await colleague.graphql(REPLY, {
      input: { reportId: made.id, text: 'Hej' },
    });
    expect(code(strangerReply)).toBe('NOT_FOUND');

    h.clock.advance(60_000);
    const back = await reporter.graphql<{ replyToSupportReport: Report }>(REPLY, {
      input: { reportId: made.id, text: 'Chromium.' },
    });
    expect(back.data?.replyToSupportReport.status).toBe('IN_PROGRESS');
    expect(back.data?.replyToSupportReport.replies.map((r) => r.fromServiceAdmin)).toEqual([
      true,
      false,
    ]);
    const empty = await reporter.graphql(REPLY, { input: { reportId: made.id, text: '  ' } });
    expect(fields(empty)).toEqual([{ path: 'text', code: 'REQUIRED' }]);

    const closed = await admin.graphql<{ setSupportReportStatus: Report }>(SET_STATUS, {
      input: { reportId: made.id, status: 'CLOSED' },
    });
    expect(closed.data?.setSupportReportStatus).toMatchObject({
      status: 'CLOSED',
      viewerMayReply: false,
    });
    const late = await reporter.graphql(REPLY, { input: { reportId: made.id, text: 'Igen.' } });
    expect(late.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'SUPPORT_REPORT_CLOSED',
    });
    const read = await reporter.graphql<{ supportReport: Report }>(READ, { id: made.id });
    expect(read.data?.supportReport.replies).toHaveLength(2);
  });
});

describe('support contact', () => {
  it('answers the configured details, the defaults when none are set', async () => {
    const r = await reporter.graphql<{
      supportContact: { phone: string; email: string; openingHours: { sv: string; en: string } };
    }>('{ supportContact { phone email openingHours { sv en } } }');
    expect(r.data?.supportContact).toEqual({
      phone: DEFAULT_SUPPORT_CONTACT.phone,
      email: DEFAULT_SUPPORT_CONTACT.email,
      openingHours: {
        sv: DEFAULT_SUPPORT_CONTACT.openingHoursSv,
        en: DEFAULT_SUPPORT_CONTACT.openingHoursEn,
      },
    });
  });
});
