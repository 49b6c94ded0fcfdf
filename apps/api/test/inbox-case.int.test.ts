// A citizen's case against the real API: reading it (form, messages, no internal note), marking
// it read, and replying to a counter-question, once however often it is retried.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { NATIONAL_CASE_TYPES } from '@etj/domain';
import { createCase } from './factories.ts';
import {
  addMessage,
  ARCHIVE,
  CASE,
  caseType,
  citizen,
  type CitizenCase,
  clinic,
  doctor,
  h,
  inbox,
  MARK_READ,
  minutes,
  REPLY,
  useInboxHarness,
} from './support/inbox.ts';

useInboxHarness();

describe('reading a case', () => {
  it('shows the form, the messages oldest first and no internal note; CASE_SUBMITTED has no text', async () => {
    const me = await citizen();
    const sent = await createCase(h.prisma, {
      clinicId: clinic.id,
      caseTypeId: caseType.id,
      subjectPersonId: me.id,
      status: 'WAITING_FOR_CITIZEN',
      assignedStaffId: doctor.id,
      answers: { medicines: [{ name: 'Levaxin' }] },
    });
    await h.prisma.case.update({
      where: { id: sent.id },
      data: { clinicOptions: { askForPharmacy: true } },
    });
    await h.prisma.caseMessage.create({
      data: {
        id: randomUUID(),
        caseId: sent.id,
        recipientPersonId: me.id,
        authorKind: 'SYSTEM',
        kind: 'CASE_SUBMITTED',
        body: { key: 'caseSubmitted', reference: sent.reference },
        createdAt: minutes(0),
        readAt: minutes(0),
      },
    });
    await addMessage(sent.id, me.id, {
      at: minutes(2),
      kind: 'COUNTER_QUESTION',
      text: 'Vilken styrka?',
      outcomes: [{ kind: 'PLEASE_CALL_US', appointmentAt: null, place: null, phone: '08-123' }],
    });
    await addMessage(sent.id, me.id, { at: minutes(1), kind: 'PARTIAL_ANSWER', text: 'Vi tittar' });
    await h.prisma.internalNote.create({
      data: {
        id: randomUUID(),
        caseId: sent.id,
        authorStaffId: doctor.id,
        text: 'HEMLIG-INTERN-ANTECKNING',
        createdAt: minutes(3),
      },
    });
    const result = await me.browser.graphql<{ citizenCase: CitizenCase }>(CASE, { id: sent.id });
    expect(result.errors).toBeUndefined();
    const view = result.data!.citizenCase;
    expect(view).toMatchObject({
      id: sent.id,
      reference: sent.reference,
      status: 'WAITING_FOR_CITIZEN',
      canReply: true,
      archived: false,
      form: {
        definition: NATIONAL_CASE_TYPES.RENEW_PRESCRIPTION.definition,
        clinicOptions: { askForPharmacy: true },
        answers: { medicines: [{ name: 'Levaxin' }] },
      },
    });
    expect(view.messages.map((m) => [m.kind, m.authorKind, m.text, m.authorName])).toEqual([
      ['CASE_SUBMITTED', 'SYSTEM', null, null],
      [
        'PARTIAL_ANSWER',
        'STAFF',
        'Vi tittar',
        { sv: 'Vera Vårdsson, Specialistläkare', en: 'Vera Vårdsson, Specialist physician' },
      ],
      [
        'COUNTER_QUESTION',
        'STAFF',
        'Vilken styrka?',
        { sv: 'Vera Vårdsson, Specialistläkare', en: 'Vera Vårdsson, Specialist physician' },
      ],
    ]);
    expect(view.messages[2]?.outcomes).toEqual([
      { kind: 'PLEASE_CALL_US', appointmentAt: null, place: null, phone: '08-123' },
    ]);
    expect(JSON.stringify(result)).not.toContain('HEMLIG');
  });

  it('answers NOT_FOUND to another citizen, for reading, marking, replying and archiving', async () => {
    const me = await citizen();
    const stranger = await citizen();
    const sent = await createCase(h.prisma, {
      clinicId: clinic.id,
      caseTypeId: caseType.id,
      subjectPersonId: me.id,
      status: 'WAITING_FOR_CITIZEN',
      assignedStaffId: doctor.id,
    });
    await addMessage(sent.id, me.id, { at: minutes(1), kind: 'COUNTER_QUESTION' });
    const attempts = [
      stranger.browser.graphql(CASE, { id: sent.id }),
      stranger.browser.graphql(MARK_READ, { caseId: sent.id }),
      stranger.browser.graphql(REPLY, {
        input: { caseId: sent.id, text: 'Hej', idempotencyKey: randomUUID() },
      }),
      stranger.browser.graphql(ARCHIVE, { input: { caseId: sent.id, archived: true } }),
      stranger.browser.graphql(CASE, { id: randomUUID() }),
    ];
    for (const result of await Promise.all(attempts))
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await inbox(stranger.browser)).items).toEqual([]);
    const stored = await h.prisma.case.findUniqueOrThrow({
      where: { id: sent.id },
      select: { status: true, archivedAt: true },
    });
    expect(stored).toEqual({ status: 'WAITING_FOR_CITIZEN', archivedAt: null });
    expect(
      await h.prisma.caseMessage.count({ where: { caseId: sent.id, readAt: { not: null } } }),
    ).toBe(0);
  });

  it('marks my unread messages of the case as read, and only those', async () => {
    const me = await citizen();
    const sent = await createCase(h.prisma, {
      clinicId: clinic.id,
      caseTypeId: caseType.id,
      subjectPersonId: me.id,
      status: 'ANSWERED',
    });
    const other = await createCase(h.prisma, {
      clinicId: clinic.id,
      caseTypeId: caseType.id,
      subjectPersonId: me.id,
      status: 'ANSWERED',
    });
    await addMessage(sent.id, me.id, { at: minutes(1) });
    await addMessage(sent.id, me.id, { at: minutes(2) });
    await addMessage(other.id, me.id, { at: minutes(3) });
    expect((await inbox(me.browser)).unreadCount).toBe(3);
    const marked = await me.browser.graphql<{ markCaseRead: CitizenCase }>(MARK_READ, {
      caseId: sent.id,
    });
    expect(marked.errors).toBeUndefined();
    expect(marked.data?.markCaseRead.messages.map((m) => m.readAt)).toEqual([
      h.clock.now().toISOString(),
      h.clock.now().toISOString(),
    ]);
    expect((await inbox(me.browser)).unreadCount).toBe(1);
  });
});

