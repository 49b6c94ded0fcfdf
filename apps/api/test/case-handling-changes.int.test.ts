// The changes staff make to a case: assigning, responding, closing, internal notes; each
// under its revision, logged with its own action.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  as,
  ASSIGN,
  CASE,
  clinic,
  CLOSE,
  code,
  h,
  logRows,
  newCase,
  NOTE,
  patient,
  RESPOND,
  revisionOf,
  staff,
  setUpWorld,
  tearDownWorld,
} from './case-handling.world.ts';

beforeAll(setUpWorld);
afterAll(tearDownWorld);

describe('assigning', () => {
  it('assigns a new case: status, revision, one open assignment, the event and the log row', async () => {
    const c = await newCase();
    const r = await as.receiver!.graphql<{
      assignCase: { status: string; revision: number; assignee: { id: string } };
    }>(ASSIGN, {
      input: { caseId: c.id, staffMemberId: staff.caregiver!.id, expectedRevision: 1 },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data?.assignCase).toMatchObject({
      status: 'ASSIGNED',
      revision: 2,
      assignee: { id: staff.caregiver!.id },
    });
    const stored = await h.prisma.case.findUniqueOrThrow({
      where: { id: c.id },
      select: {
        assignedStaffId: true,
        lastEventAt: true,
        assignments: { select: { staffMemberId: true, endedAt: true } },
        events: { select: { kind: true, actorRole: true, toStatus: true } },
      },
    });
    expect(stored).toEqual({
      assignedStaffId: staff.caregiver!.id,
      lastEventAt: h.clock.now(),
      assignments: [{ staffMemberId: staff.caregiver!.id, endedAt: null }],
      events: [{ kind: 'ASSIGNED', actorRole: 'CASE_RECEIVER', toStatus: 'ASSIGNED' }],
    });
    expect(await logRows(c.id)).toEqual([
      {
        action: 'ASSIGN_CASE',
        role: 'CASE_RECEIVER',
        staffMemberId: staff.receiver!.id,
        patientPersonId: patient.id,
        clinicId: clinic.id,
      },
    ]);
  });

  it('reassigns: the previous assignment ends, the event says REASSIGNED', async () => {
    const c = await newCase();
    await as.receiver!.graphql(ASSIGN, {
      input: { caseId: c.id, staffMemberId: staff.caregiver!.id, expectedRevision: 1 },
    });
    const r = await as.receiver!.graphql(ASSIGN, {
      input: { caseId: c.id, staffMemberId: staff.bystander!.id, expectedRevision: 2 },
    });
    expect(r.errors).toBeUndefined();
    const assignments = await h.prisma.caseAssignment.findMany({
      where: { caseId: c.id },
      orderBy: { assignedAt: 'asc' },
      select: { staffMemberId: true, endedAt: true },
    });
    expect(assignments.filter((a) => a.endedAt === null)).toEqual([
      { staffMemberId: staff.bystander!.id, endedAt: null },
    ]);
    expect(assignments).toHaveLength(2);
    const events = await h.prisma.caseEvent.findMany({
      where: { caseId: c.id },
      select: { kind: true },
    });
    expect(events.map((e) => e.kind).sort()).toEqual(['ASSIGNED', 'REASSIGNED']);
  });

  it('lets exactly one of two receivers win a race; the other gets CONFLICT CASE_CHANGED', async () => {
    const c = await newCase();
    const results = await Promise.all([
      as.receiver!.graphql(ASSIGN, {
        input: { caseId: c.id, staffMemberId: staff.caregiver!.id, expectedRevision: 1 },
      }),
      as.receiver2!.graphql(ASSIGN, {
        input: { caseId: c.id, staffMemberId: staff.bystander!.id, expectedRevision: 1 },
      }),
    ]);
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'CASE_CHANGED',
    });
    expect(await h.prisma.caseAssignment.count({ where: { caseId: c.id, endedAt: null } })).toBe(1);
    expect(await revisionOf(c.id)).toBe(2);
    expect(await logRows(c.id)).toHaveLength(1);
  });

  it('refuses a stale revision, changing and logging nothing', async () => {
    const c = await newCase();
    const r = await as.receiver!.graphql(ASSIGN, {
      input: { caseId: c.id, staffMemberId: staff.caregiver!.id, expectedRevision: 7 },
    });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CASE_CHANGED' });
    expect(await h.prisma.case.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({
      status: 'NEW',
      assignedStaffId: null,
      revision: 1,
    });
    expect(await h.prisma.caseAssignment.count({ where: { caseId: c.id } })).toBe(0);
    expect(await logRows(c.id)).toEqual([]);
  });

  it('assigns only to a caregiver at the case’s clinic today', async () => {
    const c = await newCase();
    for (const target of ['receiver2', 'expired', 'otherCaregiver']) {
      const r = await as.receiver!.graphql(ASSIGN, {
        input: { caseId: c.id, staffMemberId: staff[target]!.id, expectedRevision: 1 },
      });
      expect(r.errors?.[0]?.extensions, target).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'staffMemberId', code: 'NOT_A_CAREGIVER_HERE' }],
      });
    }
    expect(await revisionOf(c.id)).toBe(1);
    expect(await logRows(c.id)).toEqual([]);
  });

  it('is the receivers’ job: the assigned caregiver may not reassign', async () => {
    const c = await newCase({ assignedStaffId: staff.caregiver!.id });
    const r = await as.caregiver!.graphql(ASSIGN, {
      input: { caseId: c.id, staffMemberId: staff.bystander!.id, expectedRevision: 1 },
    });
    expect(code(r)).toBe('FORBIDDEN');
  });
});

