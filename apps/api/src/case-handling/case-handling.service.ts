import {
  caseDeletionAt,
  clinicCalendar,
  formatIdentityNumber,
  readOpeningHours,
  type ClinicCalendar,
} from '@etj/domain';
import type { Clock } from '../common/clock.ts';
import { badInput, conflict, forbidden, notFound } from '../common/errors.ts';
import { clinicWithRole } from '../identity/workplace.policy.ts';
import {
  mayAssign,
  mayBeAssigned,
  mayRespond,
  mayAddNote,
  staffReadRole,
  type CaseRole,
} from '../cases/case-access.policy.ts';
import { nextStatus } from '../cases/case-status.ts';
import type { AttachmentInfo, CaseMessageView } from '../cases/case-view.types.ts';
import {
  accessLogRows,
  accessLogTemplate,
  type AccessAction,
} from '../access-log/access-log-write.repository.ts';
import type { StaffActor } from '../identity/actor.ts';
import type { StaffRole } from '../identity/identity.types.ts';
import {
  LoaderScopes,
  type CaseHandlingLoaders,
  type RequestScope,
} from './case-handling.loaders.ts';
import type {
  CaseDetailRow,
  CaseFactsRow,
  CaseHandlingRepository,
  CaseSummaryRow,
  ListAccessLog,
  StaffRefRow,
} from './case-handling.repository.ts';
import {
  checkPageSize,
  decodeDueCursor,
  decodeQueueCursor,
  decodeWorkCursor,
  messageBody,
  minAgeBoundary,
  guardianAuthorName,
  personName,
  sentByName,
  queueCursor,
  queueRank,
  queueStatuses,
  dueCursor,
  readMessageBody,
  responseMove,
  responseProblems,
  staffAuthorName,
  workCursor,
} from './case-handling.rules.ts';
import { firstAnswerDue } from './response-due.rules.ts';
import type {
  AddInternalNoteInput,
  AssignCaseInput,
  CaseListOrder,
  CaseQueueFilter,
  CloseCaseInput,
  InternalNoteView,
  RespondToCaseInput,
  StaffCase,
  StaffCasePage,
  StaffCaseSummary,
  StaffMemberRef,
  StandardAnswerView,
} from './case-handling.types.ts';

export { type RequestScope } from './case-handling.loaders.ts';

/**
 * The staff side of the case loop. Every read and change of a case is decided by
 * case-access.policy.ts and written to the access log in the same transaction.
 */
export class CaseHandlingService {
  private readonly loaders: LoaderScopes;

  constructor(
    private readonly repository: CaseHandlingRepository,
    private readonly clock: Clock,
  ) {
    this.loaders = new LoaderScopes(repository);
  }

  /** The clinic queue (case receivers): one statement (the page and its log rows) whatever its size. */
  async queue(
    actor: StaffActor,
    filter: CaseQueueFilter,
    order: CaseListOrder,
    first: number,
    after: string | null,
    scope: RequestScope,
  ): Promise<StaffCasePage> {
    const clinicId = clinicOrRefuse(actor, 'CASE_RECEIVER');
    checkPageSize(first);
    const query = {
      clinicId,
      statuses: queueStatuses(filter.statuses),
      caseTypeId: filter.caseTypeId ?? null,
      assignment: filter.assignment ?? 'ANY',
      minAgeBefore:
        filter.minAgeDays === null || filter.minAgeDays === undefined
          ? null
          : minAgeBoundary(this.clock.today(), filter.minAgeDays),
      limit: first + 1,
    };
    const log = this.listLog(actor, 'CASE_RECEIVER', 'LIST_QUEUE', first, scope);
    if (order === 'FIRST_ANSWER_DUE') {
      const rows = await this.repository.dueQueuePage(
        { ...query, after: after ? decodeDueCursor(after) : null },
        log,
      );
      return this.page(rows, first, dueCursorOf);
    }
    const rows = await this.repository.queuePage(
      { ...query, after: after ? decodeQueueCursor(after) : null },
      log,
    );
    return this.page(rows, first, (last) =>
      queueCursor({
        rank: queueRank(last.status, last.assignedStaffId),
        submittedAt: last.submittedAt,
        id: last.id,
      }),
    );
  }

  /** My assigned cases at the chosen clinic (caregivers), latest event first. */
  async workList(
    actor: StaffActor,
    includeClosed: boolean,
    order: CaseListOrder,
    first: number,
    after: string | null,
    scope: RequestScope,
  ): Promise<StaffCasePage> {
    const clinicId = clinicOrRefuse(actor, 'CAREGIVER');
    checkPageSize(first);
    const query = { clinicId, staffMemberId: actor.staffMemberId, limit: first + 1 };
    const log = this.listLog(actor, 'CAREGIVER', 'LIST_WORK', first, scope);
    if (order === 'FIRST_ANSWER_DUE') {
      const rows = await this.repository.dueWorkPage(
        { ...query, after: after ? decodeDueCursor(after) : null },
        log,
      );
      return this.page(rows, first, dueCursorOf);
    }
    const rows = await this.repository.workPage(
      { ...query, includeClosed, after: after ? decodeWorkCursor(after) : null },
      log,
    );
    return this.page(rows, first, (last) =>
      workCursor({ lastEventAt: last.lastEventAt, id: last.id }),
    );
  }

