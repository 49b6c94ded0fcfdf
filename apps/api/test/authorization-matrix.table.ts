// The authorization matrix: every root operation of the GraphQL schema and every attachment
// download, how to call it, and what each actor variant must get (DOMAIN.md section 5 and
// src/cases/case-access.policy.ts). authorization-matrix.int.test.ts generates one test per
// cell from this table and fails when the schema has an operation the table does not cover.
import { randomUUID } from 'node:crypto';
import { NATIONAL_CASE_TYPES, TERMS_VERSIONS } from '@etj/domain';
import { linkKeyFrom, linkToken, tokenHash } from '../src/service-status/service-status.tokens.ts';
import type { AccessAction } from '../src/access-log/access-log-write.repository.ts';
import { HARNESS_JWT_SECRET } from './harness.ts';
import {
  ACTORS,
  CITIZEN_ACTORS,
  isStaffActor,
  PRESCRIPTION_ANSWERS,
  TINY_PNG_BASE64,
  type ActorName,
  type CitizenActorName,
  type Fixture,
} from './authorization-matrix.fixture.ts';
import {
  CASE_ASSIGNERS,
  CASE_READERS,
  CASE_RESPONDERS,
  OUTSIDE_THE_CASE,
} from './authorization-matrix.actors.ts';

/**
 * allow: the call passes the access gate and does what it was asked (no error at all);
 * hidden: allowed, but the result must not show the shared case (lists: the role may list,
 *   the record is not theirs);
 * deny: NOT_FOUND, FORBIDDEN or UNAUTHENTICATED and no data (downloads: 401, 403 or 404);
 * absent: denied with NOT_FOUND only (downloads: 404): the record is not the actor's to know
 *   of, so the answer must not tell it from one that does not exist;
 * refused: the operation's own refusal (the row's `refusal`), no data, nothing changed.
 */
export type Expected = 'allow' | 'hidden' | 'deny' | 'absent' | 'refused';

export type GraphqlCall = {
  document: string;
  variables?: Record<string, unknown>;
  /** The case a mutation works on: a refusal must leave it exactly as it was. */
  caseId?: string;
};

/**
 * The access-log rows (PDL) an allowed staff cell writes, one per case: the action, and which
 * cases: 'call' the call's own case, 'shared' the shared case, 'listed' every case the answer
 * lists (aliases included). Each row names the actor and the role they hold at their
 * workplace. Every other cell (refused, citizen, anonymous, or of a row without `logs`) writes
 * no row at all.
 */
export type ExpectedLog = { action: AccessAction; cases: 'call' | 'shared' | 'listed' };

type RowBase = {
  /** Who may do what; every actor not named is denied. */
  expect: Record<ActorName, Expected>;
  logs?: ExpectedLog;
};

type ProxyHooks = {
  /** The refusal `refused` cells must get: the code and why, as `BAD_USER_INPUT path:CODE`. */
  refusal?: string;
  /**
   * A refused cell must grant nothing (no new link, no session in proxy mode that was not)
   * and must leave other guardians' links to the child as they were.
   */
  guardsProxy?: true;
  /** Puts back what an allowed cell changed that other cells rely on (the session's mode). */
  restore?(fx: Fixture, actor: ActorName): Promise<void>;
};

export type GraphqlRow = RowBase &
  ProxyHooks & {
    kind: 'Query' | 'Mutation';
    /** The root field. */
    name: string;
    /** The endpoint its SPA calls; actors always call through their own surface. */
    surface: 'citizen' | 'staff' | 'both';
    /** Builds the call for one cell; mutations make their own fresh records here. */
    call(fx: Fixture, actor: ActorName): Promise<GraphqlCall> | GraphqlCall;
    /**
     * For lists: does the result show the shared case (or draft, or caregiver)? For citizen
     * actors: the actor's target (fx.target), whose subject may be a child.
     */
    reveals?(data: unknown, fx: Fixture, actor: ActorName): boolean;
    /**
     * Open to anonymous callers (`@Public()`): through the other SPA's endpoint an actor is
     * anonymous there, and is let through as such.
     */
    publicOperation?: true;
  };

export type DownloadRow = RowBase & {
  kind: 'GET';
  surface: 'citizen' | 'staff';
  name: string;
  path(fx: Fixture, actor: ActorName): string;
  /** Is the body what the route sends when allowed? The shared case's attachment if not given. */
  sent?(body: Buffer, fx: Fixture): boolean;
};

export type MatrixRow = GraphqlRow | DownloadRow;

/** The expectation for each actor: the named ones as given, everybody else denied. */
export function who(rules: {
  allow?: readonly ActorName[];
  hidden?: readonly ActorName[];
  absent?: readonly ActorName[];
  refused?: readonly ActorName[];
}): Record<ActorName, Expected> {
  const out = Object.fromEntries(ACTORS.map((a) => [a, 'deny'])) as Record<ActorName, Expected>;
  for (const a of rules.allow ?? []) out[a] = 'allow';
  for (const a of rules.hidden ?? []) out[a] = 'hidden';
  for (const a of rules.absent ?? []) out[a] = 'absent';
  for (const a of rules.refused ?? []) out[a] = 'refused';
  return out;
}

/** Every citizen session, the guardian variants included. */
const CITIZENS: readonly CitizenActorName[] = CITIZEN_ACTORS;
/**
 * The citizens who speak as the subject of their target case: its adult owner, and a guardian
 * in proxy mode for the child (either guardian). Only they read the case, its drafts, files and
 * inbox (DOMAIN.md 5 and 6, case-access.policy.ts citizenMayRead and subjectOf).
 */
const AS_SUBJECT: readonly CitizenActorName[] = [
  'owningCitizen',
  'guardianActing',
  'otherGuardianActing',
];
/**
 * Everyone else with a citizen session: a stranger, a guardian outside proxy mode, one whose
 * child has turned 13, a non-guardian, a protected guardian, a guardian of a protected child.
 */
const NOT_THE_SUBJECT: readonly CitizenActorName[] = CITIZENS.filter(
  (a) => !AS_SUBJECT.includes(a),
);
/** Guardians whose child (C, under 13, not protected) is on their list. */
const GUARDIANS_OF_C: readonly CitizenActorName[] = [
  'guardianActing',
  'otherGuardian',
  'otherGuardianActing',
];
const NOT_GUARDIANS_OF_C: readonly CitizenActorName[] = CITIZENS.filter(
  (a) => !GUARDIANS_OF_C.includes(a),
);
/**
 * Who may take a child off their own list: C's guardians, and the guardian of T (the list is
 * theirs; ending a link is never more access). The protected have no links left.
 */
