import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NATIONAL_CASE_TYPES } from '@etj/domain';
import { Browser, startHarness, type Harness } from './harness.ts';
import {
  createActivatedCaseType,
  createCase,
  createClinic,
  createPerson,
  createRegion,
  createStaff,
} from './factories.ts';

// Told in advance: the citizen sees the deletion date once it is 30 days away
// or less, on the case and on its inbox items; staff always see it; a draft says when it goes.

const CASE = 'query($id: ID!) { citizenCase(id: $id) { id deletionNoticeAt } }';
const INBOX = '{ inbox(first: 100) { items { id caseId deletionNoticeAt } } }';
const STAFF_CASE = 'query($id: ID!) { staffCase(id: $id) { id lastEventAt deletesAt } }';
const SAVE_DRAFT = `mutation($input: SaveCaseDraftInput!) {
  saveCaseDraft(input: $input) { id updatedAt deletesAt } }`;
const DRAFTS = '{ myCaseDrafts { id updatedAt deletesAt } }';

let h: Harness;
let clinic: { id: string };
let caseType: { id: string };
let caregiver: { id: string; hsaId: string };
let citizen: { id: string; identityNumber: string };
let anna: Browser;
let staff: Browser;

beforeAll(async () => {
  h = await startHarness();
  const region = await createRegion(h.prisma);
  clinic = await createClinic(h.prisma, region.id, 'Farsta vårdcentral');
  caseType = await createActivatedCaseType(h.prisma, {
    regionId: region.id,
    clinicId: clinic.id,
    nameSv: 'Förnya recept',
    kind: 'RENEW_PRESCRIPTION',
    definition: NATIONAL_CASE_TYPES.RENEW_PRESCRIPTION.definition,
    options: NATIONAL_CASE_TYPES.RENEW_PRESCRIPTION.defaultClinicOptions,
  });
  caregiver = await createStaff(h.prisma, {
    assignments: [{ clinicId: clinic.id, roles: ['CAREGIVER', 'CASE_RECEIVER'] }],
  });
  staff = new Browser(h.baseUrl, 'staff');
  await staff.login(caregiver.hsaId);
  const person = await createPerson(h.prisma, { birthDate: '1980-02-02' });
  citizen = { id: person.id, identityNumber: person.identityNumber };
  anna = new Browser(h.baseUrl, 'citizen');
  await anna.login(person.identityNumber);
});

afterAll(async () => {
  await h.close();
});

/** A case whose latest event was at `lastEventAt`, with one answer in the citizen's inbox. */
async function caseWithLastEvent(lastEventAt: Date) {
  const sent = await createCase(h.prisma, {
    clinicId: clinic.id,
    caseTypeId: caseType.id,
    subjectPersonId: citizen.id,
    status: 'ANSWERED',
    assignedStaffId: caregiver.id,
    submittedAt: new Date(lastEventAt.getTime() - 60 * 60_000),
  });
  const message = await h.prisma.caseMessage.create({
    data: {
      id: randomUUID(),
      caseId: sent.id,
      recipientPersonId: citizen.id,
      authorKind: 'STAFF',
      authorStaffId: caregiver.id,
      kind: 'ANSWER',
      body: { text: 'Receptet är förnyat.', outcomes: [] },
      createdAt: lastEventAt,
    },
    select: { id: true },
  });
  await h.prisma.case.update({ where: { id: sent.id }, data: { lastEventAt } });
  return { caseId: sent.id, messageId: message.id };
}

async function citizenNotice(caseId: string, as = anna): Promise<string | null> {
  const result = await as.graphql<{ citizenCase: { deletionNoticeAt: string | null } }>(CASE, {
    id: caseId,
  });
  expect(result.errors).toBeUndefined();
  return result.data!.citizenCase.deletionNoticeAt;
}

async function inboxNotice(messageId: string): Promise<string | null> {
  const result = await anna.graphql<{
    inbox: { items: { id: string; deletionNoticeAt: string | null }[] };
  }>(INBOX);
  expect(result.errors).toBeUndefined();
  const item = result.data!.inbox.items.find((i) => i.id === messageId);
  expect(item).toBeDefined();
  return item!.deletionNoticeAt;
}