  /** A list page: its first `first` rows as summaries, time left reckoned now on each row's clinic calendar. */
  private page(
    rows: CaseSummaryRow[],
    first: number,
    cursorOf: (last: CaseSummaryRow) => string,
  ): StaffCasePage {
    const items = rows.slice(0, first);
    const last = items.at(-1);
    const now = this.clock.now();
    const calendars = new Calendars();
    return {
      items: items.map((row) => summary(row, now, calendars)),
      nextCursor: rows.length > first && last ? cursorOf(last) : null,
    };
  }

  /** One case; NOT_FOUND unless the policy gives the viewer a role to read it in. */
  async read(actor: StaffActor, id: string, scope: RequestScope): Promise<StaffCase> {
    const facts = await this.readable(actor, id);
    const role = staffReadRole(actor, facts) as CaseRole;
    const row = await this.repository.detail(id, (cases) =>
      accessLogRows(actor, role, 'READ_CASE', cases, this.clock.now(), scope.requestId),
    );
    if (!row) throw notFound();
    return this.view(actor, row, facts, scope);
  }

  /** Caregivers at the receiver's clinic today, to assign a case to. */
  async caregivers(actor: StaffActor): Promise<StaffMemberRef[]> {
    const clinicId = clinicOrRefuse(actor, 'CASE_RECEIVER');
    const rows = await this.repository.caregivers(clinicId, this.clock.today());
    return rows.map(staffRef);
  }

  /** The clinic's answers for the case's type and for every type (whoever may answer it). */
  async standardAnswers(actor: StaffActor, caseId: string): Promise<StandardAnswerView[]> {
    const facts = await this.readable(actor, caseId);
    if (!mayRespond(actor, facts)) throw forbidden();
    const rows = await this.repository.standardAnswers(facts.clinicId, facts.caseTypeId);
    return rows.map((r) => ({
      id: r.id,
      title: r.titleSv,
      text: r.textSv,
      caseTypeId: r.caseTypeId,
    }));
  }

  /** Assigns or reassigns to a caregiver of the clinic; one winner when receivers race. */
  async assign(actor: StaffActor, input: AssignCaseInput, scope: RequestScope): Promise<StaffCase> {
    const facts = await this.readable(actor, input.caseId);
    if (facts.status === 'CLOSED') throw conflict('CASE_CLOSED');
    if (!mayAssign(actor, facts)) throw forbidden();
    const roles = await this.repository.rolesAtClinic(
      input.staffMemberId,
      facts.clinicId,
      this.clock.today(),
    );
    if (!mayBeAssigned(roles))
      throw badInput([{ path: 'staffMemberId', code: 'NOT_A_CAREGIVER_HERE' }]);
    const toStatus = nextStatus(facts.status, { kind: 'ASSIGN' });
    if (!toStatus) throw conflict('CASE_CLOSED');
    const at = this.clock.now();
    const done = await this.repository.assign({
      guard: { caseId: facts.id, expectedRevision: input.expectedRevision, at },
      actorStaffId: actor.staffMemberId,
      role: 'CASE_RECEIVER',
      clinicId: facts.clinicId,
      staffMemberId: input.staffMemberId,
      previousStaffId: facts.assignedStaffId,
      fromStatus: facts.status,
      toStatus,
      log: this.changeLog(actor, 'CASE_RECEIVER', 'ASSIGN_CASE', facts, at, scope),
    });
    if (!done) throw conflict('CASE_CHANGED');
    return this.afterChange(actor, facts.id, scope);
  }

  /** Answer, partial answer or counter-question; a message to the patient's inbox. */
  async respond(
    actor: StaffActor,
    input: RespondToCaseInput,
    scope: RequestScope,
  ): Promise<StaffCase> {
    const facts = await this.readable(actor, input.caseId);
    const role = mayRespond(actor, facts);
    if (!role) throw forbidden();
    const problems = responseProblems(input);
    if (problems.length > 0) throw badInput(problems);
    const { move, action } = responseMove(input.kind, input.close);
    const toStatus = nextStatus(facts.status, move);
    if (!toStatus) throw conflict('CASE_CLOSED');
    const at = this.clock.now();
    const done = await this.repository.respond({
      guard: { caseId: facts.id, expectedRevision: input.expectedRevision, at },
      actorStaffId: actor.staffMemberId,
      role,
      kind: input.kind,
      firstAnswer: facts.staffAuthorIds.length === 0,
      subjectPersonId: facts.subjectPersonId,
      body: messageBody(input.text, input.outcomes),
      fromStatus: facts.status,
      toStatus,
      log: this.changeLog(actor, role, action, facts, at, scope),
    });
    if (!done) throw conflict('CASE_CHANGED');
    return this.afterChange(actor, facts.id, scope);
  }

