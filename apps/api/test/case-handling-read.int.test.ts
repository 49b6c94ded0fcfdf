// Reading a case as staff (who may, what they see, what is logged), the clinic's caregivers
// and its standard answers.
import { randomUUID } from 'node:crypto';
import { NATIONAL_CASE_TYPES } from '@etj/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ANSWERS,
  as,
  ASSIGN,
  CAREGIVERS,
  CASE,
  clinic,
  code,
  h,
  logRows,
  newCase,
  NOTE,
  nurse,
  otherClinic,
  patient,
  prescription,
  RESPOND,
  revisionOf,
  staff,
  setUpWorld,
  tearDownWorld,
} from './case-handling.world.ts';

beforeAll(setUpWorld);
afterAll(tearDownWorld);

describe('reading a case', () => {
  let caseId: string;

  beforeAll(async () => {
    caseId = (
      await newCase({
        assignedStaffId: staff.caregiver!.id,
        answers: { medicines: [{ name: 'Levaxin', strength: '50 mikrogram' }] },
        staffMessages: [{ staffId: staff.former!.id, text: 'Vi tittar på det.' }],
      })
    ).id;
    await h.prisma.caseMessage.create({
      data: {
        id: randomUUID(),
        caseId,
        recipientPersonId: patient.id,
        authorKind: 'SYSTEM',
        kind: 'CASE_SUBMITTED',
        body: { key: 'caseSubmitted', reference: 'E-2026-X' },
        createdAt: new Date('2025-12-31T00:00:00Z'),
      },
    });
    await h.prisma.caseMessage.create({
      data: {
        id: randomUUID(),
        caseId,
        recipientPersonId: patient.id,
        authorKind: 'CITIZEN',
        authorPersonId: patient.id,
        kind: 'CITIZEN_REPLY',
        body: { text: 'Tack!', outcomes: [] },
        createdAt: new Date('2026-01-02T00:00:00Z'),
      },
    });
    await h.prisma.attachment.create({
      data: {
        id: randomUUID(),
        caseId,
        fileName: 'recept.pdf',
        mediaType: 'application/pdf',
        sizeBytes: 4,
        sha256: 'x',
        content: Buffer.from('%PDF'),
        createdAt: new Date('2026-01-01T00:00:00Z'),
      },
    });
  });

  it('gives the receiver the form, the messages oldest first with their authors, and the rights', async () => {
    const r = await as.receiver!.graphql<{ staffCase: Record<string, unknown> }>(CASE, {
      id: caseId,
    });
    expect(r.errors).toBeUndefined();
    const c = r.data!.staffCase;
    expect(c).toMatchObject({
      clinicName: 'Farsta vårdcentral',
      canAssign: true,
      canRespond: true,
      assignee: { name: 'Cora Berg' },
      attachments: [{ fileName: 'recept.pdf', mediaType: 'application/pdf', sizeBytes: 4 }],
    });
    expect(c.form).toMatchObject({
      answers: { medicines: [{ name: 'Levaxin', strength: '50 mikrogram' }] },
      definition: NATIONAL_CASE_TYPES.RENEW_PRESCRIPTION.definition,
    });
    expect(
      (
        c.messages as {
          kind: string;
          authorKind: string;
          authorName: { sv: string; en: string | null } | null;
          text: string | null;
        }[]
      ).map((m) => [m.kind, m.authorKind, m.authorName, m.text]),
    ).toEqual([
      ['CASE_SUBMITTED', 'SYSTEM', null, null],
      [
        'PARTIAL_ANSWER',
        'STAFF',
        { sv: 'Carl Ek, Sjuksköterska', en: 'Carl Ek, Nurse' },
        'Vi tittar på det.',
      ],
      ['CITIZEN_REPLY', 'CITIZEN', { sv: 'Anna Andersson', en: 'Anna Andersson' }, 'Tack!'],
    ]);
    expect(await logRows(caseId)).toEqual([
      {
        action: 'READ_CASE',
        role: 'CASE_RECEIVER',
        staffMemberId: staff.receiver!.id,
        patientPersonId: patient.id,
        clinicId: clinic.id,
      },
    ]);
  });

  it('lets the assigned caregiver read and respond, not assign', async () => {
    const r = await as.caregiver!.graphql<{
      staffCase: { canAssign: boolean; canRespond: boolean };
    }>(CASE, { id: caseId });
    expect(r.data?.staffCase).toMatchObject({ canAssign: false, canRespond: true });
    expect((await logRows(caseId)).at(-1)).toMatchObject({
      action: 'READ_CASE',
      role: 'CAREGIVER',
    });
  });

  it('lets a formerly assigned caregiver who wrote in the case read it, but not respond', async () => {
    const r = await as.former!.graphql<{ staffCase: { canAssign: boolean; canRespond: boolean } }>(
      CASE,
      { id: caseId },
    );
    expect(r.data?.staffCase).toMatchObject({ canAssign: false, canRespond: false });
    const revision = await revisionOf(caseId);
    const before = (await logRows(caseId)).length;
    const refused = await as.former!.graphql(RESPOND, {
      input: { caseId, kind: 'ANSWER', text: 'Klart.', expectedRevision: revision },
    });
    expect(code(refused)).toBe('FORBIDDEN');
    expect(code(await as.former!.graphql(ANSWERS, { id: caseId }))).toBe('FORBIDDEN');
    expect(await revisionOf(caseId)).toBe(revision);
    expect(await logRows(caseId)).toHaveLength(before);
  });

  it('answers NOT_FOUND to everyone else, and to a case that does not exist, logging nothing', async () => {
    const before = (await logRows(caseId)).length;
    for (const who of ['bystander', 'otherReceiver', 'admin', 'auditor']) {
      expect(code(await as[who]!.graphql(CASE, { id: caseId })), who).toBe('NOT_FOUND');
      expect(code(await as[who]!.graphql(ANSWERS, { id: caseId })), who).toBe('NOT_FOUND');
      expect(code(await as[who]!.graphql(NOTE, { input: { caseId, text: 'Hej' } })), who).toBe(
        'NOT_FOUND',
      );
      expect(
        code(
          await as[who]!.graphql(ASSIGN, {
            input: { caseId, staffMemberId: staff.caregiver!.id, expectedRevision: 1 },
          }),
        ),
        who,
      ).toBe('NOT_FOUND');
    }
    expect(code(await as.receiver!.graphql(CASE, { id: randomUUID() }))).toBe('NOT_FOUND');
    expect(await logRows(caseId)).toHaveLength(before);
  });
});

