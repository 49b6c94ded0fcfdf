import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { CASE_STORIES } from './data/cases.ts';
import { stockholmInstant } from './dates.ts';
import {
  addDays,
  ageOn,
  buildAnswerValidator,
  stockholmDate,
  type CalendarDate,
  type FormDefinition,
} from './domain.ts';
import { caseTypeId } from './case-types.ts';
import { caseId, staffId } from './cases.ts';
import { seedId } from './ids.ts';
import { clinicId } from './organisation.ts';
import { DEMO_CASES, PERSONAS } from './personas.ts';
import { buildSeedData } from './seed.ts';

const d = (value: string) => value as CalendarDate;
const iso = (value: Date) => d(value.toISOString().slice(0, 10));

/** Seed dates around the awkward corners of the calendar. */
const TODAYS = ['2026-11-25', '2026-12-31', '2027-01-02', '2027-03-28', '2028-02-29'].map(d);

const KARIN = seedId('person:adult');
const FARSTA = clinicId('farsta-vc');

/** The status moves case-status.ts allows (DOMAIN.md section 4). */
const ALLOWED_MOVES = new Set([
  '-> NEW',
  'NEW -> ASSIGNED',
  'NEW -> ANSWERED',
  'ASSIGNED -> ANSWERED',
  'WAITING_FOR_CITIZEN -> ANSWERED',
  'NEW -> WAITING_FOR_CITIZEN',
  'ASSIGNED -> WAITING_FOR_CITIZEN',
  'ANSWERED -> WAITING_FOR_CITIZEN',
  'WAITING_FOR_CITIZEN -> ASSIGNED',
  'WAITING_FOR_CITIZEN -> NEW',
  'ANSWERED -> CLOSED',
  'NEW -> CLOSED',
  'ASSIGNED -> CLOSED',
  'WAITING_FOR_CITIZEN -> CLOSED',
]);