const REMOVERS: readonly CitizenActorName[] = [...GUARDIANS_OF_C, 'guardianOfThirteen'];
const ALL_STAFF: ActorName[] = ACTORS.filter(isStaffActor);
/** Support reports: the reporter (receiverHere's shared report) and the national administration. */
const SUPPORT_READERS: ActorName[] = ['receiverHere', 'serviceAdmin'];
const NOT_SUPPORT_READERS: ActorName[] = ALL_STAFF.filter((a) => !SUPPORT_READERS.includes(a));

const items = (data: unknown, field: string): { id?: string; caseId?: string | null }[] =>
  ((data as Record<string, { items?: unknown[] } | undefined>)[field]?.items ?? []) as {
    id?: string;
    caseId?: string | null;
  }[];
const list = (data: unknown, field: string): { id?: string }[] =>
  ((data as Record<string, unknown[] | undefined>)[field] ?? []) as { id?: string }[];

/** Whose record a citizen answer is: `actingFor` (proxy mode) or the session's own person. */
function speaksFor(data: unknown, field: string): string | undefined {
  const viewer = (
    data as Record<string, { id?: string; actingFor?: { personId?: string } | null }>
  )[field];
  return viewer?.actingFor?.personId ?? viewer?.id;
}
const personIdOf = (data: unknown, field: string): string | undefined =>
  (data as Record<string, { personId?: string } | undefined>)[field]?.personId;

const STAFF_CASE = '{ id status }';
const CITIZEN_CASE = '{ id status }';

