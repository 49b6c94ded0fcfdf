import type { Clock } from '../common/clock.ts';
import { forbidden, notFound } from '../common/errors.ts';
import {
  mayAssign,
  mayBeAssigned,
  mayRespond,
  mayAddNote,
  staffReadRole,
  type CaseRole,
} from '../cases/case-access.policy.ts';
import { nextStatus } from '../cases/case-status.ts';
import {
  staffReadContext,
  type StaffReadContext,
} from '../access-log/access-log-write.repository.ts';
import type { StaffActor } from '../identity/actor.ts';
import type { ChangeOutcome } from './case-change.repository.ts';
import { caseConflict, caseInputProblems } from './case-handling.errors.ts';
import { LoaderScopes, type RequestScope } from './case-handling.loaders.ts';
import type { CaseHandlingRepository } from './case-handling.repository.ts';
import {
  clinicOrRefuse,
  messageBody,
  responseMove,
  responseProblems,
} from './case-handling.rules.ts';
import type {
  AddInternalNoteInput,
  AssignCaseInput,
  CloseCaseInput,
  InternalNoteView,
  RespondToCaseInput,
  StaffCase,
  StaffMemberRef,
  StandardAnswerView,
} from './case-handling.types.ts';
import { CaseListService } from './case-list.service.ts';
import { factsOfDetail, type CaseFactsRow } from './case-record.repository.ts';
import { caseView, staffRef } from './case-view.mapping.ts';

export { type RequestScope } from './case-handling.loaders.ts';

/**
 * The staff side of the case loop. Every read and change of a case is decided by
 * case-access.policy.ts; the repository it goes through requires the access's context and
 * writes the access-log row itself, in the same transaction as the read or change.
 */
export class CaseHandlingService {
  /** The queue and the work list. */
  readonly lists: CaseListService;
  private readonly loaders: LoaderScopes;

  constructor(
    private readonly repository: CaseHandlingRepository,
    private readonly clock: Clock,
  ) {
    this.lists = new CaseListService(repository.lists, clock);
    this.loaders = new LoaderScopes(repository.staff);
  }

  /** One case, logged as READ_CASE; NOT_FOUND unless the policy gives the viewer a role to read it in. */
  async read(actor: StaffActor, id: string, scope: RequestScope): Promise<StaffCase> {
    const facts = await this.repository.cases.facts(id);
    const role = facts && staffReadRole(actor, facts);
    if (!role) throw notFound();
    const row = await this.repository.cases.readCase(id, this.context(actor, role, scope));
    if (!row) throw notFound();
    return caseView(actor, row, factsOfDetail(row), this.loaders.of(scope), this.clock.now());
  }

  /** Caregivers at the receiver's clinic today, to assign a case to. */
  async caregivers(actor: StaffActor): Promise<StaffMemberRef[]> {
    const clinicId = clinicOrRefuse(actor, 'CASE_RECEIVER');
    const rows = await this.repository.staff.caregivers(clinicId, this.clock.today());
    return rows.map(staffRef);
  }

  /** The clinic's answers for the case's type and for every type (whoever may answer it). */
  async standardAnswers(actor: StaffActor, caseId: string): Promise<StandardAnswerView[]> {
    const facts = await this.readable(actor, caseId);
    if (!mayRespond(actor, facts)) throw forbidden();
    const rows = await this.repository.staff.standardAnswers(facts.clinicId, facts.caseTypeId);
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
    if (facts.status === 'CLOSED') throw caseConflict('CASE_CLOSED');
    if (!mayAssign(actor, facts)) throw forbidden();
    const roles = await this.repository.staff.rolesAtClinic(
      input.staffMemberId,
      facts.clinicId,
      this.clock.today(),
    );
    if (!mayBeAssigned(roles))
      throw caseInputProblems([{ path: 'staffMemberId', code: 'NOT_A_CAREGIVER_HERE' }]);
    const toStatus = nextStatus(facts.status, { kind: 'ASSIGN' });
    if (!toStatus) throw caseConflict('CASE_CLOSED');
    const outcome = await this.repository.changes.assign(
      {
        guard: { caseId: facts.id, expectedRevision: input.expectedRevision },
        patientPersonId: facts.subjectPersonId,
        clinicId: facts.clinicId,
        staffMemberId: input.staffMemberId,
        previousStaffId: facts.assignedStaffId,
        fromStatus: facts.status,
        toStatus,
      },
      this.context(actor, 'CASE_RECEIVER', scope),
    );
    return this.afterChange(actor, outcome, scope);
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
    if (problems.length > 0) throw caseInputProblems(problems);
    const { move, action } = responseMove(input.kind, input.close);
    const toStatus = nextStatus(facts.status, move);
    if (!toStatus) throw caseConflict('CASE_CLOSED');
    const outcome = await this.repository.changes.respond(
      {
        guard: { caseId: facts.id, expectedRevision: input.expectedRevision },
        kind: input.kind,
        action,
        firstAnswer: facts.staffAuthorIds.length === 0,
        subjectPersonId: facts.subjectPersonId,
        body: messageBody(input.text, input.outcomes),
        fromStatus: facts.status,
        toStatus,
      },
      this.context(actor, role, scope),
    );
    return this.afterChange(actor, outcome, scope);
  }

  /** Closes an answered case. */
  async close(actor: StaffActor, input: CloseCaseInput, scope: RequestScope): Promise<StaffCase> {
    const facts = await this.readable(actor, input.caseId);
    const role = mayRespond(actor, facts);
    if (!role && facts.status !== 'CLOSED') throw forbidden();
    if (!role || !nextStatus(facts.status, { kind: 'CLOSE' }))
      throw caseConflict('CASE_NOT_ANSWERED');
    const outcome = await this.repository.changes.close(
      {
        guard: { caseId: facts.id, expectedRevision: input.expectedRevision },
        patientPersonId: facts.subjectPersonId,
        fromStatus: facts.status,
      },
      this.context(actor, role, scope),
    );
    return this.afterChange(actor, outcome, scope);
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
    const note = await this.repository.changes.addNote(
      { caseId: facts.id, patientPersonId: facts.subjectPersonId, text: input.text },
      this.context(actor, role, scope),
    );
    const author = await this.loaders.of(scope).staff.load(actor.staffMemberId);
    if (!author) throw notFound();
    return { id: note.id, author: staffRef(author), text: input.text, createdAt: note.createdAt };
  }

  /** The case's facts, or NOT_FOUND when it does not exist or the viewer may not read it. */
  private async readable(actor: StaffActor, caseId: string): Promise<CaseFactsRow> {
    const facts = await this.repository.cases.facts(caseId);
    if (!facts || !staffReadRole(actor, facts)) throw notFound();
    return facts;
  }

  /** The case as the change left it (read and logged in the change's transaction). */
  private async afterChange(
    actor: StaffActor,
    outcome: ChangeOutcome,
    scope: RequestScope,
  ): Promise<StaffCase> {
    if (outcome === 'STALE') throw caseConflict('CASE_CHANGED');
    return caseView(
      actor,
      outcome,
      factsOfDetail(outcome),
      this.loaders.of(scope),
      this.clock.now(),
    );
  }

  private context(actor: StaffActor, role: CaseRole, scope: RequestScope): StaffReadContext {
    return staffReadContext(actor, role, this.clock.now(), scope.requestId);
  }
}