describe('responding', () => {
  it('checks the outcomes and that only an answer closes, changing nothing when refused', async () => {
    const c = await newCase({ assignedStaffId: staff.caregiver!.id });
    const r = await as.caregiver!.graphql(RESPOND, {
      input: {
        caseId: c.id,
        kind: 'COUNTER_QUESTION',
        text: 'Hur mår du?',
        close: true,
        outcomes: [
          { kind: 'APPOINTMENT_BOOKED', appointmentAt: '2026-12-01T09:00:00Z' },
          { kind: 'PLEASE_CALL_US' },
          { kind: 'PRESCRIPTION_RENEWED' },
        ],
        expectedRevision: 1,
      },
    });
    expect(r.errors?.[0]?.extensions?.fields).toEqual([
      { path: 'outcomes.0.place', code: 'REQUIRED' },
      { path: 'outcomes.1.phone', code: 'REQUIRED' },
      { path: 'close', code: 'ONLY_WITH_ANSWER' },
    ]);
    expect(await revisionOf(c.id)).toBe(1);
    expect(await h.prisma.caseMessage.count({ where: { caseId: c.id } })).toBe(0);
    expect(await logRows(c.id)).toEqual([]);
  });

  it('asks a counter-question: message, status, events, notifications without content, archive cleared, log', async () => {
    const c = await newCase({ assignedStaffId: staff.caregiver!.id });
    await h.prisma.case.update({ where: { id: c.id }, data: { archivedAt: h.clock.now() } });
    const outboxBefore = await h.prisma.notificationOutbox.count();
    const r = await as.caregiver!.graphql<{
      respondToCase: {
        status: string;
        revision: number;
        messages: {
          kind: string;
          authorName: { sv: string; en: string };
          text: string;
          outcomes: unknown[];
        }[];
      };
    }>(RESPOND, {
      input: {
        caseId: c.id,
        kind: 'COUNTER_QUESTION',
        text: 'Vilken styrka har du?',
        outcomes: [
          {
            kind: 'APPOINTMENT_BOOKED',
            appointmentAt: '2026-12-01T09:00:00Z',
            place: 'Mottagning 2',
          },
        ],
        expectedRevision: 1,
      },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data?.respondToCase).toMatchObject({
      status: 'WAITING_FOR_CITIZEN',
      revision: 2,
      messages: [
        {
          kind: 'COUNTER_QUESTION',
          authorName: { sv: 'Cora Berg, Specialistläkare', en: 'Cora Berg, Specialist physician' },
          text: 'Vilken styrka har du?',
          outcomes: [
            {
              kind: 'APPOINTMENT_BOOKED',
              appointmentAt: '2026-12-01T09:00:00.000Z',
              place: 'Mottagning 2',
              phone: null,
            },
          ],
        },
      ],
    });
    const stored = await h.prisma.case.findUniqueOrThrow({
      where: { id: c.id },
      select: {
        archivedAt: true,
        lastEventAt: true,
        messages: { select: { recipientPersonId: true, authorStaffId: true, body: true } },
        events: { select: { kind: true }, orderBy: { kind: 'asc' } },
      },
    });
    expect(stored).toEqual({
      archivedAt: null,
      lastEventAt: h.clock.now(),
      messages: [
        {
          recipientPersonId: patient.id,
          authorStaffId: staff.caregiver!.id,
          body: {
            text: 'Vilken styrka har du?',
            outcomes: [
              {
                kind: 'APPOINTMENT_BOOKED',
                appointmentAt: '2026-12-01T09:00:00.000Z',
                place: 'Mottagning 2',
                phone: null,
              },
            ],
          },
        },
      ],
      events: [{ kind: 'STATUS_CHANGED' }, { kind: 'MESSAGE_ADDED' }],
    });
    const outbox = await h.prisma.notificationOutbox.findMany({
      orderBy: { channel: 'asc' },
      skip: outboxBefore,
      select: { personId: true, channel: true, address: true, templateKey: true, status: true },
    });
    expect(outbox).toEqual([
      {
        personId: patient.id,
        channel: 'EMAIL',
        address: 'anna@example.se',
        templateKey: 'NEW_MESSAGE',
        status: 'PENDING',
      },
      {
        personId: patient.id,
        channel: 'SMS',
        address: '0701234567',
        templateKey: 'NEW_MESSAGE',
        status: 'PENDING',
      },
    ]);
    expect(await logRows(c.id)).toEqual([
      expect.objectContaining({ action: 'ASK_COUNTER_QUESTION', role: 'CAREGIVER' }),
    ]);
  });

  it('lets a receiver answer directly and close at once', async () => {
    const c = await newCase();
    const r = await as.receiver!.graphql<{
      respondToCase: { status: string; canRespond: boolean };
    }>(RESPOND, {
      input: {
        caseId: c.id,
        kind: 'ANSWER',
        text: 'Receptet är förnyat.',
        outcomes: [{ kind: 'PRESCRIPTION_RENEWED' }],
        close: true,
        expectedRevision: 1,
      },
    });
    expect(r.data?.respondToCase).toMatchObject({ status: 'CLOSED', canRespond: false });
    expect(await logRows(c.id)).toEqual([
      expect.objectContaining({ action: 'ANSWER_CASE', role: 'CASE_RECEIVER' }),
    ]);
    const closedAgain = await as.receiver!.graphql(RESPOND, {
      input: { caseId: c.id, kind: 'PARTIAL_ANSWER', text: 'Och en sak till', expectedRevision: 2 },
    });
    expect(code(closedAgain)).toBe('FORBIDDEN');
  });

  it('writes a partial answer without moving the status; a stale revision is a conflict', async () => {
    const c = await newCase({ assignedStaffId: staff.caregiver!.id });
    const r = await as.caregiver!.graphql<{ respondToCase: { status: string } }>(RESPOND, {
      input: { caseId: c.id, kind: 'PARTIAL_ANSWER', text: 'Vi återkommer.', expectedRevision: 1 },
    });
    expect(r.data?.respondToCase.status).toBe('ASSIGNED');
    expect(await logRows(c.id)).toEqual([
      expect.objectContaining({ action: 'PARTIAL_ANSWER_CASE', role: 'CAREGIVER' }),
    ]);
    const stale = await as.caregiver!.graphql(RESPOND, {
      input: { caseId: c.id, kind: 'ANSWER', text: 'Klart.', expectedRevision: 1 },
    });
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'CASE_CHANGED',
    });
    expect(await h.prisma.caseMessage.count({ where: { caseId: c.id } })).toBe(1);
    expect(await logRows(c.id)).toHaveLength(1);
  });
});

