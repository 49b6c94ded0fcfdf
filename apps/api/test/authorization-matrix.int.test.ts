// One test per (operation, actor) cell of authorization-matrix.table.ts, against the real API:
// an unexpected allow (or a list that shows what it must not) fails, and so does an operation
// of the schema that the table does not cover, and so does a cell that writes other access-log
// rows than its row's `logs` (authorization-matrix.cells.ts). The guardian variants run every
// cell through the proxy check; what a guardian does in proxy mode must name both people.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLObjectType } from 'graphql';
import { createSchema } from '../src/schema.ts';
import { startHarness, type Harness } from './harness.ts';
import {
  ACTORS,
  createMatrixFixture,
  PRESCRIPTION_ANSWERS,
  TINY_PNG_BASE64,
  type Fixture,
} from './authorization-matrix.fixture.ts';
import { checkDownloadCell, checkGraphqlCell, ownSurface } from './authorization-matrix.cells.ts';
import { coverageProblems, MATRIX } from './authorization-matrix.table.ts';

let h: Harness;
let fx: Fixture;

beforeAll(async () => {
  h = await startHarness();
  fx = await createMatrixFixture(h);
});

afterAll(async () => {
  await h.close();
});

async function schemaOperations(): Promise<string[]> {
  const schema = await createSchema();
  return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]
    .filter((t): t is GraphQLObjectType => Boolean(t))
    .flatMap((root) => Object.keys(root.getFields()).map((name) => `${root.name}.${name}`));
}

describe('the table covers the schema', () => {
  it('has exactly one row for every query and mutation, and none for operations that do not exist', async () => {
    const operations = await schemaOperations();
    expect(operations.length).toBeGreaterThan(0);
    expect(coverageProblems(operations, MATRIX)).toEqual({
      missing: [],
      unknown: [],
      duplicated: [],
    });
  });

  it('would report an operation whose row is removed, and a row for an operation that is gone', async () => {
    const operations = await schemaOperations();
    const withoutAssign = MATRIX.filter((r) => r.name !== 'assignCase');
    expect(coverageProblems(operations, withoutAssign).missing).toContain('Mutation.assignCase');
    const withoutInbox = operations.filter((op) => op !== 'Query.inbox');
    expect(coverageProblems(withoutInbox, MATRIX).unknown).toContain('Query.inbox');
  });

  it('names every actor variant in every row', () => {
    for (const row of MATRIX)
      expect(Object.keys(row.expect).sort(), row.name).toEqual([...ACTORS].sort());
  });
});