export const MATRIX: MatrixRow[] = [
  // ---- Identity and session --------------------------------------------------------------
  {
    kind: 'Query',
    name: 'sessionStatus',
    surface: 'both',
    call: () => ({ document: '{ sessionStatus { expiresAt } }' }),
    expect: who({ allow: [...CITIZENS, ...ALL_STAFF] }),
  },
  {
    kind: 'Mutation',
    name: 'keepSessionAlive',
    surface: 'both',
    call: () => ({ document: 'mutation { keepSessionAlive { expiresAt } }' }),
    expect: who({ allow: [...CITIZENS, ...ALL_STAFF] }),
  },
  {
    kind: 'Query',
    name: 'citizenMe',
    surface: 'citizen',
    call: () => ({ document: '{ citizenMe { id actingFor { personId } } }' }),
    // Whom the session speaks for: the guardians in proxy mode for C, and nobody else (the
    // sessions that acted for a child now 13 or now protected have fallen back).
    reveals: (data, fx, actor) => speaksFor(data, 'citizenMe') === fx.target(actor).subjectId,
    expect: who({ allow: AS_SUBJECT, hidden: NOT_THE_SUBJECT }),
  },
  {
    kind: 'Mutation',
    name: 'acceptCitizenTerms',
    surface: 'citizen',
    call: () => ({
      document: 'mutation($v: String!) { acceptCitizenTerms(version: $v) { id } }',
      variables: { v: TERMS_VERSIONS.CITIZEN },
    }),
    expect: who({ allow: CITIZENS }),
  },
  {
    kind: 'Query',
    name: 'staffMe',
    surface: 'staff',
    call: () => ({ document: '{ staffMe { id } }' }),
    expect: who({ allow: ALL_STAFF }),
  },
  {
    kind: 'Mutation',
    name: 'acceptStaffTerms',
    surface: 'staff',
    call: () => ({
      document: 'mutation($v: String!) { acceptStaffTerms(version: $v) { id } }',
      variables: { v: TERMS_VERSIONS.STAFF },
    }),
    expect: who({ allow: ALL_STAFF }),
  },
  {
    kind: 'Mutation',
    name: 'selectStaffUnit',
    surface: 'staff',
    // Staff pick the unit they already work in (the session stays as it was); others try X's.
    call: (fx, actor) => ({
      document: 'mutation($u: ID!) { selectStaffUnit(unitId: $u) { id } }',
      variables: {
        u: isStaffActor(actor) ? fx.staff[actor].assignmentId : fx.staff.receiverHere.assignmentId,
      },
    }),
    expect: who({ allow: ALL_STAFF }),
  },
  // A staff member's own alerts: every staff session, its own settings only.
  {
    kind: 'Query',
    name: 'staffAlertSettings',
    surface: 'staff',
    call: () => ({ document: '{ staffAlertSettings { email mayAlertNewCases } }' }),
    expect: who({ allow: ALL_STAFF }),
  },
  {
    kind: 'Mutation',
    name: 'saveStaffAlertSettings',
    surface: 'staff',
    call: () => ({
      document: `mutation($input: SaveStaffAlertSettingsInput!) {
        saveStaffAlertSettings(input: $input) { email } }`,
      variables: {
        input: {
          email: null,
          locale: 'sv',
          newCases: false,
          assignedToMe: false,
          citizenReplies: false,
        },
      },
    }),
    expect: who({ allow: ALL_STAFF }),
  },

  // ---- Finding a clinic and filling in a form --------------------------------------------
  {
    kind: 'Query',
    name: 'clinicSearch',
    surface: 'citizen',
    call: () => ({
      document: 'query($t: String!) { clinicSearch(text: $t) { id } }',
      variables: { t: 'Matrisens' },
    }),
    expect: who({ allow: CITIZENS }),
  },
  {
    kind: 'Query',
    name: 'clinic',
    surface: 'citizen',
    call: (fx) => ({
      document: 'query($id: ID!) { clinic(id: $id) { id } }',
      variables: { id: fx.clinicX },
    }),
    expect: who({ allow: CITIZENS }),
  },
  {
    kind: 'Query',
    name: 'caseTypeForm',
    surface: 'citizen',
    call: (fx) => ({
      document:
        'query($c: ID!, $t: ID!) { caseTypeForm(clinicId: $c, caseTypeId: $t) { versionId } }',
      variables: { c: fx.clinicX, t: fx.prescriptionTypeId },
    }),
    expect: who({ allow: CITIZENS }),
  },
  {
    kind: 'Query',
    name: 'myCaseDrafts',
    surface: 'citizen',
    call: () => ({ document: '{ myCaseDrafts { id } }' }),
    reveals: (data, fx, actor) =>
      list(data, 'myCaseDrafts').some((d) => d.id === fx.target(actor).draftId),
    expect: who({ allow: AS_SUBJECT, hidden: NOT_THE_SUBJECT }),
  },
  {
    kind: 'Query',
    name: 'caseDraft',
    surface: 'citizen',
    call: (fx, actor) => ({
      document: 'query($id: ID!) { caseDraft(id: $id) { id } }',
      variables: { id: fx.target(actor).draftId },
    }),
    expect: who({ allow: AS_SUBJECT, absent: NOT_THE_SUBJECT }),
  },
  {
    kind: 'Mutation',
    name: 'saveCaseDraft',
    surface: 'citizen',
    call: async (fx, actor) => {
      const draft = await fx.freshDraft(actor);
      return {
        document: 'mutation($input: SaveCaseDraftInput!) { saveCaseDraft(input: $input) { id } }',
        variables: {
          input: {
            draftId: draft.id,
            revision: draft.revision,
            clinicId: fx.clinicX,
            caseTypeId: fx.prescriptionTypeId,
            answers: PRESCRIPTION_ANSWERS,
          },
        },
      };
    },
    expect: who({ allow: AS_SUBJECT, absent: NOT_THE_SUBJECT }),
  },
  {
    kind: 'Mutation',
    name: 'deleteCaseDraft',
    surface: 'citizen',
    call: async (fx, actor) => ({
      document: 'mutation($id: ID!) { deleteCaseDraft(id: $id) }',
      variables: { id: (await fx.freshDraft(actor)).id },
    }),
    expect: who({ allow: AS_SUBJECT, absent: NOT_THE_SUBJECT }),
  },
  {
    kind: 'Mutation',
    name: 'reviewCaseDraft',
    surface: 'citizen',
    call: async (fx, actor) => ({
      document: 'mutation($id: ID!) { reviewCaseDraft(id: $id) { ready } }',
      variables: { id: (await fx.freshDraft(actor)).id },
    }),
    expect: who({ allow: AS_SUBJECT, absent: NOT_THE_SUBJECT }),
  },
  {
    kind: 'Mutation',
    name: 'submitCase',
    surface: 'citizen',
    call: async (fx, actor) => ({
      document: 'mutation($input: SubmitCaseInput!) { submitCase(input: $input) { caseId } }',
      variables: {
        input: { draftId: (await fx.freshDraft(actor)).id, idempotencyKey: randomUUID() },
      },
    }),
    expect: who({ allow: AS_SUBJECT, absent: NOT_THE_SUBJECT }),
  },
  {
    kind: 'Query',
    name: 'draftAttachments',
    surface: 'citizen',
    call: (fx, actor) => ({
      document: 'query($d: ID!) { draftAttachments(draftId: $d) { id } }',
      variables: { d: fx.target(actor).draftId },
    }),
    expect: who({ allow: AS_SUBJECT, absent: NOT_THE_SUBJECT }),
  },
  {
    kind: 'Mutation',
    name: 'addDraftAttachment',
    surface: 'citizen',
    call: async (fx, actor) => ({
      document:
        'mutation($input: AddDraftAttachmentInput!) { addDraftAttachment(input: $input) { id } }',
      variables: {
        input: {
          draftId: (await fx.freshDraft(actor)).id,
          fileName: 'bild.png',
          contentBase64: TINY_PNG_BASE64,
        },
      },
    }),
    expect: who({ allow: AS_SUBJECT, absent: NOT_THE_SUBJECT }),
  },
  {
    kind: 'Mutation',
    name: 'removeDraftAttachment',
    surface: 'citizen',
    call: async (fx, actor) => ({
      document: 'mutation($id: ID!) { removeDraftAttachment(id: $id) }',
      variables: { id: await fx.freshDraftAttachment(actor) },
    }),
    expect: who({ allow: AS_SUBJECT, absent: NOT_THE_SUBJECT }),
  },

  // ---- Proxy for children (DOMAIN.md 6) --------------------------------------------------
  {
    kind: 'Query',
    name: 'myProxyChildren',
    surface: 'citizen',
    call: () => ({ document: '{ myProxyChildren { personId } }' }),
    // The list, checked against the register: the child under 13 of C's guardians; never a
    // child who has turned 13 or who (or whose guardian) has protected identity.
    reveals: (data, fx, actor) =>
      list(data, 'myProxyChildren').some(
        (c) => (c as { personId?: string }).personId === fx.childOf(actor).id,
      ),
    expect: who({ allow: GUARDIANS_OF_C, hidden: NOT_GUARDIANS_OF_C }),
  },
  {
    kind: 'Mutation',
    name: 'addProxyChild',
    surface: 'citizen',
    // Everyone adds "their" child again (C for C's guardians and for those who are not its
    // guardians, T for the guardian of the 13-year-old, the protected family's child).
    call: (fx, actor) => ({
      document:
        'mutation($input: AddProxyChildInput!) { addProxyChild(input: $input) { personId } }',
      variables: { input: { personnummer: fx.childOf(actor).identityNumber } },
    }),
    refusal: 'BAD_USER_INPUT personnummer:PROXY_NOT_POSSIBLE',
    guardsProxy: true,
    expect: who({ allow: GUARDIANS_OF_C, refused: NOT_GUARDIANS_OF_C }),
  },
  {
    kind: 'Mutation',
    name: 'removeProxyChild',
    surface: 'citizen',
    // A guardian with a list removes a child just added to it; the others try the child they
    // do not (or no longer) have a link to, and must not end anybody else's link.
    call: async (fx, actor) => ({
      document: 'mutation($id: ID!) { removeProxyChild(personId: $id) }',
      variables: {
        id: (REMOVERS as readonly ActorName[]).includes(actor)
          ? await fx.freshLinkedChild(actor)
          : fx.childOf(actor).id,
      },
    }),
    guardsProxy: true,
    expect: who({
      allow: REMOVERS,
      absent: CITIZENS.filter((a) => !REMOVERS.includes(a)),
    }),
  },
  {
    kind: 'Mutation',
    name: 'actForChild',
    surface: 'citizen',
    call: (fx, actor) => ({
      document: 'mutation($id: ID!) { actForChild(personId: $id) { id actingFor { personId } } }',
      variables: { id: fx.childOf(actor).id },
    }),
    reveals: (data, fx, actor) => speaksFor(data, 'actForChild') === fx.childOf(actor).id,
    guardsProxy: true,
    restore: (fx, actor) => fx.resetMode(actor),
    expect: who({ allow: GUARDIANS_OF_C, absent: NOT_GUARDIANS_OF_C }),
  },
  {
    kind: 'Mutation',
    name: 'stopActingForChild',
    surface: 'citizen',
    call: () => ({ document: 'mutation { stopActingForChild { id actingFor { personId } } }' }),
    restore: (fx, actor) => fx.resetMode(actor),
    expect: who({ allow: CITIZENS }),
  },
  {
    kind: 'Query',
    name: 'notificationSettings',
    surface: 'citizen',
    call: () => ({ document: '{ notificationSettings { personId } }' }),
    // Whose settings: the subject's (the child's in proxy mode), never the child's otherwise.
    reveals: (data, fx, actor) =>
      personIdOf(data, 'notificationSettings') === fx.target(actor).subjectId,
    expect: who({ allow: AS_SUBJECT, hidden: NOT_THE_SUBJECT }),
  },
  {
    kind: 'Mutation',
    name: 'saveNotificationSettings',
    surface: 'citizen',
    call: () => ({
      document: `mutation($input: SaveNotificationSettingsInput!) {
        saveNotificationSettings(input: $input) { personId } }`,
      variables: {
        input: { email: null, mobile: null, notifyByEmail: false, notifyBySms: false },
      },
    }),
    reveals: (data, fx, actor) =>
      personIdOf(data, 'saveNotificationSettings') === fx.target(actor).subjectId,
    expect: who({ allow: AS_SUBJECT, hidden: NOT_THE_SUBJECT }),
  },

  // ---- The citizen's side of a case ------------------------------------------------------
  {
    kind: 'Query',
    name: 'inbox',
    surface: 'citizen',
    call: () => ({ document: '{ inbox(first: 50) { items { id caseId } } }' }),
    reveals: (data, fx, actor) =>
      items(data, 'inbox').some((m) => m.caseId === fx.target(actor).caseId),
    expect: who({ allow: AS_SUBJECT, hidden: NOT_THE_SUBJECT }),
  },
  {
    kind: 'Query',
    name: 'inboxCases',
    surface: 'citizen',
    call: () => ({ document: '{ inboxCases(first: 50) { items { id case { id } } } }' }),
    reveals: (data, fx, actor) =>
      items(data, 'inboxCases').some((entry) => entry.id === fx.target(actor).caseId),
    expect: who({ allow: AS_SUBJECT, hidden: NOT_THE_SUBJECT }),
  },
  {
    kind: 'Query',
    name: 'citizenCase',
    surface: 'citizen',
    call: (fx, actor) => ({
      document: `query($id: ID!) { citizenCase(id: $id) ${CITIZEN_CASE} }`,
      variables: { id: fx.target(actor).caseId },
    }),
    expect: who({ allow: AS_SUBJECT, absent: NOT_THE_SUBJECT }),
  },
  {
    kind: 'Query',
    name: 'myCaseAccessLog',
    surface: 'citizen',
    call: (fx, actor) => ({
      document: `query($id: ID!) { myCaseAccessLog(caseId: $id) { items { id action } nextCursor } }`,
      variables: { id: fx.target(actor).caseId },
    }),
    // Exactly who reads the case (citizenMayRead): the patient's own access log.
    expect: who({ allow: AS_SUBJECT, absent: NOT_THE_SUBJECT }),
  },
  {
    kind: 'Mutation',
    name: 'markCaseRead',
    surface: 'citizen',
    call: async (fx, actor) => {
      const c = await fx.freshCaseFor(actor);
      return {
        document: `mutation($id: ID!) { markCaseRead(caseId: $id) ${CITIZEN_CASE} }`,
        variables: { id: c.id },
        caseId: c.id,
      };
    },
    expect: who({ allow: AS_SUBJECT, absent: NOT_THE_SUBJECT }),
  },
  {
    kind: 'Mutation',
    name: 'replyToCase',
    surface: 'citizen',
    call: async (fx, actor) => {
      const c = await fx.freshCaseFor(actor, { status: 'WAITING_FOR_CITIZEN' });
      return {
        document: `mutation($input: ReplyToCaseInput!) { replyToCase(input: $input) ${CITIZEN_CASE} }`,
        variables: {
          input: { caseId: c.id, idempotencyKey: randomUUID(), text: 'Det gör ont sedan i går.' },
        },
        caseId: c.id,
      };
    },
    expect: who({ allow: AS_SUBJECT, absent: NOT_THE_SUBJECT }),
  },
  {
    kind: 'Mutation',
    name: 'setCaseArchived',
    surface: 'citizen',
    call: async (fx, actor) => {
      const c = await fx.freshCaseFor(actor, { status: 'ANSWERED' });
      return {
        document: `mutation($input: SetCaseArchivedInput!) { setCaseArchived(input: $input) ${CITIZEN_CASE} }`,
        variables: { input: { caseId: c.id, archived: true } },
        caseId: c.id,
      };
    },
    expect: who({ allow: AS_SUBJECT, absent: NOT_THE_SUBJECT }),
  },

  {
    kind: 'Mutation',
    name: 'markMessageRead',
    surface: 'citizen',
    call: async (fx, actor) => {
      const c = await fx.freshCaseFor(actor);
      return {
        document: 'mutation($id: ID!) { markMessageRead(id: $id) { id readAt } }',
        variables: { id: c.messageId },
        caseId: c.id,
      };
    },
    expect: who({ allow: AS_SUBJECT, absent: NOT_THE_SUBJECT }),
  },
  {
    kind: 'Mutation',
    name: 'setMessageArchived',
    surface: 'citizen',
    call: async (fx, actor) => {
      const c = await fx.freshCaseFor(actor, { status: 'ANSWERED' });
      return {
        document: `mutation($input: SetMessageArchivedInput!) {
          setMessageArchived(input: $input) { id archived } }`,
        variables: { input: { messageId: c.messageId, archived: true } },
        caseId: c.id,
      };
    },
    expect: who({ allow: AS_SUBJECT, absent: NOT_THE_SUBJECT }),
  },

  // ---- The staff side of a case ----------------------------------------------------------
  {
    kind: 'Query',
    name: 'caseQueue',
    surface: 'staff',
    // Both orders, the second aliased: sorted by time left is the same gate over another index.
    call: (fx) => ({
      document: `query($f: CaseQueueFilter) { caseQueue(filter: $f, first: 25) { items { id } }
        byDue: caseQueue(filter: $f, order: FIRST_ANSWER_DUE, first: 25) { items { id } } }`,
      variables: { f: { caseTypeId: fx.prescriptionTypeId } },
    }),
    reveals: (data, fx) =>
      ['caseQueue', 'byDue'].some((field) =>
        items(data, field).some((c) => c.id === fx.shared.caseId),
      ),
    logs: { action: 'LIST_QUEUE', cases: 'listed' },
    expect: who({ allow: ['receiverHere'], hidden: ['receiverElsewhere'] }),
  },
  {
    kind: 'Query',
    name: 'myAssignedCases',
    surface: 'staff',
    call: () => ({
      document: `{ myAssignedCases(first: 25) { items { id } }
        byDue: myAssignedCases(order: FIRST_ANSWER_DUE, first: 25) { items { id } } }`,
    }),
    reveals: (data, fx) =>
      ['myAssignedCases', 'byDue'].some((field) =>
        items(data, field).some((c) => c.id === fx.shared.caseId),
      ),
    logs: { action: 'LIST_WORK', cases: 'listed' },
    expect: who({
      allow: ['assignedCaregiver'],
      hidden: ['formerCaregiver', 'otherCaregiver'],
    }),
  },
  {
    kind: 'Query',
    name: 'clinicCaregivers',
    surface: 'staff',
    call: () => ({ document: '{ clinicCaregivers { id } }' }),
    reveals: (data, fx) =>
      list(data, 'clinicCaregivers').some((s) => s.id === fx.staff.assignedCaregiver.id),
    expect: who({ allow: ['receiverHere'], hidden: ['receiverElsewhere'] }),
  },
  {
    kind: 'Query',
    name: 'staffCase',
    surface: 'staff',
    call: (fx) => ({
      document: `query($id: ID!) { staffCase(id: $id) ${STAFF_CASE} }`,
      variables: { id: fx.shared.caseId },
    }),
    logs: { action: 'READ_CASE', cases: 'shared' },
    expect: who({ allow: CASE_READERS, absent: OUTSIDE_THE_CASE }),
  },
  {
    kind: 'Query',
    name: 'standardAnswers',
    surface: 'staff',
    call: (fx) => ({
      document: 'query($id: ID!) { standardAnswers(caseId: $id) { id } }',
      variables: { id: fx.shared.caseId },
    }),
    expect: who({ allow: CASE_RESPONDERS, absent: OUTSIDE_THE_CASE }),
  },
  {
    kind: 'Mutation',
    name: 'assignCase',
    surface: 'staff',
    call: async (fx) => {
      const c = await fx.freshCase();
      return {
        document: `mutation($input: AssignCaseInput!) { assignCase(input: $input) ${STAFF_CASE} }`,
        variables: {
          input: {
            caseId: c.id,
            expectedRevision: c.revision,
            staffMemberId: fx.staff.otherCaregiver.id,
          },
        },
        caseId: c.id,
      };
    },
    logs: { action: 'ASSIGN_CASE', cases: 'call' },
    expect: who({ allow: CASE_ASSIGNERS, absent: OUTSIDE_THE_CASE }),
  },
  {
    kind: 'Mutation',
    name: 'respondToCase',
    surface: 'staff',
    call: async (fx) => {
      const c = await fx.freshCase();
      return {
        document: `mutation($input: RespondToCaseInput!) { respondToCase(input: $input) ${STAFF_CASE} }`,
        variables: {
          input: {
            caseId: c.id,
            expectedRevision: c.revision,
            kind: 'PARTIAL_ANSWER',
            text: 'Vi har tittat på ditt ärende och återkommer.',
          },
        },
        caseId: c.id,
      };
    },
    logs: { action: 'PARTIAL_ANSWER_CASE', cases: 'call' },
    expect: who({ allow: CASE_RESPONDERS, absent: OUTSIDE_THE_CASE }),
  },
  {
    kind: 'Mutation',
    name: 'closeCase',
    surface: 'staff',
    call: async (fx) => {
      const c = await fx.freshCase({ status: 'ANSWERED' });
      return {
        document: `mutation($input: CloseCaseInput!) { closeCase(input: $input) ${STAFF_CASE} }`,
        variables: { input: { caseId: c.id, expectedRevision: c.revision } },
        caseId: c.id,
      };
    },
    logs: { action: 'CLOSE_CASE', cases: 'call' },
    expect: who({ allow: CASE_RESPONDERS, absent: OUTSIDE_THE_CASE }),
  },
  {
    kind: 'Mutation',
    name: 'addInternalNote',
    surface: 'staff',
    // Notes hand over knowledge between staff: whoever may read the case may add one, the
    // formerly assigned caregiver included (case-access.policy.ts mayAddNote).
    call: async (fx) => {
      const c = await fx.freshCase();
      return {
        document:
          'mutation($input: AddInternalNoteInput!) { addInternalNote(input: $input) { id } }',
        variables: { input: { caseId: c.id, text: 'Ring patienten i morgon.' } },
        caseId: c.id,
      };
    },
    logs: { action: 'ADD_NOTE', cases: 'call' },
    expect: who({ allow: CASE_READERS, absent: OUTSIDE_THE_CASE }),
  },
  // Who else has the case open: whoever may read it takes part; a heartbeat shows no case
  // content, so it writes no access-log row (presence.service.ts).
  {
    kind: 'Mutation',
    name: 'reportCasePresence',
    surface: 'staff',
    call: (fx) => ({
      document:
        'mutation($id: ID!, $tab: ID!) { reportCasePresence(caseId: $id, tabId: $tab, state: WRITING) { name title state since } }',
      variables: { id: fx.shared.caseId, tab: randomUUID() },
      caseId: fx.shared.caseId,
    }),
    expect: who({ allow: CASE_READERS, absent: OUTSIDE_THE_CASE }),
  },
  {
    kind: 'Mutation',
    name: 'leaveCasePresence',
    surface: 'staff',
    call: (fx) => ({
      document: 'mutation($id: ID!, $tab: ID!) { leaveCasePresence(caseId: $id, tabId: $tab) }',
      variables: { id: fx.shared.caseId, tab: randomUUID() },
      caseId: fx.shared.caseId,
    }),
    expect: who({ allow: CASE_READERS, absent: OUTSIDE_THE_CASE }),
  },

  // ---- Review of access ------------------------------------------------------------------
  {
    kind: 'Query',
    name: 'accessLog',
    surface: 'staff',
    call: () => ({ document: '{ accessLog(first: 10) { items { id } } }' }),
    expect: who({ allow: ['auditor'] }),
  },

  // ---- Roles at the clinic and the admin action log ---------------------------------------
  {
    kind: 'Query',
    name: 'clinicStaff',
    surface: 'staff',
    call: () => ({ document: '{ clinicStaff { assignmentId roles } }' }),
    expect: who({ allow: ['clinicAdmin'] }),
  },
  {
    kind: 'Mutation',
    name: 'setClinicStaffRoles',
    surface: 'staff',
    // The auditor keeps exactly the role they have: an allowed call changes nothing others use.
    call: (fx) => ({
      document:
        'mutation($input: SetClinicStaffRolesInput!) { setClinicStaffRoles(input: $input) { roles } }',
      variables: { input: { assignmentId: fx.staff.auditor.assignmentId, roles: ['AUDITOR'] } },
    }),
    expect: who({ allow: ['clinicAdmin'] }),
  },
  {
    kind: 'Query',
    name: 'adminLog',
    surface: 'staff',
    call: () => ({ document: '{ adminLog(first: 10) { items { id } } }' }),
    expect: who({ allow: ['clinicAdmin', 'auditor', 'regionAdmin'] }),
  },

  {
    kind: 'Query',
    name: 'statistics',
    surface: 'staff',
    call: () => ({
      document:
        'query($f: StatisticsFilter!) { statistics(filter: $f) { current { submitted { value } } } }',
      variables: { f: { from: '2026-11-01', to: '2026-11-30' } },
    }),
    expect: who({ allow: ['clinicAdmin', 'regionAdmin', 'serviceAdmin'] }),
  },

  // ---- Administration of case types ------------------------------------------------------
  {
    kind: 'Query',
    name: 'regionOffering',
    surface: 'staff',
    call: () => ({ document: '{ regionOffering { caseTypeId } }' }),
    expect: who({ allow: ['regionAdmin'] }),
  },
  {
    kind: 'Mutation',
    name: 'setRegionOffering',
    surface: 'staff',
    // Offered already: an allowed call changes nothing another cell relies on.
    call: (fx) => ({
      document:
        'mutation($id: ID!) { setRegionOffering(caseTypeId: $id, offered: true) { caseTypeId } }',
      variables: { id: fx.prescriptionTypeId },
    }),
    expect: who({ allow: ['regionAdmin'] }),
  },
  {
    kind: 'Query',
    name: 'clinicCaseTypes',
    surface: 'staff',
    call: () => ({ document: '{ clinicCaseTypes { caseTypeId } }' }),
    expect: who({ allow: ['clinicAdmin'] }),
  },
  {
    kind: 'Mutation',
    name: 'updateClinicCaseType',
    surface: 'staff',
    // The settings the fixture made, saved again at the current revision.
    call: async (fx) => ({
      document:
        'mutation($input: UpdateClinicCaseTypeInput!) { updateClinicCaseType(input: $input) { revision } }',
      variables: {
        input: {
          caseTypeId: fx.prescriptionTypeId,
          active: true,
          options: NATIONAL_CASE_TYPES.RENEW_PRESCRIPTION.defaultClinicOptions,
          availableForProxy: true,
          attachmentsAllowed: true,
          expectedResponseDays: 3,
          sortOrder: 0,
          revision: await fx.clinicSettingsRevision(),
        },
      },
    }),
    expect: who({ allow: ['clinicAdmin'] }),
  },
  {
    kind: 'Query',
    name: 'customCaseTypes',
    surface: 'staff',
    call: () => ({ document: '{ customCaseTypes { id } }' }),
    expect: who({ allow: ['clinicAdmin'] }),
  },
  {
    kind: 'Query',
    name: 'customCaseType',
    surface: 'staff',
    call: (fx) => ({
      document: 'query($id: ID!) { customCaseType(id: $id) { id } }',
      variables: { id: fx.shared.customCaseTypeId },
    }),
    expect: who({ allow: ['clinicAdmin'] }),
  },
  {
    kind: 'Mutation',
    name: 'createCustomCaseType',
    surface: 'staff',
    call: () => ({
      document:
        'mutation($input: CreateCustomCaseTypeInput!) { createCustomCaseType(input: $input) { id } }',
      variables: { input: { nameSv: 'Intyg' } },
    }),
    expect: who({ allow: ['clinicAdmin'] }),
  },
  {
    kind: 'Mutation',
    name: 'saveCustomCaseType',
    surface: 'staff',
    call: async (fx) => ({
      document:
        'mutation($input: SaveCustomCaseTypeInput!) { saveCustomCaseType(input: $input) { id } }',
      variables: {
        input: {
          caseTypeId: await fx.freshCustomCaseType(),
          nameSv: 'Intyg',
          definition: {
            items: [
              { linkId: 'message', type: 'text', required: true, text: { sv: 'Vad gäller det?' } },
            ],
            clinicOptions: [],
          },
        },
      },
    }),
    expect: who({ allow: ['clinicAdmin'] }),
  },
  {
    kind: 'Mutation',
    name: 'publishCustomCaseType',
    surface: 'staff',
    call: async (fx) => ({
      document: 'mutation($id: ID!) { publishCustomCaseType(id: $id) { id } }',
      variables: { id: await fx.freshCustomCaseType() },
    }),
    expect: who({ allow: ['clinicAdmin'] }),
  },

  // ---- Standard answers (the clinic administrator of the session's clinic) -----------------
  {
    kind: 'Query',
    name: 'clinicStandardAnswers',
    surface: 'staff',
    call: () => ({ document: '{ clinicStandardAnswers { id } }' }),
    expect: who({ allow: ['clinicAdmin'] }),
  },
  {
    kind: 'Mutation',
    name: 'createStandardAnswer',
    surface: 'staff',
    call: () => ({
      document:
        'mutation($input: CreateStandardAnswerInput!) { createStandardAnswer(input: $input) { id } }',
      variables: { input: { titleSv: 'Svar', textSv: 'Vi har tagit emot ditt ärende.' } },
    }),
    expect: who({ allow: ['clinicAdmin'] }),
  },
  {
    kind: 'Mutation',
    name: 'updateStandardAnswer',
    surface: 'staff',
    call: async (fx) => ({
      document:
        'mutation($input: UpdateStandardAnswerInput!) { updateStandardAnswer(input: $input) { id } }',
      variables: {
        input: { id: await freshStandardAnswer(fx), titleSv: 'Nytt', textSv: 'Ny text.' },
      },
    }),
    expect: who({ allow: ['clinicAdmin'] }),
  },
  {
    kind: 'Mutation',
    name: 'moveStandardAnswer',
    surface: 'staff',
    call: async (fx) => ({
      // Last in clinic X's every-type list, after the fixture's answer: it can always move up.
      document: 'mutation($id: ID!) { moveStandardAnswer(id: $id, direction: UP) { id } }',
      variables: { id: await freshStandardAnswer(fx) },
    }),
    expect: who({ allow: ['clinicAdmin'] }),
  },
  {
    kind: 'Mutation',
    name: 'retireStandardAnswer',
    surface: 'staff',
    call: async (fx) => ({
      document: 'mutation($id: ID!) { retireStandardAnswer(id: $id) { id } }',
      variables: { id: await freshStandardAnswer(fx) },
    }),
    expect: who({ allow: ['clinicAdmin'] }),
  },

  // ---- Driftstatus: public reading and subscription; the national service administration -----
  {
    kind: 'Query',
    name: 'serviceStatus',
    surface: 'both',
    publicOperation: true,
    call: () => ({ document: '{ serviceStatus { current { id } upcoming { id } } }' }),
    expect: who({ allow: ACTORS }),
  },
  {
    kind: 'Mutation',
    name: 'subscribeToServiceStatus',
    surface: 'both',
    publicOperation: true,
    call: () => ({
      document:
        'mutation($input: SubscribeToServiceStatusInput!) { subscribeToServiceStatus(input: $input) }',
      variables: { input: { email: `matris-${randomUUID()}@example.se`, language: 'sv' } },
    }),
    expect: who({ allow: ACTORS }),
  },
  {
    kind: 'Mutation',
    name: 'confirmServiceStatusSubscription',
    surface: 'both',
    publicOperation: true,
    call: async (fx) => ({
      document: 'mutation($t: String!) { confirmServiceStatusSubscription(token: $t) }',
      variables: { t: (await freshSubscription(fx)).confirm },
    }),
    expect: who({ allow: ACTORS }),
  },
  {
    kind: 'Mutation',
    name: 'unsubscribeFromServiceStatus',
    surface: 'both',
    publicOperation: true,
    call: async (fx) => ({
      document: 'mutation($t: String!) { unsubscribeFromServiceStatus(token: $t) }',
      variables: { t: (await freshSubscription(fx)).unsubscribe },
    }),
    expect: who({ allow: ACTORS }),
  },
  {
    kind: 'Query',
    name: 'serviceAnnouncements',
    surface: 'staff',
    call: () => ({ document: '{ serviceAnnouncements { id } }' }),
    expect: who({ allow: ['serviceAdmin'] }),
  },
  {
    kind: 'Mutation',
    name: 'publishServiceAnnouncement',
    surface: 'staff',
    call: (fx) => ({
      document:
        'mutation($input: PublishServiceAnnouncementInput!) { publishServiceAnnouncement(input: $input) { id } }',
      variables: {
        input: {
          kind: 'MAINTENANCE',
          affected: ['STAFF'],
          titleSv: 'Underhåll',
          titleEn: 'Maintenance',
          bodySv: 'Personaltjänsten stängs en stund.',
          bodyEn: 'The staff service closes for a while.',
          startsAt: new Date(fx.harness.clock.now().getTime() + 30 * 24 * 3_600_000).toISOString(),
          endsAt: null,
        },
      },
    }),
    expect: who({ allow: ['serviceAdmin'] }),
  },
  {
    kind: 'Mutation',
    name: 'updateServiceAnnouncement',
    surface: 'staff',
    call: async (fx) => ({
      document:
        'mutation($input: ServiceAnnouncementUpdateInput!) { updateServiceAnnouncement(input: $input) { id } }',
      variables: {
        input: { id: await freshAnnouncement(fx), textSv: 'Mer nu.', textEn: 'More now.' },
      },
    }),
    expect: who({ allow: ['serviceAdmin'] }),
  },
  {
    kind: 'Mutation',
    name: 'endServiceAnnouncement',
    surface: 'staff',
    call: async (fx) => ({
      document:
        'mutation($input: ServiceAnnouncementUpdateInput!) { endServiceAnnouncement(input: $input) { id } }',
      variables: { input: { id: await freshAnnouncement(fx), textSv: 'Klart.', textEn: 'Done.' } },
    }),
    expect: who({ allow: ['serviceAdmin'] }),
  },

  // ---- Support: every staff member reports; the reporter and the national administration ----
  {
    kind: 'Query',
    name: 'supportContact',
    surface: 'staff',
    call: () => ({ document: '{ supportContact { phone email } }' }),
    expect: who({ allow: ALL_STAFF }),
  },
  {
    kind: 'Query',
    name: 'mySupportReports',
    surface: 'staff',
    call: () => ({ document: '{ mySupportReports { id } }' }),
    // The shared report is receiverHere's: nobody else lists it, the administration included.
    reveals: (data, fx) =>
      list(data, 'mySupportReports').some((r) => r.id === fx.shared.supportReportId),
    expect: who({ allow: ['receiverHere'], hidden: ALL_STAFF.filter((a) => a !== 'receiverHere') }),
  },
  {
    kind: 'Query',
    name: 'supportQueue',
    surface: 'staff',
    call: () => ({ document: '{ supportQueue(first: 100) { items { id } nextCursor } }' }),
    expect: who({ allow: ['serviceAdmin'] }),
  },
  {
    kind: 'Query',
    name: 'supportReport',
    surface: 'staff',
    call: (fx) => ({
      document: 'query($id: ID!) { supportReport(id: $id) { id summary } }',
      variables: { id: fx.shared.supportReportId },
    }),
    expect: who({ allow: SUPPORT_READERS, absent: NOT_SUPPORT_READERS }),
  },
  {
    kind: 'Mutation',
    name: 'reportFault',
    surface: 'staff',
    call: (fx) => ({
      document: 'mutation($input: ReportFaultInput!) { reportFault(input: $input) { id } }',
      variables: {
        input: {
          summary: 'Matrisfel',
          description: 'Ett fel för matrisen.',
          area: 'OTHER',
          occurredAt: fx.harness.clock.now().toISOString(),
          severity: 'LOW',
        },
      },
    }),
    expect: who({ allow: ALL_STAFF }),
  },
  {
    kind: 'Mutation',
    name: 'replyToSupportReport',
    surface: 'staff',
    call: async (fx) => ({
      document:
        'mutation($input: ReplyToSupportReportInput!) { replyToSupportReport(input: $input) { id } }',
      variables: { input: { reportId: await freshSupportReport(fx), text: 'Svar.' } },
    }),
    expect: who({ allow: SUPPORT_READERS, absent: NOT_SUPPORT_READERS }),
  },
  {
    kind: 'Mutation',
    name: 'setSupportReportStatus',
    surface: 'staff',
    call: async (fx) => ({
      document:
        'mutation($input: SetSupportReportStatusInput!) { setSupportReportStatus(input: $input) { id } }',
      variables: { input: { reportId: await freshSupportReport(fx), status: 'IN_PROGRESS' } },
    }),
    // The reporter reads it but may not move it (FORBIDDEN); for the rest it does not exist.
    expect: who({ allow: ['serviceAdmin'], absent: NOT_SUPPORT_READERS }),
  },

  // ---- Attachment downloads (REST) -------------------------------------------------------
  {
    kind: 'GET',
    name: '/api/citizen/attachments/:id',
    surface: 'citizen',
    path: (fx, actor) => `/api/citizen/attachments/${fx.target(actor).attachmentId}`,
    expect: who({ allow: AS_SUBJECT, absent: NOT_THE_SUBJECT }),
  },
  {
    kind: 'GET',
    name: '/api/citizen/cases/:id/access-log.csv',
    surface: 'citizen',
    path: (fx, actor) => `/api/citizen/cases/${fx.target(actor).caseId}/access-log.csv`,
    sent: (body) => body.toString('utf8').startsWith('\uFEFF"Tidpunkt";"Mottagning";'),
    expect: who({ allow: AS_SUBJECT, absent: NOT_THE_SUBJECT }),
  },
  {
    kind: 'GET',
    name: '/api/citizen/cases/:id/access-log.pdf',
    surface: 'citizen',
    path: (fx, actor) => `/api/citizen/cases/${fx.target(actor).caseId}/access-log.pdf`,
    sent: (body) => body.subarray(0, 5).toString('latin1') === '%PDF-',
    expect: who({ allow: AS_SUBJECT, absent: NOT_THE_SUBJECT }),
  },
  {
    kind: 'GET',
    name: '/api/staff/attachments/:id',
    surface: 'staff',
    path: (fx) => `/api/staff/attachments/${fx.shared.caseAttachmentId}`,
    logs: { action: 'READ_ATTACHMENT', cases: 'shared' },
    expect: who({ allow: CASE_READERS, absent: OUTSIDE_THE_CASE }),
  },
  {
    kind: 'GET',
    name: '/api/staff/support-reports/:id/screenshot',
    surface: 'staff',
    path: (fx) => `/api/staff/support-reports/${fx.shared.supportReportId}/screenshot`,
    expect: who({ allow: SUPPORT_READERS, absent: NOT_SUPPORT_READERS }),
  },
];