describe('citizens are told in advance', () => {
  // The harness clock stands at 2026-11-25 10:00 in Stockholm (winter time throughout).
  it('shows nothing 31 days before the deletion', async () => {
    // Deleted 2026-12-26 10:00 Stockholm: 31 days after now.
    const { caseId, messageId } = await caseWithLastEvent(new Date('2024-12-26T09:00:00Z'));
    expect(await citizenNotice(caseId)).toBeNull();
    expect(await inboxNotice(messageId)).toBeNull();
  });

  it('shows nothing a second before the notice starts', async () => {
    const { caseId, messageId } = await caseWithLastEvent(new Date('2024-12-25T09:00:01Z'));
    expect(await citizenNotice(caseId)).toBeNull();
    expect(await inboxNotice(messageId)).toBeNull();
  });

  it('shows the deletion date 30 days before, on the case and on its inbox items', async () => {
    const { caseId, messageId } = await caseWithLastEvent(new Date('2024-12-25T09:00:00Z'));
    expect(await citizenNotice(caseId)).toBe('2026-12-25T09:00:00.000Z');
    expect(await inboxNotice(messageId)).toBe('2026-12-25T09:00:00.000Z');
  });

  it('shows the date when the clock moves into the last 30 days', async () => {
    const { caseId } = await caseWithLastEvent(new Date('2025-01-10T12:30:00Z'));
    expect(await citizenNotice(caseId)).toBeNull();
    const before = h.clock.now();
    try {
      // 2027-01-10 13:30 Stockholm is the deletion; 30 days earlier is 2026-12-11 13:30. A fresh
      // login, since the session of 16 days ago has long expired.
      h.clock.set(new Date('2026-12-11T12:29:59Z'));
      const later = new Browser(h.baseUrl, 'citizen');
      await later.login(citizen.identityNumber);
      expect(await citizenNotice(caseId, later)).toBeNull();
      h.clock.set(new Date('2026-12-11T12:30:00Z'));
      expect(await citizenNotice(caseId, later)).toBe('2027-01-10T12:30:00.000Z');
    } finally {
      h.clock.set(before);
    }
  });

  it('gives a notice that is not about a case no deletion date', async () => {
    const notice = await h.prisma.caseMessage.create({
      data: {
        id: randomUUID(),
        recipientPersonId: citizen.id,
        authorKind: 'SYSTEM',
        kind: 'SYSTEM_NOTICE',
        body: { key: 'CONTACT_DETAILS_REMOVED' },
        createdAt: new Date('2024-01-01T09:00:00Z'),
      },
      select: { id: true },
    });
    expect(await inboxNotice(notice.id)).toBeNull();
  });
});

describe('staff see the deletion date', () => {
  it('is exactly two years after the latest event, on Stockholm wall time', async () => {
    // Summer time at the event, summer time two years on: 14:15 Stockholm both times.
    const { caseId } = await caseWithLastEvent(new Date('2026-06-15T12:15:00Z'));
    const result = await staff.graphql<{ staffCase: { lastEventAt: string; deletesAt: string } }>(
      STAFF_CASE,
      { id: caseId },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.staffCase.lastEventAt).toBe('2026-06-15T12:15:00.000Z');
    expect(result.data!.staffCase.deletesAt).toBe('2028-06-15T12:15:00.000Z');
  });

  it('keeps the wall-clock time when the anniversary lies in the other season', async () => {
    // 29 February 2028 (winter): the period ends on 28 February 2030, at its end (00:00 CET on
    // 1 March), so that no 29 February case is due before a 28 February one (retention-time.ts).
    const { caseId } = await caseWithLastEvent(new Date('2028-02-29T09:00:00Z'));
    const result = await staff.graphql<{ staffCase: { deletesAt: string } }>(STAFF_CASE, {
      id: caseId,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.staffCase.deletesAt).toBe('2030-02-28T23:00:00.000Z');
  });
});

describe('drafts say when they go', () => {
  it('are deleted 30 days after their latest change', async () => {
    const saved = await anna.graphql<{
      saveCaseDraft: { id: string; updatedAt: string; deletesAt: string };
    }>(SAVE_DRAFT, { input: { clinicId: clinic.id, caseTypeId: caseType.id, answers: {} } });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveCaseDraft.updatedAt).toBe('2026-11-25T09:00:00.000Z');
    expect(saved.data!.saveCaseDraft.deletesAt).toBe('2026-12-25T09:00:00.000Z');
    const listed = await anna.graphql<{ myCaseDrafts: { id: string; deletesAt: string }[] }>(
      DRAFTS,
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.myCaseDrafts.find((d) => d.id === saved.data!.saveCaseDraft.id)).toEqual(
      expect.objectContaining({ deletesAt: '2026-12-25T09:00:00.000Z' }),
    );
  });
});
