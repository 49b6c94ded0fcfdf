import type { StaffActor } from '../identity/actor.ts';
import type {
  AddInternalNoteInput,
  AssignCaseInput,
  CaseQueueFilter,
  CloseCaseInput,
  InternalNoteView,
  RespondToCaseInput,
  StaffCase,
  StaffCasePage,
  StaffMemberRef,
  StandardAnswerView,
} from './case-handling.types.ts';

// Contract placeholder: being implemented in this change.
export class CaseHandlingService {
  queue(
    _actor: StaffActor,
    _filter: CaseQueueFilter,
    _first: number,
    _after: string | null,
    _requestId: string,
  ): Promise<StaffCasePage> {
    throw new Error('unimplemented');
  }
  workList(
    _actor: StaffActor,
    _includeClosed: boolean,
    _first: number,
    _after: string | null,
    _requestId: string,
  ): Promise<StaffCasePage> {
    throw new Error('unimplemented');
  }
  read(_actor: StaffActor, _id: string, _requestId: string): Promise<StaffCase> {
    throw new Error('unimplemented');
  }
  caregivers(_actor: StaffActor): Promise<StaffMemberRef[]> {
    throw new Error('unimplemented');
  }
  standardAnswers(
    _actor: StaffActor,
    _caseId: string,
    _requestId: string,
  ): Promise<StandardAnswerView[]> {
    throw new Error('unimplemented');
  }
  assign(_actor: StaffActor, _input: AssignCaseInput, _requestId: string): Promise<StaffCase> {
    throw new Error('unimplemented');
  }
  respond(_actor: StaffActor, _input: RespondToCaseInput, _requestId: string): Promise<StaffCase> {
    throw new Error('unimplemented');
  }
  close(_actor: StaffActor, _input: CloseCaseInput, _requestId: string): Promise<StaffCase> {
    throw new Error('unimplemented');
  }
  addNote(
    _actor: StaffActor,
    _input: AddInternalNoteInput,
    _requestId: string,
  ): Promise<InternalNoteView> {
    throw new Error('unimplemented');
  }
}