  /** Closes an answered case. */
  async close(actor: StaffActor, input: CloseCaseInput, scope: RequestScope): Promise<StaffCase> {
    const facts = await this.readable(actor, input.caseId);
    const role = mayRespond(actor, facts);
    if (!role && facts.status !== 'CLOSED') throw forbidden();
    if (!role || !nextStatus(facts.status, { kind: 'CLOSE' })) throw conflict('CASE_NOT_ANSWERED');
    const at = this.clock.now();
    const done = await this.repository.close({
      guard: { caseId: facts.id, expectedRevision: input.expectedRevision, at },
      actorStaffId: actor.staffMemberId,
      role,
      fromStatus: facts.status,
      log: this.changeLog(actor, role, 'CLOSE_CASE', facts, at, scope),
    });
    if (!done) throw conflict('CASE_CHANGED');
    return this.afterChange(actor, facts.id, scope);
  }

  /** A note for staff only: whoever may read the case may add one. */
  async addNote(
    actor: StaffActor,
    input: AddInternalNoteInput,
    scope: RequestScope,
  ): Promise<InternalNoteView> {
    const facts = await this.readable(actor, input.caseId);
    const role = mayAddNote(actor, facts);
    if (!role) throw notFound();
    const at = this.clock.now();
    const note = await this.repository.addNote({
      caseId: facts.id,
      authorStaffId: actor.staffMemberId,
      role,
      text: input.text,
      at,
      log: this.changeLog(actor, role, 'ADD_NOTE', facts, at, scope),
    });
    const author = await this.loaders.of(scope).staff.load(actor.staffMemberId);
    if (!author) throw notFound();
    return { id: note.id, author: staffRef(author), text: input.text, createdAt: note.createdAt };
  }

  /** The case's facts, or NOT_FOUND when it does not exist or the viewer may not read it. */
  private async readable(actor: StaffActor, caseId: string): Promise<CaseFactsRow> {
    const facts = await this.repository.facts(caseId);
    if (!facts || !staffReadRole(actor, facts)) throw notFound();
    return facts;
  }

  /** The case as it is after the viewer's own change (the change itself is what is logged). */
  private async afterChange(
    actor: StaffActor,
    caseId: string,
    scope: RequestScope,
  ): Promise<StaffCase> {
    const facts = await this.readable(actor, caseId);
    const row = await this.repository.detail(caseId);
    if (!row) throw notFound();
    return this.view(actor, row, facts, scope);
  }

  private listLog(
    actor: StaffActor,
    role: StaffRole,
    action: AccessAction,
    first: number,
    scope: RequestScope,
  ): ListAccessLog {
    // The page is fetched with one row more than shown, to know whether there is a next page;
    // only the rows shown are logged.
    return {
      template: accessLogTemplate(actor, role, action, this.clock.now(), scope.requestId),
      shown: first,
    };
  }

  private changeLog(
    actor: StaffActor,
    role: StaffRole,
    action: AccessAction,
    facts: CaseFactsRow,
    at: Date,
    scope: RequestScope,
  ) {
    return accessLogRows(
      actor,
      role,
      action,
      [{ caseId: facts.id, patientPersonId: facts.subjectPersonId }],
      at,
      scope.requestId,
    );
  }

