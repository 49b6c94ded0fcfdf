// The authorization matrix: every root operation of the GraphQL schema and every attachment
// download, how to call it, and what each actor variant must get (DOMAIN.md section 5 and
// src/cases/case-access.policy.ts). authorization-matrix.int.test.ts generates one test per
// cell from this table and fails when the schema has an operation the table does not cover.
import { randomUUID } from 'node:crypto';
import { NATIONAL_CASE_TYPES, TERMS_VERSIONS } from '@etj/domain';
import {
  ACTORS,
  isStaffActor,
  PRESCRIPTION_ANSWERS,
  TINY_PNG_BASE64,
  type ActorName,
  type Fixture,
} from './authorization-matrix.fixture.ts';

/**
 * allow: the call passes the access gate (no NOT_FOUND, FORBIDDEN or UNAUTHENTICATED);
 * hidden: allowed, but the result must not show the shared case (lists: the role may list,
 *   the record is not theirs);
 * deny: NOT_FOUND, FORBIDDEN or UNAUTHENTICATED and no data (downloads: 401, 403 or 404);
 * absent: denied with NOT_FOUND only (downloads: 404): the record is not the actor's to know
 *   of, so the answer must not tell it from one that does not exist.
 */
export type Expected = 'allow' | 'hidden' | 'deny' | 'absent';

export type GraphqlCall = {
  document: string;
  variables?: Record<string, unknown>;
  /** The case a mutation works on: a refusal must leave it exactly as it was. */
  caseId?: string;
};

type RowBase = {
  /** Who may do what; every actor not named is denied. */
  expect: Record<ActorName, Expected>;
};

export type GraphqlRow = RowBase & {
  kind: 'Query' | 'Mutation';
  /** The root field. */
  name: string;
  /** The endpoint its SPA calls; actors always call through their own surface. */
  surface: 'citizen' | 'staff' | 'both';
  /** Builds the call for one cell; mutations make their own fresh records here. */
  call(fx: Fixture, actor: ActorName): Promise<GraphqlCall> | GraphqlCall;
  /** For lists: does the result show the shared case (or draft, or caregiver)? */
  reveals?(data: unknown, fx: Fixture): boolean;
};

export type DownloadRow = RowBase & {
  kind: 'GET';
  surface: 'citizen' | 'staff';
  name: string;
  path(fx: Fixture): string;
};

export type MatrixRow = GraphqlRow | DownloadRow;

/** The expectation for each actor: the named ones as given, everybody else denied. */
export function who(rules: {
  allow?: ActorName[];
  hidden?: ActorName[];
  absent?: ActorName[];
}): Record<ActorName, Expected> {
  const out = Object.fromEntries(ACTORS.map((a) => [a, 'deny'])) as Record<ActorName, Expected>;
  for (const a of rules.allow ?? []) out[a] = 'allow';
  for (const a of rules.hidden ?? []) out[a] = 'hidden';
  for (const a of rules.absent ?? []) out[a] = 'absent';
  return out;
}

const CITIZENS: ActorName[] = ['owningCitizen', 'otherCitizen'];
const ALL_STAFF: ActorName[] = ACTORS.filter(isStaffActor);
/** Case content: DOMAIN.md 5 (the receivers at the clinic, the caregiver now, one who wrote). */
const CASE_READERS: ActorName[] = ['receiverHere', 'assignedCaregiver', 'formerCaregiver'];
/** Answering and closing: mayRespond (the caregiver assigned now, or a receiver directly). */
const CASE_RESPONDERS: ActorName[] = ['receiverHere', 'assignedCaregiver'];
/** Staff who may not read the case at all: for them it does not exist. */
const OUTSIDE_THE_CASE: ActorName[] = [
  'receiverElsewhere',
  'otherCaregiver',
  'clinicAdmin',
  'auditor',
  'regionAdmin',
];

