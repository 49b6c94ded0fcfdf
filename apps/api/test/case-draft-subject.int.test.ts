// A form is about one person: a save that names another subject than the one the session acts
// for now (a guardian switched child in another tab) is refused, and nothing is kept for anyone.
import { describe, expect, it } from 'vitest';
import {
  ACT,
  ADD,
  clinic,
  custody,
  family,
  h,
  medicines,
  person,
  prescription,
  SAVE,
  useProxyHarness,
} from './support/proxy.ts';

useProxyHarness();

type Saved = { saveCaseDraft: { id: string } };

/** A guardian (logged in) with two children on the list, acting for the second. */
async function twoChildren() {
  const { guardian, child: first, browser } = await family();
  const second = await person('2016-06-06', 'Ebba', 'Förälder');
  await custody(guardian, second, { custody: 'SOLE' });
  const added = await browser.graphql(ADD, { input: { personnummer: second.identityNumber } });
  expect(added.errors).toBeUndefined();
  const acting = await browser.graphql(ACT, { personId: second.id });
  expect(acting.errors).toBeUndefined();
  return { guardian, first, second, browser };
}

describe('the subject a draft is saved for', () => {
  it('refuses a new draft opened for one child while the session acts for another', async () => {
    const { guardian, first, browser } = await twoChildren();
    const saved = await browser.graphql<Saved>(SAVE, {
      input: {
        clinicId: clinic.id,
        caseTypeId: prescription.id,
        subjectPersonId: first.id,
        answers: medicines,
      },
    });
    expect(saved.data?.saveCaseDraft ?? null).toBeNull();
    expect(saved.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'SUBJECT_CHANGED',
    });
    expect(await h.prisma.caseDraft.count({ where: { senderPersonId: guardian.id } })).toBe(0);
  });

  it('refuses an update of a draft when the form names another subject', async () => {
    const { guardian, first, second, browser } = await twoChildren();
    const created = await browser.graphql<Saved>(SAVE, {
      input: {
        clinicId: clinic.id,
        caseTypeId: prescription.id,
        subjectPersonId: second.id,
        answers: medicines,
      },
    });
    expect(created.errors).toBeUndefined();
    const draftId = created.data!.saveCaseDraft.id;
    const updated = await browser.graphql<Saved>(SAVE, {
      input: {
        draftId,
        clinicId: clinic.id,
        caseTypeId: prescription.id,
        subjectPersonId: first.id,
        answers: { medicines: [{ name: 'Alvedon', strength: '500 mg' }] },
      },
    });
    expect(updated.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'SUBJECT_CHANGED',
    });
    const drafts = await h.prisma.caseDraft.findMany({ where: { senderPersonId: guardian.id } });
    expect(drafts.map((d) => [d.id, d.subjectPersonId, d.answers])).toEqual([
      [draftId, second.id, medicines],
    ]);
  });

  it('keeps a new draft for the child the session acts for when the form names that child', async () => {
    const { guardian, second, browser } = await twoChildren();
    const saved = await browser.graphql<Saved>(SAVE, {
      input: {
        clinicId: clinic.id,
        caseTypeId: prescription.id,
        subjectPersonId: second.id,
        answers: medicines,
      },
    });
    expect(saved.errors).toBeUndefined();
    const drafts = await h.prisma.caseDraft.findMany({ where: { senderPersonId: guardian.id } });
    expect(drafts.map((d) => [d.id, d.subjectPersonId])).toEqual([
      [saved.data!.saveCaseDraft.id, second.id],
    ]);
  });

  it('keeps a citizen’s own draft when the form names the citizen', async () => {
    const { guardian, browser } = await family();
    const saved = await browser.graphql<Saved>(SAVE, {
      input: {
        clinicId: clinic.id,
        caseTypeId: prescription.id,
        subjectPersonId: guardian.id,
        answers: medicines,
      },
    });
    expect(saved.errors).toBeUndefined();
    const kept = await h.prisma.caseDraft.findUnique({
      where: { id: saved.data!.saveCaseDraft.id },
    });
    expect(kept?.subjectPersonId).toBe(guardian.id);
  });
});