describe('closing', () => {
  it('closes only an answered case', async () => {
    const c = await newCase({ assignedStaffId: staff.caregiver!.id });
    const early = await as.caregiver!.graphql(CLOSE, {
      input: { caseId: c.id, expectedRevision: 1 },
    });
    expect(early.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'CASE_NOT_ANSWERED',
    });
    expect(await logRows(c.id)).toEqual([]);
    await as.caregiver!.graphql(RESPOND, {
      input: { caseId: c.id, kind: 'ANSWER', text: 'Svar.', expectedRevision: 1 },
    });
    const r = await as.caregiver!.graphql<{ closeCase: { status: string; revision: number } }>(
      CLOSE,
      { input: { caseId: c.id, expectedRevision: 2 } },
    );
    expect(r.data?.closeCase).toEqual({ id: c.id, status: 'CLOSED', revision: 3 });
    expect((await logRows(c.id)).map((l) => [l.action, l.role])).toEqual([
      ['ANSWER_CASE', 'CAREGIVER'],
      ['CLOSE_CASE', 'CAREGIVER'],
    ]);
    const again = await as.caregiver!.graphql(CLOSE, {
      input: { caseId: c.id, expectedRevision: 3 },
    });
    expect(again.errors?.[0]?.extensions).toMatchObject({ reason: 'CASE_NOT_ANSWERED' });
  });
});

