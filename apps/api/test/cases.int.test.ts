import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NATIONAL_CASE_TYPES } from '@etj/domain';
import { Browser, startHarness, type Harness } from './harness.ts';
import { createActivatedCaseType, createClinic, createPerson, createRegion } from './factories.ts';
import { CaseRepository } from '../src/cases/case.repository.ts';
import { CaseService } from '../src/cases/case.service.ts';
import type { CitizenActor } from '../src/identity/actor.ts';

const SAVE = 'mutation($input: SaveCaseDraftInput!) { saveCaseDraft(input: $input) { id } }';
const SUBMIT = `mutation($input: SubmitCaseInput!) { submitCase(input: $input) {
  caseId reference submittedAt clinicName caseTypeName { sv } expectedResponseDays } }`;
const DRAFT = 'query($id: ID!) { caseDraft(id: $id) { id } }';
const CITIZEN_CASE =
  'query($id: ID!) { citizenCase(id: $id) { form { definition clinicOptions answers } } }';

type Receipt = {
  caseId: string;
  reference: string;
  clinicName: string;
  expectedResponseDays: number;
};

let h: Harness;
let region: { id: string };
let anna: Browser;
let annaId: string;
let other: Browser;
let clinic: { id: string };
let prescription: { id: string };
let closed: { id: string };

const medicines = { medicines: [{ name: 'Levaxin', strength: '50 mikrogram' }] };

beforeAll(async () => {
  h = await startHarness();
  region = await createRegion(h.prisma);
  clinic = await createClinic(h.prisma, region.id, 'Farsta vårdcentral');
  const national = NATIONAL_CASE_TYPES.RENEW_PRESCRIPTION;
  prescription = await createActivatedCaseType(h.prisma, {
    regionId: region.id,
    clinicId: clinic.id,
    nameSv: 'Förnya recept',
    kind: 'RENEW_PRESCRIPTION',
    definition: national.definition,
    options: national.defaultClinicOptions,
  });
  closed = await createActivatedCaseType(h.prisma, {
    regionId: region.id,
    clinicId: clinic.id,
    nameSv: 'Förnya recept (stängd)',
    kind: 'RENEW_PRESCRIPTION',
    definition: national.definition,
    options: national.defaultClinicOptions,
    activation: { closedFrom: '2026-11-01', closedTo: '2026-12-31', noticeSv: 'Stängt' },
  });
  const person = await createPerson(h.prisma, { birthDate: '1980-04-04' });
  annaId = person.id;
  anna = new Browser(h.baseUrl, 'citizen');
  await anna.login(person.identityNumber);
  other = new Browser(h.baseUrl, 'citizen');
  await other.login((await createPerson(h.prisma, { birthDate: '1982-05-05' })).identityNumber);
});

afterAll(async () => {
  await h.close();
});

/**
 * Stops a request before its `pauseAt`-th repository call (counted over every repository that
 * shares the gate) until `resume`, so a test can let another request run in exactly that gap.
 */
class Gate {
  private calls = 0;
  private release: () => void = () => undefined;
  private readonly resumed = new Promise<void>((resolve) => {
    this.release = resolve;
  });
  private arrived: () => void = () => undefined;
  /** Settles when the request reached the paused call. */
  readonly paused = new Promise<void>((resolve) => {
    this.arrived = resolve;
  });

  constructor(private readonly pauseAt: number) {}

  async pass(): Promise<void> {
    const call = this.calls;
    this.calls += 1;
    if (call !== this.pauseAt) return;
    this.arrived();
    await this.resumed;
  }

  resume(): void {
    this.release();
  }
}