describe('replying to a counter-question', () => {
  async function waitingCase(assigned: boolean) {
    const me = await citizen();
    const sent = await createCase(h.prisma, {
      clinicId: clinic.id,
      caseTypeId: caseType.id,
      subjectPersonId: me.id,
      status: 'WAITING_FOR_CITIZEN',
      assignedStaffId: assigned ? doctor.id : null,
    });
    await addMessage(sent.id, me.id, { at: minutes(1), kind: 'COUNTER_QUESTION' });
    return { me, sent };
  }

  it('adds my reply, moves the case back to its caregiver and records the event', async () => {
    const { me, sent } = await waitingCase(true);
    const input = { caseId: sent.id, text: 'Femtio mikrogram.', idempotencyKey: randomUUID() };
    const result = await me.browser.graphql<{ replyToCase: CitizenCase }>(REPLY, { input });
    expect(result.errors).toBeUndefined();
    const view = result.data!.replyToCase;
    expect(view).toMatchObject({ status: 'ASSIGNED', canReply: false });
    expect(view.messages.at(-1)).toMatchObject({
      kind: 'CITIZEN_REPLY',
      authorKind: 'CITIZEN',
      authorName: { sv: 'Anna Ek', en: 'Anna Ek' },
      text: 'Femtio mikrogram.',
      readAt: h.clock.now().toISOString(),
    });
    const stored = await h.prisma.case.findUniqueOrThrow({
      where: { id: sent.id },
      select: {
        status: true,
        revision: true,
        lastEventAt: true,
        events: { select: { kind: true, actorKind: true, fromStatus: true, toStatus: true } },
      },
    });
    expect(stored).toEqual({
      status: 'ASSIGNED',
      revision: 2,
      lastEventAt: h.clock.now(),
      events: [
        {
          kind: 'MESSAGE_ADDED',
          actorKind: 'CITIZEN',
          fromStatus: 'WAITING_FOR_CITIZEN',
          toStatus: 'ASSIGNED',
        },
      ],
    });
    // My own reply is not a message to me.
    expect((await inbox(me.browser)).items.map((i) => i.kind)).toEqual(['COUNTER_QUESTION']);
  });

  it('sends an unassigned case back to the queue', async () => {
    const { me, sent } = await waitingCase(false);
    const result = await me.browser.graphql<{ replyToCase: CitizenCase }>(REPLY, {
      input: { caseId: sent.id, text: 'Svar', idempotencyKey: randomUUID() },
    });
    expect(result.data?.replyToCase.status).toBe('NEW');
  });

  it('gives a retry the same state and creates nothing, even many retries at once', async () => {
    const { me, sent } = await waitingCase(true);
    const input = { caseId: sent.id, text: 'Svar', idempotencyKey: randomUUID() };
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        me.browser.graphql<{ replyToCase: CitizenCase }>(REPLY, { input }),
      ),
    );
    for (const result of results) expect(result.errors).toBeUndefined();
    const again = await me.browser.graphql<{ replyToCase: CitizenCase }>(REPLY, { input });
    for (const result of [...results, again]) {
      expect(result.data?.replyToCase.status).toBe('ASSIGNED');
      expect(result.data?.replyToCase.messages.map((m) => m.kind)).toEqual([
        'COUNTER_QUESTION',
        'CITIZEN_REPLY',
      ]);
    }
    expect(
      await h.prisma.caseMessage.count({ where: { caseId: sent.id, kind: 'CITIZEN_REPLY' } }),
    ).toBe(1);
    expect(await h.prisma.caseEvent.count({ where: { caseId: sent.id } })).toBe(1);
    const stored = await h.prisma.case.findUniqueOrThrow({
      where: { id: sent.id },
      select: { revision: true },
    });
    expect(stored.revision).toBe(2);
  });

  it('refuses a reply when no counter-question is waiting', async () => {
    const { me, sent } = await waitingCase(true);
    await me.browser.graphql(REPLY, {
      input: { caseId: sent.id, text: 'Svar', idempotencyKey: randomUUID() },
    });
    const second = await me.browser.graphql(REPLY, {
      input: { caseId: sent.id, text: 'Ett till', idempotencyKey: randomUUID() },
    });
    expect(second.errors?.[0]?.extensions).toEqual({
      code: 'CONFLICT',
      reason: 'NOT_WAITING_FOR_REPLY',
    });
    for (const status of ['NEW', 'ANSWERED', 'CLOSED'] as const) {
      const closed = await createCase(h.prisma, {
        clinicId: clinic.id,
        caseTypeId: caseType.id,
        subjectPersonId: (await h.prisma.case.findUniqueOrThrow({ where: { id: sent.id } }))
          .subjectPersonId,
        status,
      });
      const result = await me.browser.graphql(REPLY, {
        input: { caseId: closed.id, text: 'Svar', idempotencyKey: randomUUID() },
      });
      expect(result.errors?.[0]?.extensions?.reason).toBe('NOT_WAITING_FOR_REPLY');
    }
    expect(
      await h.prisma.caseMessage.count({ where: { caseId: sent.id, kind: 'CITIZEN_REPLY' } }),
    ).toBe(1);
  });
});