/** A new support report of receiverHere's, at their workplace. */
async function freshSupportReport(fx: Fixture): Promise<string> {
  const id = randomUUID();
  const at = fx.harness.clock.now();
  await fx.harness.prisma.supportReport.create({
    data: {
      id,
      reporterStaffId: fx.staff.receiverHere.id,
      reporterAssignmentId: fx.staff.receiverHere.assignmentId,
      reporterWorkplace: 'Mottagning X',
      summary: 'Matrisfel',
      description: 'Ett fel för matrisen.',
      area: 'OTHER',
      occurredAt: at,
      severity: 'LOW',
      status: 'NEW',
      createdAt: at,
      updatedAt: at,
    },
  });
  return id;
}

/** A new live standard answer of clinic X for every case type, last in its list. */
async function freshStandardAnswer(fx: Fixture): Promise<string> {
  const id = randomUUID();
  await fx.harness.prisma.standardAnswer.create({
    data: {
      id,
      clinicId: fx.clinicX,
      caseTypeId: null,
      titleSv: 'Matris',
      textSv: 'Ett standardsvar för matrisen.',
      position: 1_000_000,
      createdAt: new Date(),
    },
  });
  return id;
}

/** A confirmed-or-not driftstatus subscription of its own, with its two links' tokens. */
async function freshSubscription(fx: Fixture): Promise<{ confirm: string; unsubscribe: string }> {
  const id = randomUUID();
  const key = linkKeyFrom(HARNESS_JWT_SECRET);
  const confirm = linkToken(key, 'confirm', id, 'matris-c');
  const unsubscribe = linkToken(key, 'unsubscribe', id, 'matris-u');
  await fx.harness.prisma.serviceStatusSubscription.create({
    data: {
      id,
      email: `matris-${id}@example.se`,
      locale: 'sv',
      confirmSalt: 'matris-c',
      confirmTokenHash: tokenHash(confirm),
      unsubscribeSalt: 'matris-u',
      unsubscribeTokenHash: tokenHash(unsubscribe),
      confirmRequestedAt: fx.harness.clock.now(),
      createdAt: fx.harness.clock.now(),
    },
  });
  return { confirm, unsubscribe };
}