describe('internal notes', () => {
  it('are added by whoever may read the case and shown to staff only as notes', async () => {
    const c = await newCase({ assignedStaffId: staff.caregiver!.id });
    const r = await as.receiver!.graphql<{
      addInternalNote: { text: string; author: { id: string; name: string } };
    }>(NOTE, { input: { caseId: c.id, text: 'Ring apoteket först.' } });
    expect(r.data?.addInternalNote).toMatchObject({
      text: 'Ring apoteket först.',
      author: { id: staff.receiver!.id, name: 'Rut Receptionist' },
    });
    const read = await as.caregiver!.graphql<{
      staffCase: { notes: { text: string }[]; messages: unknown[]; revision: number };
    }>(CASE, { id: c.id });
    expect(read.data?.staffCase.notes.map((n) => n.text)).toEqual(['Ring apoteket först.']);
    expect(read.data?.staffCase.messages).toEqual([]);
    expect(read.data?.staffCase.revision).toBe(1);
    expect(
      await h.prisma.caseEvent.findMany({ where: { caseId: c.id }, select: { kind: true } }),
    ).toEqual([{ kind: 'NOTE_ADDED' }]);
    expect((await logRows(c.id)).map((l) => [l.action, l.role])).toEqual([
      ['ADD_NOTE', 'CASE_RECEIVER'],
      ['READ_CASE', 'CAREGIVER'],
    ]);
  });

  it('brings the earlier messages out of the archive with the case, so the inbox counts what it tags', async () => {
    const c = await newCase({ assignedStaffId: staff.caregiver!.id });
    const filedAt = h.clock.now();
    await h.prisma.caseMessage.create({
      data: {
        id: randomUUID(),
        caseId: c.id,
        recipientPersonId: patient.id,
        authorKind: 'STAFF',
        authorStaffId: staff.caregiver!.id,
        kind: 'PARTIAL_ANSWER',
        body: { text: 'Vi återkommer.' },
        createdAt: filedAt,
        archivedAt: filedAt,
      },
    });
    await h.prisma.case.update({ where: { id: c.id }, data: { archivedAt: filedAt } });
    h.clock.advance(60_000);
    const r = await as.caregiver!.graphql(RESPOND, {
      input: { caseId: c.id, kind: 'ANSWER', text: 'Här är svaret.', expectedRevision: 1 },
    });
    expect(r.errors).toBeUndefined();
    const stored = await h.prisma.case.findUniqueOrThrow({
      where: { id: c.id },
      select: { archivedAt: true, messages: { select: { archivedAt: true } } },
    });
    expect(stored).toEqual({
      archivedAt: null,
      messages: [{ archivedAt: null }, { archivedAt: null }],
    });
  });
});
