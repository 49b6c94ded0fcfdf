import type { CitizenActor } from '../identity/actor.ts';
import type {
  CitizenCase,
  InboxFolder,
  InboxPage,
  ReplyToCaseInput,
  SetCaseArchivedInput,
} from './inbox.types.ts';

// Contract placeholder: being implemented in this change.
export class InboxService {
  page(
    _actor: CitizenActor,
    _folder: InboxFolder,
    _first: number,
    _after: string | null,
  ): Promise<InboxPage> {
    throw new Error('unimplemented');
  }
  read(_actor: CitizenActor, _id: string): Promise<CitizenCase> {
    throw new Error('unimplemented');
  }
  markRead(_actor: CitizenActor, _caseId: string): Promise<CitizenCase> {
    throw new Error('unimplemented');
  }
  reply(_actor: CitizenActor, _input: ReplyToCaseInput): Promise<CitizenCase> {
    throw new Error('unimplemented');
  }
  setArchived(_actor: CitizenActor, _input: SetCaseArchivedInput): Promise<CitizenCase> {
    throw new Error('unimplemented');
  }
}
