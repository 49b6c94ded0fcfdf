// Proxy mode (DOMAIN.md section 6): a guardian acts for a child on their list, sends cases and
// answers counter-questions for the child, and only in proxy mode.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  ACT,
  ADD,
  caregiver,
  citizen,
  CITIZEN_CASE,
  clinic,
  code,
  custody,
  draftAndSend,
  DRAFTS,
  family,
  FORM,
  h,
  INBOX,
  locked,
  ME,
  medicines,
  person,
  prescription,
  REPLY,
  SAVE,
  STAFF_CASE,
  STOP,
  SUBMIT,
  useProxyHarness,
} from './support/proxy.ts';

useProxyHarness();

describe('proxy mode', () => {
  it('offers proxy only to citizens of 13 or over', async () => {
    const { browser, child } = await family();
    const asGuardian = await browser.graphql<{ citizenMe: { mayActAsGuardian: boolean } }>(
      '{ citizenMe { mayActAsGuardian } }',
    );
    expect(asGuardian.data?.citizenMe.mayActAsGuardian).toBe(true);
    const childBrowser = await citizen(child);
    const asChild = await childBrowser.graphql<{ citizenMe: { mayActAsGuardian: boolean } }>(
      '{ citizenMe { mayActAsGuardian } }',
    );
    expect(asChild.data?.citizenMe.mayActAsGuardian).toBe(false);
  });

  it('acts only for a child on the list', async () => {
    const { browser } = await family();
    const other = await person('2019-09-09', 'Annan', 'Unge');
    expect(code(await browser.graphql(ACT, { personId: other.id }))).toBe('NOT_FOUND');
    expect((await browser.graphql(ME)).data).toMatchObject({ citizenMe: { actingFor: null } });
  });

  it('sends a case for the child: the guardian acted, for the child; both sides see who sent it', async () => {
    const sara = await person('1985-09-23', 'Sara', 'Ekström');
    const noah = await person('2022-06-01', 'Noah', 'Ekström', { male: true });
    await custody(sara, noah);
    const browser = await citizen(sara);
    await browser.graphql(ADD, { input: { personnummer: noah.identityNumber } });
    const ownDraft = await browser.graphql<{ saveCaseDraft: { id: string } }>(SAVE, {
      input: { clinicId: clinic.id, caseTypeId: prescription.id, answers: medicines },
    });

    const acting = await browser.graphql(ACT, { personId: noah.id });
    expect(acting.data?.actForChild).toEqual({
      id: sara.id,
      actingFor: { personId: noah.id, givenName: 'Noah' },
    });
    // The guardian's own drafts are not the child's.
    expect((await browser.graphql(DRAFTS)).data).toEqual({ myCaseDrafts: [] });
    const caseId = await draftAndSend(browser);

    const stored = await h.prisma.case.findUniqueOrThrow({
      where: { id: caseId },
      select: {
        senderPersonId: true,
        subjectPersonId: true,
        events: { select: { kind: true, actorPersonId: true, details: true } },
      },
    });
    expect(stored).toEqual({
      senderPersonId: sara.id,
      subjectPersonId: noah.id,
      events: [
        { kind: 'SUBMITTED', actorPersonId: sara.id, details: { onBehalfOfPersonId: noah.id } },
      ],
    });
    const read = await browser.graphql<{ citizenCase: { sentBy: string | null } }>(CITIZEN_CASE, {
      id: caseId,
    });
    expect(read.data?.citizenCase.sentBy).toBe('Sara Ekström');
    const inbox = await browser.graphql<{ inbox: { items: { caseId: string }[] } }>(INBOX);
    expect(inbox.data?.inbox.items.map((i) => i.caseId)).toEqual([caseId]);

    const staffView = await caregiver.graphql<{
      staffCase: { sentBy: string | null; patientName: string };
    }>(STAFF_CASE, { id: caseId });
    expect(staffView.errors).toBeUndefined();
    expect(staffView.data?.staffCase).toMatchObject({
      patientName: 'Noah Ekström',
      sentBy: `Sara Ekström, ${sara.identityNumber.slice(0, 8)}-${sara.identityNumber.slice(8)}`,
    });

    // Back to herself: the child's case is not hers, and her own draft is back.
    expect((await browser.graphql(STOP)).data).toEqual({
      stopActingForChild: { id: sara.id, actingFor: null },
    });
    expect(code(await browser.graphql(CITIZEN_CASE, { id: caseId }))).toBe('NOT_FOUND');
    expect((await browser.graphql(INBOX)).data).toMatchObject({ inbox: { items: [] } });
    expect((await browser.graphql(DRAFTS)).data).toEqual({
      myCaseDrafts: [{ id: ownDraft.data!.saveCaseDraft.id }],
    });
  });

  it('answers a counter-question for the child: the reply names the guardian for staff', async () => {
    const { guardian, child, browser } = await family();
    await browser.graphql(ACT, { personId: child.id });
    const caseId = await draftAndSend(browser);
    const staffId = (await h.prisma.staffMember.findFirstOrThrow({ select: { id: true } })).id;
    await h.prisma.case.update({
      where: { id: caseId },
      data: {
        status: 'WAITING_FOR_CITIZEN',
        messages: {
          create: {
            id: randomUUID(),
            recipientPersonId: child.id,
            authorKind: 'STAFF',
            authorStaffId: staffId,
            kind: 'COUNTER_QUESTION',
            body: { text: 'Hur mår Liv?', outcomes: [] },
            createdAt: new Date('2026-11-25T09:01:00Z'),
          },
        },
      },
    });
    const replied = await browser.graphql(REPLY, {
      input: { caseId, text: 'Bättre, tack.', idempotencyKey: randomUUID() },
    });
    expect(replied.errors).toBeUndefined();
    const reply = await h.prisma.caseMessage.findFirstOrThrow({
      where: { caseId, kind: 'CITIZEN_REPLY' },
      select: { authorPersonId: true, onBehalfOfPersonId: true, recipientPersonId: true },
    });
    expect(reply).toEqual({
      authorPersonId: guardian.id,
      onBehalfOfPersonId: child.id,
      recipientPersonId: child.id,
    });
    const event = await h.prisma.caseEvent.findFirstOrThrow({
      where: { caseId, kind: 'MESSAGE_ADDED' },
      select: { actorPersonId: true, details: true },
    });
    expect(event.actorPersonId).toBe(guardian.id);
    expect(event.details).toMatchObject({ onBehalfOfPersonId: child.id });
    const staffView = await caregiver.graphql<{
      staffCase: { messages: { kind: string; authorName: { sv: string; en: string } | null }[] };
    }>(STAFF_CASE, { id: caseId });
    expect(staffView.data?.staffCase.messages.find((m) => m.kind === 'CITIZEN_REPLY')).toEqual(
      expect.objectContaining({
        authorName: { sv: 'Vera Förälder (vårdnadshavare)', en: 'Vera Förälder (guardian)' },
      }),
    );
  });

  it('refuses a case type the clinic has not adapted for proxy, only in proxy mode', async () => {
    const { child, browser } = await family();
    const vars = { clinicId: clinic.id, caseTypeId: locked.id };
    expect((await browser.graphql(FORM, vars)).errors).toBeUndefined();
    const ownDraft = await browser.graphql<{ saveCaseDraft: { id: string } }>(SAVE, {
      input: { ...vars, answers: medicines },
    });
    expect(ownDraft.errors).toBeUndefined();

    await browser.graphql(ACT, { personId: child.id });
    const form = await browser.graphql(FORM, vars);
    expect(form.errors?.[0]?.extensions).toEqual({
      code: 'CONFLICT',
      reason: 'NOT_AVAILABLE_FOR_PROXY',
    });
    const saved = await browser.graphql(SAVE, { input: { ...vars, answers: medicines } });
    expect(saved.errors?.[0]?.extensions?.reason).toBe('NOT_AVAILABLE_FOR_PROXY');

    // A draft for the child of a type that loses its proxy adaptation cannot be sent.
    const open = await browser.graphql<{ saveCaseDraft: { id: string } }>(SAVE, {
      input: { clinicId: clinic.id, caseTypeId: prescription.id, answers: medicines },
    });
    await h.prisma.clinicCaseType.updateMany({
      where: { caseTypeId: prescription.id },
      data: { availableForProxy: false },
    });
    try {
      const sent = await browser.graphql(SUBMIT, {
        input: { draftId: open.data!.saveCaseDraft.id, idempotencyKey: randomUUID() },
      });
      expect(sent.errors?.[0]?.extensions?.reason).toBe('NOT_AVAILABLE_FOR_PROXY');
      expect(await h.prisma.case.count({ where: { subjectPersonId: child.id } })).toBe(0);
    } finally {
      await h.prisma.clinicCaseType.updateMany({
        where: { caseTypeId: prescription.id },
        data: { availableForProxy: true },
      });
    }
  });

  it('a guardian outside proxy mode cannot read or act on the child’s case', async () => {
    const { child, browser } = await family();
    await browser.graphql(ACT, { personId: child.id });
    const caseId = await draftAndSend(browser);
    await browser.graphql(STOP);
    expect(code(await browser.graphql(CITIZEN_CASE, { id: caseId }))).toBe('NOT_FOUND');
    const archive = await browser.graphql(
      'mutation($input: SetCaseArchivedInput!) { setCaseArchived(input: $input) { id } }',
      { input: { caseId, archived: true } },
    );
    expect(code(archive)).toBe('NOT_FOUND');
    const download = await browser.request(`/api/citizen/attachments/${randomUUID()}`);
    expect(download.status).toBe(404);
  });
});