describe('the persona list of demo cases', () => {
  it('names every story once', () => {
    const keys = CASE_STORIES.map((story) => story.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe.each(TODAYS)('demo cases seeded for %s', (today) => {
  const data = buildSeedData(today);
  const farsta = data.cases.filter((c) => c.clinicId === FARSTA);
  const personById = new Map(data.persons.map((p) => [p.id, p]));
  const accountByPerson = new Map(data.citizenAccounts.map((a) => [a.personId, a]));
  const messagesOf = (id: string) => data.caseMessages.filter((m) => m.caseId === id);
  const eventsOf = (id: string) => data.caseEvents.filter((e) => e.caseId === id);

  it('gives Farsta vårdcentral 12–20 cases of several types in every status', () => {
    expect(farsta.length).toBeGreaterThanOrEqual(12);
    expect(farsta.length).toBeLessThanOrEqual(20);
    expect(new Set(farsta.map((c) => c.caseTypeVersionId)).size).toBeGreaterThanOrEqual(6);
    const count = (status: string) => farsta.filter((c) => c.status === status).length;
    expect(count('NEW')).toBeGreaterThanOrEqual(3);
    expect(count('ASSIGNED')).toBeGreaterThanOrEqual(2);
    expect(count('ANSWERED')).toBeGreaterThanOrEqual(2);
    expect(count('WAITING_FOR_CITIZEN')).toBeGreaterThanOrEqual(1);
    expect(count('CLOSED')).toBeGreaterThanOrEqual(2);
    const threeDaysAgo = stockholmInstant(addDays(today, -3), '00:00');
    expect(farsta.some((c) => c.status === 'NEW' && c.submittedAt < threeDaysAgo)).toBe(true);
    expect(farsta.some((c) => c.status === 'NEW' && c.submittedAt > threeDaysAgo)).toBe(true);
    const assignedTo = (key: 'nurse' | 'doctor') =>
      farsta.some((c) => c.status === 'ASSIGNED' && c.assignedStaffId === staffId(key));
    expect(assignedTo('nurse') && assignedTo('doctor')).toBe(true);
  });

  it('gives cases a due time from their type’s target and records the first staff message', () => {
    for (const c of data.cases) {
      const firstStaff = messagesOf(c.id)
        .filter((m) => m.authorKind === 'STAFF')
        .map((m) => m.createdAt)
        .sort((a, b) => a.getTime() - b.getTime())[0];
      expect(c.firstAnsweredAt).toEqual(firstStaff ?? null);
      if (c.firstAnswerDueAt) expect(c.firstAnswerDueAt > c.submittedAt).toBe(true);
    }
    // Farsta has open cases still waiting with a due time, and the demo shows one past it.
    const waiting = farsta.filter((c) => c.firstAnsweredAt === null && c.firstAnswerDueAt);
    expect(waiting.length).toBeGreaterThanOrEqual(2);
    const now = stockholmInstant(today, '12:00');
    expect(waiting.some((c) => (c.firstAnswerDueAt as Date) < now)).toBe(true);
  });

  it('accepts every case’s answers with its type’s validator and the clinic’s options on the day it was sent', () => {
    for (const row of data.cases) {
      const version = data.caseTypeVersions.find((v) => v.id === row.caseTypeVersionId)!;
      const activation = data.clinicCaseTypes.find(
        (a) => a.clinicId === row.clinicId && a.caseTypeId === version.caseTypeId,
      )!;
      expect(row.clinicOptions, row.reference).toEqual(activation.options);
      const validator = buildAnswerValidator(
        version.definition as FormDefinition,
        row.clinicOptions as never,
      );
      const result = validator.validate(row.answers, { today: stockholmDate(row.submittedAt) });
      expect(result, row.reference).toEqual({ ok: true, value: row.answers });
    }
  });

  it('gives Karin Holm an unread renewed prescription and a counter-question, nothing else', () => {
    const karins = data.cases.filter((c) => c.subjectPersonId === KARIN);
    expect(karins.map((c) => c.status).sort()).toEqual(['ANSWERED', 'WAITING_FOR_CITIZEN']);
    const answered = karins.find((c) => c.status === 'ANSWERED')!;
    const answer = messagesOf(answered.id).find((m) => m.kind === 'ANSWER')!;
    expect(answer.readAt).toBeNull();
    expect(answer.body.outcomes).toEqual([
      { kind: 'PRESCRIPTION_RENEWED', appointmentAt: null, place: null, phone: null },
    ]);
    const waiting = karins.find((c) => c.status === 'WAITING_FOR_CITIZEN')!;
    expect(messagesOf(waiting.id).at(-1)?.kind).toBe('COUNTER_QUESTION');
    expect(karins.every((c) => c.clinicId === FARSTA)).toBe(true);
    // Her first login stays a first login.
    expect(accountByPerson.has(KARIN)).toBe(false);
  });

  it('has the other cases sent by adult citizens who have logged in', () => {
    for (const row of data.cases.filter((c) => c.subjectPersonId !== KARIN)) {
      expect(row.senderPersonId).toBe(row.subjectPersonId);
      const person = personById.get(row.senderPersonId)!;
      expect(ageOn(iso(person.birthDate), today)).toBeGreaterThanOrEqual(18);
      expect(person.deceasedOn).toBeNull();
      expect(accountByPerson.has(row.senderPersonId), row.reference).toBe(true);
    }
  });

  it('has a case assigned to Sofia Berglund in which Per Hedlund, assigned before, wrote', () => {
    const handedOver = farsta.filter(
      (c) =>
        c.assignedStaffId === staffId('nurse') &&
        messagesOf(c.id).some((m) => m.authorStaffId === staffId('doctor')) &&
        data.caseAssignments.some(
          (a) => a.caseId === c.id && a.staffMemberId === staffId('doctor') && a.endedAt !== null,
        ),
    );
    expect(handedOver.length).toBeGreaterThanOrEqual(1);
  });

  it('keeps events, status, assignments, revision and lastEventAt consistent', () => {
    for (const row of data.cases) {
      const events = eventsOf(row.id);
      expect(events[0]?.kind).toBe('SUBMITTED');
      let status: string | null = null;
      for (const event of events) {
        if (event.toStatus === null) continue;
        const move = `${event.fromStatus ?? ''} -> ${event.toStatus}`.trim();
        // Reassigning keeps an answered or waiting case where it is.
        const stays = event.kind === 'REASSIGNED' && event.fromStatus === event.toStatus;
        expect(stays || ALLOWED_MOVES.has(move), `${row.reference} ${move}`).toBe(true);
        expect(event.fromStatus).toBe(status);
        status = event.toStatus;
      }
      expect(status, row.reference).toBe(row.status);
      const times = events.map((e) => e.occurredAt.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(row.lastEventAt.getTime()).toBe(Math.max(...times));
      expect(events.at(-1)?.kind).not.toBe('NOTE_ADDED');
      expect(row.revision).toBeGreaterThanOrEqual(1);
      // One more per assignment, message and close; an answer that closes is one change.
      const messageTimes = new Set(
        events.filter((e) => e.kind === 'MESSAGE_ADDED').map((e) => e.occurredAt.getTime()),
      );
      const changes = events.filter(
        (e) =>
          e.kind === 'ASSIGNED' ||
          e.kind === 'REASSIGNED' ||
          e.kind === 'MESSAGE_ADDED' ||
          (e.kind === 'CLOSED' && !messageTimes.has(e.occurredAt.getTime())),
      );
      expect(row.revision, row.reference).toBe(1 + changes.length);
      expect(row.closedAt === null).toBe(row.status !== 'CLOSED');
      const open = data.caseAssignments.filter((a) => a.caseId === row.id && a.endedAt === null);
      expect(open.map((a) => a.staffMemberId)).toEqual(
        row.assignedStaffId ? [row.assignedStaffId] : [],
      );
      const assigning = events.filter((e) => e.kind === 'ASSIGNED' || e.kind === 'REASSIGNED');
      expect(assigning.length).toBe(data.caseAssignments.filter((a) => a.caseId === row.id).length);
      if (row.status === 'NEW') expect(row.assignedStaffId).toBeNull();
    }
  });

  it('starts every case with its receipt and writes messages to the case subject', () => {
    const references = data.cases.map((c) => c.reference);
    expect(new Set(references).size).toBe(references.length);
    for (const row of data.cases) {
      expect(row.reference).toMatch(/^E-\d{4}-[0-9A-F]{8}$/);
      expect(row.reference.slice(2, 6)).toBe(String(row.submittedAt.getUTCFullYear()));
      const messages = messagesOf(row.id);
      expect(messages[0]).toMatchObject({
        kind: 'CASE_SUBMITTED',
        authorKind: 'SYSTEM',
        body: { key: 'caseSubmitted', reference: row.reference },
        createdAt: row.submittedAt,
        readAt: row.submittedAt,
      });
      for (const message of messages) {
        expect(message.recipientPersonId).toBe(row.subjectPersonId);
        if (message.authorKind === 'STAFF') expect(message.authorStaffId).not.toBeNull();
        if (message.authorKind === 'CITIZEN')
          expect(message.authorPersonId).toBe(row.subjectPersonId);
        if (message.kind === 'CASE_SUBMITTED') continue;
        expect(typeof message.body.text).toBe('string');
        for (const outcome of message.body.outcomes as Record<string, unknown>[]) {
          expect(Object.keys(outcome).sort()).toEqual(['appointmentAt', 'kind', 'phone', 'place']);
          if (outcome.kind === 'APPOINTMENT_BOOKED') {
            const day = new Date(outcome.appointmentAt as string).getUTCDay();
            expect(day === 0 || day === 6).toBe(false);
            expect(outcome.place).toEqual(expect.any(String));
          }
          if (outcome.kind === 'PLEASE_CALL_US') expect(outcome.phone).toMatch(/^08-465 004 \d\d$/);
        }
        if (message.readAt) expect(message.readAt >= message.createdAt).toBe(true);
      }
    }
    const unread = data.caseMessages.filter((m) => m.authorKind === 'STAFF' && m.readAt === null);
    expect(unread.length).toBeGreaterThanOrEqual(2);
  });

  it('dates nothing after the start of the seed day, and citizens act while logged in', () => {
    const startOfToday = stockholmInstant(today, '00:00');
    const instants = [
      ...data.cases.flatMap((c) => [c.submittedAt, c.lastEventAt, c.closedAt, c.archivedAt]),
      ...data.caseMessages.flatMap((m) => [m.createdAt, m.readAt]),
      ...data.caseEvents.map((e) => e.occurredAt),
      ...data.accessLogEntries.map((e) => e.occurredAt),
      ...data.internalNotes.map((n) => n.createdAt),
    ];
    for (const instant of instants) {
      if (instant) expect(instant.getTime()).toBeLessThan(startOfToday.getTime());
    }
    for (const row of data.cases) {
      const account = accountByPerson.get(row.senderPersonId);
      if (!account) continue;
      const acts = [
        row.submittedAt,
        row.archivedAt,
        ...messagesOf(row.id)
          .filter((m) => m.kind !== 'CASE_SUBMITTED')
          .map((m) => (m.authorKind === 'CITIZEN' ? m.createdAt : m.readAt)),
      ];
      const done = acts.filter((act) => act !== null);
      for (const act of done) expect(act >= account.firstLoginAt!, row.reference).toBe(true);
      // The last login is at most a session (60 minutes) before the latest thing they did.
      const latest = Math.max(...done.map((act) => act.getTime()));
      expect(account.lastLoginAt!.getTime(), row.reference).toBeGreaterThanOrEqual(
        latest - 60 * 60_000,
      );
    }
  });

  it('attaches one valid PNG photo to a case, not to a draft', () => {
    expect(data.attachments).toHaveLength(1);
    const [photo] = data.attachments;
    expect(photo).toMatchObject({ mediaType: 'image/png', draftId: null });
    expect(photo!.caseId).toBe(caseId('assigned-rash'));
    expect(photo!.content.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(photo!.sizeBytes).toBe(photo!.content.length);
    expect(photo!.sha256).toBe(createHash('sha256').update(photo!.content).digest('hex'));
    const activation = data.clinicCaseTypes.find(
      (a) => a.clinicId === FARSTA && a.caseTypeId === caseTypeId('ASK_NURSE'),
    );
    expect(activation?.attachmentsAllowed).toBe(true);
  });

  it('has a couple of internal notes, each with its event', () => {
    expect(data.internalNotes.length).toBeGreaterThanOrEqual(2);
    for (const note of data.internalNotes) {
      expect(
        data.caseEvents.some(
          (e) =>
            e.caseId === note.caseId && e.kind === 'NOTE_ADDED' && e.details?.noteId === note.id,
        ),
      ).toBe(true);
    }
  });

  it('logs each staff action on a case with role, clinic, case and patient', () => {
    const logged = (staff: string, action: string, id: string, at: Date) =>
      data.accessLogEntries.some(
        (e) =>
          e.staffMemberId === staff &&
          e.action === action &&
          e.caseId === id &&
          e.occurredAt.getTime() === at.getTime(),
      );
    const actions: Record<string, string> = {
      ASSIGNED: 'ASSIGN_CASE',
      REASSIGNED: 'ASSIGN_CASE',
      NOTE_ADDED: 'ADD_NOTE',
      CLOSED: 'CLOSE_CASE',
    };
    for (const event of data.caseEvents.filter((e) => e.actorKind === 'STAFF')) {
      const message = data.caseMessages.find((m) => m.id === event.details?.messageId);
      const action =
        event.kind === 'MESSAGE_ADDED'
          ? ({ ANSWER: 'ANSWER_CASE', PARTIAL_ANSWER: 'PARTIAL_ANSWER_CASE' }[
              message!.kind as string
            ] ?? 'ASK_COUNTER_QUESTION')
          : actions[event.kind];
      if (!action) continue;
      expect(logged(event.actorStaffId!, action, event.caseId, event.occurredAt), event.kind).toBe(
        true,
      );
    }
    const caseById = new Map(data.cases.map((c) => [c.id, c]));
    const staffById = new Map(data.staffMembers.map((s) => [s.id, s]));
    for (const entry of data.accessLogEntries) {
      const row = caseById.get(entry.caseId)!;
      expect(entry.clinicId).toBe(row.clinicId);
      expect(entry.patientPersonId).toBe(row.subjectPersonId);
      expect(entry.staffHsaId).toBe(staffById.get(entry.staffMemberId)!.hsaId);
      const assignment = data.staffAssignments.find(
        (a) => a.staffMemberId === entry.staffMemberId && a.clinicId === entry.clinicId,
      );
      expect(assignment?.roles).toContain(entry.role);
      expect(entry.staffMemberId).not.toBe(staffId('auditor'));
    }
    const actionsSeen = new Set(data.accessLogEntries.map((e) => e.action));
    for (const action of ['READ_CASE', 'ASSIGN_CASE', 'ANSWER_CASE', 'ASK_COUNTER_QUESTION'])
      expect(actionsSeen).toContain(action);
    // The formerly assigned doctor opened the case he handed over, as a caregiver.
    expect(
      data.accessLogEntries.some(
        (e) =>
          e.caseId === caseId('assigned-blood-pressure') &&
          e.staffMemberId === staffId('doctor') &&
          e.role === 'CAREGIVER' &&
          e.occurredAt >
            data.caseAssignments.find(
              (a) => a.caseId === e.caseId && a.staffMemberId === staffId('nurse'),
            )!.assignedAt,
      ),
    ).toBe(true);
  });

  it('offers standard answers at Farsta and at two other clinics', () => {
    const at = (key: string) => data.standardAnswers.filter((a) => a.clinicId === clinicId(key));
    expect(at('farsta-vc').map((a) => a.titleSv)).toEqual(
      expect.arrayContaining(['Receptet förnyat', 'Ring oss', 'Boka tid']),
    );
    expect(at('farsta-vc').find((a) => a.titleSv === 'Receptet förnyat')?.caseTypeId).toBe(
      caseTypeId('RENEW_PRESCRIPTION'),
    );
    expect(at('solna-vc').length).toBeGreaterThan(0);
    expect(at('nacka-vc').length).toBeGreaterThan(0);
    for (const answer of data.standardAnswers) expect(answer.textSv).not.toContain('{');
  });
});

describe('the demo personas', () => {
  it('still include the citizen persona the cases are written for', () => {
    expect(PERSONAS.some((p) => p.actor === 'citizen' && p.personId === KARIN)).toBe(true);
  });
});

describe('DEMO_CASES', () => {
  it('names the seeded cases by id, reference and status', () => {
    const data = buildSeedData(d('2026-11-25'));
    expect(DEMO_CASES).toHaveLength(data.cases.length);
    for (const demo of DEMO_CASES) {
      const row = data.cases.find((c) => c.id === demo.caseId);
      expect(row?.reference.endsWith(`-${demo.referenceSuffix}`), demo.key).toBe(true);
      expect(row?.status).toBe(demo.status);
      expect(row?.subjectPersonId).toBe(demo.subjectPersonId);
    }
  });
});