// "Every action taken in proxy mode is recorded with both people": the guardian as
// who acted, the child as whom it was about, whichever guardian it was.
describe('proxy mode records both people', () => {
  it('a case sent for the child: the guardian sent it, the child is the subject, the file is the case’s', async () => {
    const { guardian, child } = fx.people;
    const caseId = fx.target('guardianActing').caseId;
    const stored = await h.prisma.case.findUniqueOrThrow({
      where: { id: caseId },
      select: {
        senderPersonId: true,
        subjectPersonId: true,
        events: { select: { kind: true, actorKind: true, actorPersonId: true, details: true } },
        messages: { select: { kind: true, recipientPersonId: true } },
        attachments: { select: { id: true } },
      },
    });
    expect(stored).toEqual({
      senderPersonId: guardian,
      subjectPersonId: child.id,
      events: [
        {
          kind: 'SUBMITTED',
          actorKind: 'CITIZEN',
          actorPersonId: guardian,
          details: { onBehalfOfPersonId: child.id },
        },
      ],
      messages: [{ kind: 'CASE_SUBMITTED', recipientPersonId: child.id }],
      attachments: [{ id: fx.target('guardianActing').attachmentId }],
    });
  });

  it('a draft and a file saved for the child: written by the guardian, about the child', async () => {
    const { guardian, child } = fx.people;
    const b = fx.browser('guardianActing', 'citizen');
    const saved = await b.graphql<{ saveCaseDraft: { id: string } }>(
      'mutation($input: SaveCaseDraftInput!) { saveCaseDraft(input: $input) { id } }',
      {
        input: {
          clinicId: fx.clinicX,
          caseTypeId: fx.prescriptionTypeId,
          answers: PRESCRIPTION_ANSWERS,
        },
      },
    );
    expect(saved.errors).toBeUndefined();
    const draftId = saved.data?.saveCaseDraft.id ?? '';
    const attached = await b.graphql(
      'mutation($input: AddDraftAttachmentInput!) { addDraftAttachment(input: $input) { id } }',
      { input: { draftId, fileName: 'utslag.png', contentBase64: TINY_PNG_BASE64 } },
    );
    expect(attached.errors).toBeUndefined();
    expect(
      await h.prisma.caseDraft.findUniqueOrThrow({
        where: { id: draftId },
        select: {
          senderPersonId: true,
          subjectPersonId: true,
          attachments: { select: { id: true } },
        },
      }),
    ).toEqual({
      senderPersonId: guardian,
      subjectPersonId: child.id,
      attachments: [expect.anything()],
    });
  });

  it('a reply for the child, by the other guardian: the guardian wrote it, on behalf of the child', async () => {
    const { otherGuardian, child } = fx.people;
    const c = await fx.freshCaseFor('otherGuardianActing', { status: 'WAITING_FOR_CITIZEN' });
    const replied = await fx
      .browser('otherGuardianActing', 'citizen')
      .graphql('mutation($input: ReplyToCaseInput!) { replyToCase(input: $input) { id status } }', {
        input: { caseId: c.id, idempotencyKey: randomUUID(), text: 'Hon har feber.' },
      });
    expect(replied.errors).toBeUndefined();
    const reply = await h.prisma.caseMessage.findFirstOrThrow({
      where: { caseId: c.id, kind: 'CITIZEN_REPLY' },
      select: {
        authorKind: true,
        authorPersonId: true,
        onBehalfOfPersonId: true,
        recipientPersonId: true,
      },
    });
    expect(reply).toEqual({
      authorKind: 'CITIZEN',
      authorPersonId: otherGuardian,
      onBehalfOfPersonId: child.id,
      recipientPersonId: child.id,
    });
    const event = await h.prisma.caseEvent.findFirstOrThrow({
      where: { caseId: c.id, kind: 'MESSAGE_ADDED' },
      select: { actorKind: true, actorPersonId: true, details: true },
    });
    expect(event).toMatchObject({
      actorKind: 'CITIZEN',
      actorPersonId: otherGuardian,
      details: { onBehalfOfPersonId: child.id },
    });
  });

  it('notification settings for the child: the child’s, set by the guardian', async () => {
    const { guardian, child } = fx.people;
    const saved = await fx.browser('guardianActing', 'citizen').graphql(
      `mutation($input: SaveNotificationSettingsInput!) {
        saveNotificationSettings(input: $input) { personId mobile } }`,
      {
        input: { email: null, mobile: '0701234567', notifyByEmail: false, notifyBySms: true },
      },
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data).toEqual({
      saveNotificationSettings: { personId: child.id, mobile: '+46701234567' },
    });
    const stored = await h.prisma.notificationSetting.findFirstOrThrow({
      where: { citizenAccount: { personId: child.id } },
      select: { mobile: true, updatedByPersonId: true },
    });
    expect(stored).toEqual({ mobile: '+46701234567', updatedByPersonId: guardian });
  });

  it('reading and archiving for the child change the child’s inbox, never the guardian’s', async () => {
    const { child } = fx.people;
    const b = fx.browser('guardianActing', 'citizen');
    const read = await fx.freshCaseFor('guardianActing');
    const filed = await fx.freshCaseFor('guardianActing', { status: 'ANSWERED' });
    expect(
      (
        await b.graphql('mutation($id: ID!) { markMessageRead(id: $id) { id } }', {
          id: read.messageId,
        })
      ).errors,
    ).toBeUndefined();
    expect(
      (
        await b.graphql(
          'mutation($input: SetMessageArchivedInput!) { setMessageArchived(input: $input) { id } }',
          { input: { messageId: filed.messageId, archived: true } },
        )
      ).errors,
    ).toBeUndefined();
    const messages = await h.prisma.caseMessage.findMany({
      where: { caseId: { in: [read.id, filed.id] } },
      select: { caseId: true, recipientPersonId: true, readAt: true, archivedAt: true },
    });
    expect(messages.every((m) => m.recipientPersonId === child.id)).toBe(true);
    expect(messages.find((m) => m.caseId === read.id)?.readAt).not.toBeNull();
    expect(messages.filter((m) => m.caseId === filed.id).every((m) => m.archivedAt)).toBe(true);
    expect(
      await h.prisma.case.findUniqueOrThrow({
        where: { id: filed.id },
        select: { archivedAt: true },
      }),
    ).toEqual({ archivedAt: fx.harness.clock.now() });
  });
});

for (const row of MATRIX) {
  describe(`${row.kind} ${row.name}`, () => {
    for (const actor of ACTORS) {
      const expected = row.expect[actor];
      it(`${actor}: ${expected}`, async () => {
        await fx.prepare(actor);
        if (row.kind === 'GET') await checkDownloadCell(fx, row, actor, expected);
        else {
          try {
            await checkGraphqlCell(fx, row, actor, expected, ownSurface(actor, row));
          } finally {
            await row.restore?.(fx, actor);
          }
        }
      });
    }
    // The surfaces have their own cookies: a session never works on the other SPA's endpoint.
    if (row.kind !== 'GET') {
      for (const actor of ACTORS) {
        const expected = row.expect[actor];
        if (actor === 'anonymous' || expected === 'deny' || expected === 'absent') continue;
        const other = ownSurface(actor, row) === 'citizen' ? 'staff' : 'citizen';
        // A public operation lets the actor through as the anonymous caller they are there.
        const there = row.publicOperation ? 'allow' : 'deny';
        it(`${actor} through the ${other} endpoint: ${there}`, async () => {
          await fx.prepare(actor);
          try {
            await checkGraphqlCell(fx, row, actor, there, other);
          } finally {
            await row.restore?.(fx, actor);
          }
        });
      }
    }
  });
}