  private async view(
    actor: StaffActor,
    row: CaseDetailRow,
    facts: CaseFactsRow,
    scope: RequestScope,
  ): Promise<StaffCase> {
    const loaders = this.loaders.of(scope);
    const byMessage = new Map<string, AttachmentInfo[]>();
    const formAttachments: AttachmentInfo[] = [];
    for (const a of row.attachments) {
      const info = {
        id: a.id,
        fileName: a.fileName,
        mediaType: a.mediaType,
        sizeBytes: a.sizeBytes,
      };
      if (a.messageId) byMessage.set(a.messageId, [...(byMessage.get(a.messageId) ?? []), info]);
      else formAttachments.push(info);
    }
    const [messages, notes] = await Promise.all([
      Promise.all(
        row.messages.map(async (m): Promise<CaseMessageView> => {
          const body = readMessageBody(m.body);
          return {
            id: m.id,
            kind: m.kind,
            authorKind: m.authorKind,
            authorName: await authorName(loaders, m, row),
            text: body.text,
            outcomes: body.outcomes,
            attachments: byMessage.get(m.id) ?? [],
            createdAt: m.createdAt,
            readAt: m.readAt,
          };
        }),
      ),
      Promise.all(
        row.notes.map(async (n): Promise<InternalNoteView> => {
          const author = await loaders.staff.load(n.authorStaffId);
          return {
            id: n.id,
            author: author ? staffRef(author) : { id: n.authorStaffId, name: '–', title: '' },
            text: n.text,
            createdAt: n.createdAt,
          };
        }),
      ),
    ]);
    return {
      ...summary(row, this.clock.now(), new Calendars()),
      clinicName: row.clinicName,
      sentBy:
        row.senderPersonId === row.subjectPersonId
          ? null
          : sentByName(
              { givenName: row.senderGivenName, familyName: row.senderFamilyName },
              formatIdentityNumber(row.senderIdentityNumber),
            ),
      form: {
        definition: asObject(row.definition),
        clinicOptions: asObject(row.clinicOptions),
        answers: asObject(row.answers),
      },
      messages,
      notes,
      attachments: formAttachments,
      canAssign: mayAssign(actor, facts),
      canRespond: mayRespond(actor, facts) !== null,
      deletesAt: caseDeletionAt(row.lastEventAt),
    };
  }
}

/** The clinic of the chosen unit when the actor holds `role` there; FORBIDDEN otherwise. */
function clinicOrRefuse(actor: StaffActor, role: StaffRole): string {
  const clinicId = clinicWithRole(actor, role);
  if (!clinicId) throw forbidden();
  return clinicId;
}

/** The cursor after a row of a list sorted by time left (every such row has a due time). */
function dueCursorOf(last: CaseSummaryRow): string {
  return dueCursor({ dueAt: last.firstAnswerDueAt ?? last.submittedAt, id: last.id });
}

/** Each clinic's calendar built once per page (a list is one clinic's, so once). */
class Calendars {
  private readonly byClinic = new Map<string, ClinicCalendar>();

  of(row: CaseSummaryRow): ClinicCalendar {
    let calendar = this.byClinic.get(row.clinicId);
    if (!calendar) {
      calendar = clinicCalendar(readOpeningHours(row.clinicOpeningHours));
      this.byClinic.set(row.clinicId, calendar);
    }
    return calendar;
  }
}

/** The summary's fields as a plain object (the view classes are shapes, never instantiated). */
type SummaryFields = { [K in keyof StaffCaseSummary]: StaffCaseSummary[K] };

function summary(row: CaseSummaryRow, now: Date, calendars: Calendars): SummaryFields {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    submittedAt: row.submittedAt,
    lastEventAt: row.lastEventAt,
    caseTypeId: row.caseTypeId,
    caseTypeName: { sv: row.caseTypeNameSv, en: row.caseTypeNameEn },
    patientName: personName({
      givenName: row.patientGivenName,
      familyName: row.patientFamilyName,
    }),
    patientIdentityNumber: formatIdentityNumber(row.patientIdentityNumber),
    assignee:
      row.assignedStaffId && row.assigneeGivenName !== null
        ? staffRef({
            id: row.assignedStaffId,
            givenName: row.assigneeGivenName,
            familyName: row.assigneeFamilyName ?? '',
            title: row.assigneeTitle ?? '',
          })
        : null,
    revision: row.revision,
    firstAnswerDue: firstAnswerDue(
      {
        submittedAt: row.submittedAt,
        dueAt: row.firstAnswerDueAt,
        answeredAt: row.firstAnsweredAt,
      },
      now,
      calendars.of(row),
    ),
  };
}

function staffRef(row: StaffRefRow): StaffMemberRef {
  return { id: row.id, name: `${row.givenName} ${row.familyName}`, title: row.title };
}

/** Staff: "Given Family, Title"; citizen: the patient's name; system: none. */
async function authorName(
  loaders: CaseHandlingLoaders,
  message: CaseDetailRow['messages'][number],
  row: CaseDetailRow,
): Promise<string | null> {
  if (message.authorKind === 'STAFF' && message.authorStaffId) {
    const staff = await loaders.staff.load(message.authorStaffId);
    return staff ? staffAuthorName(staff) : null;
  }
  if (
    message.authorKind === 'CITIZEN' &&
    message.authorPersonId &&
    message.authorPersonId !== row.subjectPersonId
  ) {
    // A guardian wrote for the child (proxy mode): staff see who, and that they are the guardian.
    const guardian = row.otherAuthors.find((p) => p.id === message.authorPersonId);
    return guardian ? guardianAuthorName(guardian) : null;
  }
  if (message.authorKind === 'CITIZEN')
    return personName({ givenName: row.patientGivenName, familyName: row.patientFamilyName });
  return null;
}

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