const items = (data: unknown, field: string): { id?: string; caseId?: string | null }[] =>
  ((data as Record<string, { items?: unknown[] } | undefined>)[field]?.items ?? []) as {
    id?: string;
    caseId?: string | null;
  }[];
const list = (data: unknown, field: string): { id?: string }[] =>
  ((data as Record<string, unknown[] | undefined>)[field] ?? []) as { id?: string }[];

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
    call: () => ({ document: '{ citizenMe { id } }' }),
    expect: who({ allow: CITIZENS }),
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
    reveals: (data, fx) => list(data, 'myCaseDrafts').some((d) => d.id === fx.shared.draftId),
    expect: who({ allow: ['owningCitizen'], hidden: ['otherCitizen'] }),
  },
  {
    kind: 'Query',
    name: 'caseDraft',
    surface: 'citizen',
    call: (fx) => ({
      document: 'query($id: ID!) { caseDraft(id: $id) { id } }',
      variables: { id: fx.shared.draftId },
    }),
    expect: who({ allow: ['owningCitizen'], absent: ['otherCitizen'] }),
  },
  {
    kind: 'Mutation',
    name: 'saveCaseDraft',
    surface: 'citizen',
    call: async (fx) => {
      const draft = await fx.freshDraft();
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
    expect: who({ allow: ['owningCitizen'], absent: ['otherCitizen'] }),
  },
  {
    kind: 'Mutation',
    name: 'deleteCaseDraft',
    surface: 'citizen',
    call: async (fx) => ({
      document: 'mutation($id: ID!) { deleteCaseDraft(id: $id) }',
      variables: { id: (await fx.freshDraft()).id },
    }),
    expect: who({ allow: ['owningCitizen'], absent: ['otherCitizen'] }),
  },
  {
    kind: 'Mutation',
    name: 'reviewCaseDraft',
    surface: 'citizen',
    call: async (fx) => ({
      document: 'mutation($id: ID!) { reviewCaseDraft(id: $id) { ready } }',
      variables: { id: (await fx.freshDraft()).id },
    }),
    expect: who({ allow: ['owningCitizen'], absent: ['otherCitizen'] }),
  },
  {
    kind: 'Mutation',
    name: 'submitCase',
    surface: 'citizen',
    call: async (fx) => ({
      document: 'mutation($input: SubmitCaseInput!) { submitCase(input: $input) { caseId } }',
      variables: { input: { draftId: (await fx.freshDraft()).id, idempotencyKey: randomUUID() } },
    }),
    expect: who({ allow: ['owningCitizen'], absent: ['otherCitizen'] }),
  },
  {
    kind: 'Query',
    name: 'draftAttachments',
    surface: 'citizen',
    call: (fx) => ({
      document: 'query($d: ID!) { draftAttachments(draftId: $d) { id } }',
      variables: { d: fx.shared.draftId },
    }),
    expect: who({ allow: ['owningCitizen'], absent: ['otherCitizen'] }),
  },
  {
    kind: 'Mutation',
    name: 'addDraftAttachment',
    surface: 'citizen',
    call: async (fx) => ({
      document:
        'mutation($input: AddDraftAttachmentInput!) { addDraftAttachment(input: $input) { id } }',
      variables: {
        input: {
          draftId: (await fx.freshDraft()).id,
          fileName: 'bild.png',
          contentBase64: TINY_PNG_BASE64,
        },
      },
    }),
    expect: who({ allow: ['owningCitizen'], absent: ['otherCitizen'] }),
  },
  {
    kind: 'Mutation',
    name: 'removeDraftAttachment',
    surface: 'citizen',
    call: async (fx) => ({
      document: 'mutation($id: ID!) { removeDraftAttachment(id: $id) }',
      variables: { id: await fx.freshDraftAttachment() },
    }),
    expect: who({ allow: ['owningCitizen'], absent: ['otherCitizen'] }),
  },

  // ---- The citizen's side of a case ------------------------------------------------------
  {
    kind: 'Query',
    name: 'inbox',
    surface: 'citizen',
    call: () => ({ document: '{ inbox(first: 50) { items { id caseId } } }' }),
    reveals: (data, fx) => items(data, 'inbox').some((m) => m.caseId === fx.shared.caseId),
    expect: who({ allow: ['owningCitizen'], hidden: ['otherCitizen'] }),
  },
  {
    kind: 'Query',
    name: 'citizenCase',
    surface: 'citizen',
    call: (fx) => ({
      document: `query($id: ID!) { citizenCase(id: $id) ${CITIZEN_CASE} }`,
      variables: { id: fx.shared.caseId },
    }),
    expect: who({ allow: ['owningCitizen'], absent: ['otherCitizen'] }),
  },
  {
    kind: 'Mutation',
    name: 'markCaseRead',
    surface: 'citizen',
    call: async (fx) => {
      const c = await fx.freshCase();
      return {
        document: `mutation($id: ID!) { markCaseRead(caseId: $id) ${CITIZEN_CASE} }`,
        variables: { id: c.id },
        caseId: c.id,
      };
    },
    expect: who({ allow: ['owningCitizen'], absent: ['otherCitizen'] }),
  },
  {
    kind: 'Mutation',
    name: 'replyToCase',
    surface: 'citizen',
    call: async (fx) => {
      const c = await fx.freshCase({ status: 'WAITING_FOR_CITIZEN' });
      return {
        document: `mutation($input: ReplyToCaseInput!) { replyToCase(input: $input) ${CITIZEN_CASE} }`,
        variables: {
          input: { caseId: c.id, idempotencyKey: randomUUID(), text: 'Det gör ont sedan i går.' },
        },
        caseId: c.id,
      };
    },
    expect: who({ allow: ['owningCitizen'], absent: ['otherCitizen'] }),
  },
  {
    kind: 'Mutation',
    name: 'setCaseArchived',
    surface: 'citizen',
    call: async (fx) => {
      const c = await fx.freshCase({ status: 'ANSWERED' });
      return {
        document: `mutation($input: SetCaseArchivedInput!) { setCaseArchived(input: $input) ${CITIZEN_CASE} }`,
        variables: { input: { caseId: c.id, archived: true } },
        caseId: c.id,
      };
    },
    expect: who({ allow: ['owningCitizen'], absent: ['otherCitizen'] }),
  },

  // ---- The staff side of a case ----------------------------------------------------------
  {
    kind: 'Query',
    name: 'caseQueue',
    surface: 'staff',
    call: (fx) => ({
      document: 'query($f: CaseQueueFilter) { caseQueue(filter: $f, first: 25) { items { id } } }',
      variables: { f: { caseTypeId: fx.prescriptionTypeId } },
    }),
    reveals: (data, fx) => items(data, 'caseQueue').some((c) => c.id === fx.shared.caseId),
    expect: who({ allow: ['receiverHere'], hidden: ['receiverElsewhere'] }),
  },
  {
    kind: 'Query',
    name: 'myAssignedCases',
    surface: 'staff',
    call: () => ({ document: '{ myAssignedCases(first: 25) { items { id } } }' }),
    reveals: (data, fx) => items(data, 'myAssignedCases').some((c) => c.id === fx.shared.caseId),
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
    expect: who({ allow: ['receiverHere'], absent: OUTSIDE_THE_CASE }),
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

  // ---- Attachment downloads (REST) -------------------------------------------------------
  {
    kind: 'GET',
    name: '/api/citizen/attachments/:id',
    surface: 'citizen',
    path: (fx) => `/api/citizen/attachments/${fx.shared.caseAttachmentId}`,
    expect: who({ allow: ['owningCitizen'], absent: ['otherCitizen'] }),
  },
  {
    kind: 'GET',
    name: '/api/staff/attachments/:id',
    surface: 'staff',
    path: (fx) => `/api/staff/attachments/${fx.shared.caseAttachmentId}`,
    expect: who({ allow: CASE_READERS, absent: OUTSIDE_THE_CASE }),
  },
];

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