describe('caregivers and standard answers', () => {
  it('lists the clinic’s caregivers today, by name, for receivers only', async () => {
    const r = await as.receiver!.graphql<{ clinicCaregivers: { name: string }[] }>(CAREGIVERS);
    expect(r.data?.clinicCaregivers.map((c) => c.name)).toEqual(['Bo Alm', 'Cora Berg', 'Carl Ek']);
    expect(code(await as.caregiver!.graphql(CAREGIVERS))).toBe('FORBIDDEN');
    const elsewhere = await as.otherReceiver!.graphql<{ clinicCaregivers: { id: string }[] }>(
      CAREGIVERS,
    );
    expect(elsewhere.data?.clinicCaregivers.map((c) => c.id).sort()).toEqual(
      [staff.expired!.id, staff.otherCaregiver!.id].sort(),
    );
  });

  it('gives the clinic’s answers for the case’s type and for every type to whoever may answer', async () => {
    const at = new Date('2026-01-01T00:00:00Z');
    const answer = (clinicId: string, caseTypeId: string | null, titleSv: string) =>
      h.prisma.standardAnswer.create({
        data: {
          id: randomUUID(),
          clinicId,
          caseTypeId,
          titleSv,
          textSv: `${titleSv}.`,
          createdAt: at,
        },
      });
    await answer(clinic.id, prescription.id, 'Recept förnyat');
    await answer(clinic.id, null, 'Allmänt svar');
    await answer(clinic.id, nurse.id, 'Sjuksköterskan ringer');
    await answer(otherClinic.id, null, 'Annan mottagning');
    const c = await newCase({ assignedStaffId: staff.caregiver!.id });
    const r = await as.caregiver!.graphql<{
      standardAnswers: { title: string; text: string; caseTypeId: string | null }[];
    }>(ANSWERS, { id: c.id });
    expect(r.data?.standardAnswers.map((a) => [a.title, a.text, a.caseTypeId])).toEqual([
      ['Allmänt svar', 'Allmänt svar.', null],
      ['Recept förnyat', 'Recept förnyat.', prescription.id],
    ]);
    expect(code(await as.bystander!.graphql(ANSWERS, { id: c.id }))).toBe('NOT_FOUND');
  });
});