/** A current announcement of its own, published by the fixture's service administrator. */
async function freshAnnouncement(fx: Fixture): Promise<string> {
  const id = randomUUID();
  await fx.harness.prisma.serviceAnnouncement.create({
    data: {
      id,
      kind: 'DISTURBANCE',
      affected: ['CITIZEN'],
      titleSv: 'Störning',
      titleEn: 'Disruption',
      bodySv: 'Vi felsöker.',
      bodyEn: 'We are investigating.',
      startsAt: new Date(fx.harness.clock.now().getTime() - 3_600_000),
      endsAt: null,
      publishedAt: new Date(fx.harness.clock.now().getTime() - 3_600_000),
      createdByStaffId: fx.staff.serviceAdmin.id,
    },
  });
  return id;
}

/** The key of a GraphQL row, as the schema names it: `Query.caseQueue`. */
export const operationKey = (row: GraphqlRow): string => `${row.kind}.${row.name}`;

/**
 * What the table and the schema disagree on: operations of the schema without a row, rows
 * without an operation, and operations with more than one row.
 */
export function coverageProblems(
  schemaOperations: readonly string[],
  rows: readonly MatrixRow[],
): { missing: string[]; unknown: string[]; duplicated: string[] } {
  const keys = rows.filter((r): r is GraphqlRow => r.kind !== 'GET').map(operationKey);
  const inTable = new Set(keys);
  const inSchema = new Set(schemaOperations);
  return {
    missing: schemaOperations.filter((op) => !inTable.has(op)).sort(),
    unknown: [...inTable].filter((op) => !inSchema.has(op)).sort(),
    duplicated: [...new Set(keys.filter((k, i) => keys.indexOf(k) !== i))].sort(),
  };
}