/** The repository with every method call passing `gate` first. */
function gated<T extends object>(repository: T, gate: Gate): T {
  return new Proxy(repository, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        await gate.pass();
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

async function draft(caseTypeId: string, answers: object = medicines): Promise<string> {
  const saved = await anna.graphql<{ saveCaseDraft: { id: string } }>(SAVE, {
    input: { clinicId: clinic.id, caseTypeId, answers },
  });
  expect(saved.errors).toBeUndefined();
  return saved.data!.saveCaseDraft.id;
}

describe('sending a case', () => {
  it('sends a reviewed draft: a receipt, a new case in the queue with the version and answers, and the draft is gone', async () => {
    const draftId = await draft(prescription.id);
    const sent = await anna.graphql<{ submitCase: Receipt }>(SUBMIT, {
      input: { draftId, idempotencyKey: randomUUID() },
    });
    expect(sent.errors).toBeUndefined();
    expect(sent.data?.submitCase).toMatchObject({
      clinicName: 'Farsta vårdcentral',
      caseTypeName: { sv: 'Förnya recept' },
    });
    expect(sent.data?.submitCase.reference).toMatch(/^E-2026-[0-9A-F]{8}$/);
    const stored = await h.prisma.case.findUniqueOrThrow({
      where: { id: sent.data!.submitCase.caseId },
      select: {
        status: true,
        answers: true,
        senderPersonId: true,
        subjectPersonId: true,
        caseTypeVersion: { select: { status: true } },
        events: { select: { kind: true } },
      },
    });
    expect(stored).toEqual({
      status: 'NEW',
      answers: medicines,
      senderPersonId: annaId,
      subjectPersonId: annaId,
      caseTypeVersion: { status: 'PUBLISHED' },
      events: [{ kind: 'SUBMITTED' }],
    });
    expect((await anna.graphql(DRAFT, { id: draftId })).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
  });

  it('returns the same case to a retry with the same key, and never makes a second one', async () => {
    const draftId = await draft(prescription.id);
    const input = { draftId, idempotencyKey: randomUUID() };
    const first = await anna.graphql<{ submitCase: Receipt }>(SUBMIT, { input });
    const again = await anna.graphql<{ submitCase: Receipt }>(SUBMIT, { input });
    expect(again.data?.submitCase).toEqual(first.data?.submitCase);
    expect(
      await h.prisma.case.count({
        where: { senderPersonId: annaId, idempotencyKey: input.idempotencyKey },
      }),
    ).toBe(1);
  });

  it('makes exactly one case when the same send arrives many times at once', async () => {
    const draftId = await draft(prescription.id);
    const input = { draftId, idempotencyKey: randomUUID() };
    const results = await Promise.all(
      Array.from({ length: 16 }, () => anna.graphql<{ submitCase: Receipt }>(SUBMIT, { input })),
    );
    for (const result of results) expect(result.errors).toBeUndefined();
    expect(new Set(results.map((r) => r.data?.submitCase.caseId)).size).toBe(1);
    expect(
      await h.prisma.case.count({
        where: { senderPersonId: annaId, idempotencyKey: input.idempotencyKey },
      }),
    ).toBe(1);
  });

  it('gives a duplicate the same receipt wherever the first send commits between its steps', async () => {
    const actor: CitizenActor = {
      kind: 'CITIZEN',
      personId: annaId,
      sessionId: randomUUID(),
      actingForPersonId: null,
    };
    const service = () => new CaseService(new CaseRepository(h.prisma), h.clock);
    let interleavings = 0;
    // Step k: the duplicate stops before its k-th repository call, the first send runs from
    // start to commit, then the duplicate goes on. Until the duplicate needs fewer calls.
    for (let step = 0; step < 20; step += 1) {
      const draftId = await draft(prescription.id);
      const input = { draftId, idempotencyKey: randomUUID() };
      const gate = new Gate(step);
      const duplicate = new CaseService(gated(new CaseRepository(h.prisma), gate), h.clock).submit(
        actor,
        input,
      );
      const outcome = duplicate.then(
        () => 'finished' as const,
        () => 'finished' as const,
      );
      if ((await Promise.race([gate.paused.then(() => 'paused' as const), outcome])) !== 'paused') {
        await duplicate;
        break;
      }
      interleavings += 1;
      const first = await service().submit(actor, input);
      gate.resume();
      await expect(duplicate).resolves.toEqual(first);
      expect(
        await h.prisma.case.count({
          where: { senderPersonId: annaId, idempotencyKey: input.idempotencyKey },
        }),
      ).toBe(1);
    }
    expect(interleavings).toBeGreaterThanOrEqual(2);
  });

  it('lets the database decide a true race: of two inserts with one key, one wins and the other learns it', async () => {
    const draftId = await draft(prescription.id);
    const version = await h.prisma.caseTypeVersion.findFirstOrThrow({
      where: { caseTypeId: prescription.id },
      select: { id: true },
    });
    const repository = new CaseRepository(h.prisma);
    const input = {
      senderPersonId: annaId,
      subjectPersonId: annaId,
      idempotencyKey: randomUUID(),
      clinicId: clinic.id,
      caseTypeVersionId: version.id,
      answers: medicines,
      clinicOptions: {},
      draftId,
      at: new Date('2026-11-25T09:00:00Z'),
      alerts: false,
    };
    const outcomes = await Promise.all([
      repository.submit(input),
      repository.submit(input),
      repository.submit(input),
    ]);
    expect(outcomes.filter((o) => o !== null)).toHaveLength(1);
    expect(
      await h.prisma.case.count({
        where: { senderPersonId: annaId, idempotencyKey: input.idempotencyKey },
      }),
    ).toBe(1);
  });

  it('draws a new reference when the one drawn is taken (eight digits repeat among millions)', async () => {
    const taken = await anna.graphql<{ submitCase: Receipt }>(SUBMIT, {
      input: { draftId: await draft(prescription.id), idempotencyKey: randomUUID() },
    });
    const takenId = taken.data!.submitCase.caseId;
    // Same first eight hex digits, so the same reference; otherwise a new id.
    const ids = [`${takenId.slice(0, 24)}${'0'.repeat(12)}`, randomUUID()];
    const version = await h.prisma.caseTypeVersion.findFirstOrThrow({
      where: { caseTypeId: prescription.id },
      select: { id: true },
    });
    const created = await new CaseRepository(h.prisma, () => ids.shift() ?? randomUUID()).submit({
      senderPersonId: annaId,
      subjectPersonId: annaId,
      idempotencyKey: randomUUID(),
      clinicId: clinic.id,
      caseTypeVersionId: version.id,
      answers: medicines,
      clinicOptions: {},
      draftId: await draft(prescription.id),
      at: h.clock.now(),
      alerts: false,
    });
    expect(ids).toHaveLength(0);
    expect(created?.reference).toMatch(/^E-2026-[0-9A-F]{8}$/);
    expect(created?.reference).not.toBe(taken.data!.submitCase.reference);
  });

  it('refuses answers that break the form, with field codes, and keeps the draft', async () => {
    const draftId = await draft(prescription.id, { medicines: [{ strength: '5 mg' }] });
    const sent = await anna.graphql(SUBMIT, { input: { draftId, idempotencyKey: randomUUID() } });
    expect(sent.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'answers.medicines.0.name', code: 'REQUIRED' }],
    });
    expect((await anna.graphql(DRAFT, { id: draftId })).errors).toBeUndefined();
  });

  it('refuses to send to a case type that is closed today', async () => {
    const draftId = await draft(closed.id);
    const sent = await anna.graphql(SUBMIT, { input: { draftId, idempotencyKey: randomUUID() } });
    expect(sent.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', reason: 'CASE_TYPE_CLOSED' });
  });

  it('sends only the sender’s own drafts', async () => {
    const draftId = await draft(prescription.id);
    const sent = await other.graphql(SUBMIT, { input: { draftId, idempotencyKey: randomUUID() } });
    expect(sent.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await anna.graphql(DRAFT, { id: draftId })).errors).toBeUndefined();
  });

  it('a case keeps the version it was sent with', async () => {
    const national = NATIONAL_CASE_TYPES.RENEW_PRESCRIPTION;
    const type = await createActivatedCaseType(h.prisma, {
      regionId: region.id,
      clinicId: clinic.id,
      nameSv: 'Förnya recept (versioner)',
      kind: 'RENEW_PRESCRIPTION',
      definition: national.definition,
      options: national.defaultClinicOptions,
    });
    const draftId = await draft(type.id);
    const sent = await anna.graphql<{ submitCase: Receipt }>(SUBMIT, {
      input: { draftId, idempotencyKey: randomUUID() },
    });
    expect(sent.errors).toBeUndefined();
    const caseId = sent.data!.submitCase.caseId;

    const first = await h.prisma.caseTypeVersion.findFirstOrThrow({
      where: { caseTypeId: type.id, version: 1 },
      select: { id: true },
    });
    const revised = { ...national.definition, title: { sv: 'Förnya recept, ny', en: 'New' } };
    await h.prisma.$transaction([
      h.prisma.caseTypeVersion.update({ where: { id: first.id }, data: { status: 'RETIRED' } }),
      h.prisma.caseTypeVersion.create({
        data: {
          id: randomUUID(),
          caseTypeId: type.id,
          version: 2,
          status: 'PUBLISHED',
          definition: revised,
          createdAt: h.clock.now(),
          publishedAt: h.clock.now(),
        },
      }),
    ]);

    const read = await anna.graphql<{
      citizenCase: { form: { definition: object; clinicOptions: object; answers: object } };
    }>(CITIZEN_CASE, { id: caseId });
    expect(read.errors).toBeUndefined();
    expect(read.data?.citizenCase.form).toEqual({
      definition: national.definition,
      clinicOptions: national.defaultClinicOptions,
      answers: medicines,
    });
    const stored = await h.prisma.case.findUniqueOrThrow({
      where: { id: caseId },
      select: { caseTypeVersionId: true },
    });
    expect(stored.caseTypeVersionId).toBe(first.id);
  });
});
