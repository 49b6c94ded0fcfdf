// Staff alerts: the content-free alerts queued in the same transaction as the change that causes
// them (a new case in the queue, a case assigned, a citizen's reply to a counter-question).
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createCase } from './factories.ts';
import {
  alerts,
  anna,
  ASSIGN,
  clinic,
  h,
  later,
  optIn,
  otherClinic,
  prescription,
  REPLY,
  revisionOf,
  sendCase,
  staff,
  useStaffAlertsHarness,
} from './support/staff-alerts.ts';

useStaffAlertsHarness();

describe('new cases in the clinic queue', () => {
  it('alert an opted-in receiver once per quarter hour, content-free and tied to the case', async () => {
    await optIn('receiver', { newCases: true }, 'en');
    await optIn('otherReceiver', { newCases: true });
    const first = await sendCase();
    await later(10);
    await sendCase();
    let rows = await alerts(staff.receiver!.id, 'STAFF_NEW_CASES');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toEqual({
      id: expect.any(String) as string,
      personId: null,
      staffMemberId: staff.receiver!.id,
      clinicId: clinic.id,
      caseId: first,
      channel: 'EMAIL',
      address: 'receiver@example.se',
      templateKey: 'STAFF_NEW_CASES',
      locale: 'en',
      status: 'PENDING',
      attempts: 0,
      nextAttemptAt: new Date('2026-11-25T09:00:00Z'),
      createdAt: new Date('2026-11-25T09:00:00Z'),
      sentAt: null,
      lastError: null,
      // Driftstatus mails only.
      serviceStatusSubscriptionId: null,
      serviceAnnouncementId: null,
      serviceAnnouncementUpdateId: null,
    });

    await later(6);
    const third = await sendCase();
    rows = await alerts(staff.receiver!.id, 'STAFF_NEW_CASES');
    expect(rows.map((r) => r.caseId)).toEqual([first, third]);
  });

  it('do not alert a receiver who did not opt in, a caregiver, or a receiver of another clinic', async () => {
    expect(await alerts(staff.quietReceiver!.id, 'STAFF_NEW_CASES')).toEqual([]);
    expect(await alerts(staff.caregiver!.id, 'STAFF_NEW_CASES')).toEqual([]);
    expect(await alerts(staff.otherReceiver!.id, 'STAFF_NEW_CASES')).toEqual([]);
  });

  it('alert the other clinic’s receiver for a case sent there, and nobody here', async () => {
    await later(20);
    const there = await sendCase(otherClinic.id);
    expect((await alerts(staff.otherReceiver!.id, 'STAFF_NEW_CASES')).map((r) => r.caseId)).toEqual(
      [there],
    );
    expect(
      (await alerts(staff.receiver!.id, 'STAFF_NEW_CASES')).filter((r) => r.caseId === there),
    ).toEqual([]);
  });

  it('stop when the receiver’s assignment has ended', async () => {
    await later(20);
    await h.prisma.staffAssignment.updateMany({
      where: { staffMemberId: staff.receiver!.id },
      data: { validTo: new Date('2026-11-24T00:00:00Z') },
    });
    const before = (await alerts(staff.receiver!.id, 'STAFF_NEW_CASES')).length;
    await sendCase();
    expect(await alerts(staff.receiver!.id, 'STAFF_NEW_CASES')).toHaveLength(before);
    await h.prisma.staffAssignment.updateMany({
      where: { staffMemberId: staff.receiver!.id },
      data: { validTo: null },
    });
  });
});

describe('a case assigned to a caregiver', () => {
  it('alerts the assignee only, with the case', async () => {
    await later(20);
    await optIn('caregiver', { assignedToMe: true, citizenReplies: true });
    await optIn('both', { newCases: false, assignedToMe: true });
    const sent = await createCase(h.prisma, {
      clinicId: clinic.id,
      caseTypeId: prescription.id,
      subjectPersonId: anna.id,
    });
    const assigned = await staff.both!.browser.graphql(ASSIGN, {
      input: {
        caseId: sent.id,
        staffMemberId: staff.caregiver!.id,
        expectedRevision: await revisionOf(sent.id),
      },
    });
    expect(assigned.errors).toBeUndefined();
    const rows = await alerts(staff.caregiver!.id, 'STAFF_CASE_ASSIGNED');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      caseId: sent.id,
      clinicId: clinic.id,
      address: 'caregiver@example.se',
      locale: 'sv',
    });
    expect(await alerts(staff.both!.id, 'STAFF_CASE_ASSIGNED')).toEqual([]);
  });

  it('does not alert a caregiver who took the case themselves', async () => {
    await later(20);
    const sent = await createCase(h.prisma, {
      clinicId: clinic.id,
      caseTypeId: prescription.id,
      subjectPersonId: anna.id,
    });
    const taken = await staff.both!.browser.graphql(ASSIGN, {
      input: {
        caseId: sent.id,
        staffMemberId: staff.both!.id,
        expectedRevision: await revisionOf(sent.id),
      },
    });
    expect(taken.errors).toBeUndefined();
    expect(await alerts(staff.both!.id, 'STAFF_CASE_ASSIGNED')).toEqual([]);
  });
});

describe('a citizen’s reply to a counter-question', () => {
  async function waitingCase(assignedStaffId: string | null, askedBy: string) {
    return createCase(h.prisma, {
      clinicId: clinic.id,
      caseTypeId: prescription.id,
      subjectPersonId: anna.id,
      status: 'WAITING_FOR_CITIZEN',
      assignedStaffId,
      staffMessages: [{ staffId: askedBy, kind: 'COUNTER_QUESTION', text: 'Vilken styrka?' }],
    });
  }

  async function reply(caseId: string) {
    const replied = await anna.browser.graphql(REPLY, {
      input: { caseId, text: 'Femtio mikrogram.', idempotencyKey: randomUUID() },
    });
    expect(replied.errors).toBeUndefined();
  }

  it('alerts the caregiver the case is assigned to', async () => {
    await later(20);
    const sent = await waitingCase(staff.caregiver!.id, staff.caregiver!.id);
    await reply(sent.id);
    const rows = await alerts(staff.caregiver!.id, 'STAFF_CITIZEN_REPLY');
    expect(rows.map((r) => ({ caseId: r.caseId, templateKey: r.templateKey }))).toEqual([
      { caseId: sent.id, templateKey: 'STAFF_CITIZEN_REPLY' },
    ]);
  });

  it('alerts the caregiver who asked when nobody is assigned, and not one who did not opt in', async () => {
    await later(20);
    const sent = await waitingCase(null, staff.caregiver!.id);
    await reply(sent.id);
    expect(
      (await alerts(staff.caregiver!.id, 'STAFF_CITIZEN_REPLY')).map((r) => r.caseId),
    ).toContain(sent.id);

    await later(20);
    const toBoth = await waitingCase(staff.both!.id, staff.both!.id);
    await reply(toBoth.id);
    expect(await alerts(staff.both!.id, 'STAFF_CITIZEN_REPLY')).toEqual([]);
  });
});
