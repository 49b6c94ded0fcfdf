import type { AttachmentInfo } from '../cases/case-view.types.ts';
import type { CitizenActor } from '../identity/actor.ts';
import type { AddDraftAttachmentInput } from './attachment.types.ts';

// Contract placeholder: being implemented in this change.
export class AttachmentService {
  listForDraft(_actor: CitizenActor, _draftId: string): Promise<AttachmentInfo[]> {
    throw new Error('unimplemented');
  }
  addToDraft(_actor: CitizenActor, _input: AddDraftAttachmentInput): Promise<AttachmentInfo> {
    throw new Error('unimplemented');
  }
  removeFromDraft(_actor: CitizenActor, _id: string): Promise<boolean> {
    throw new Error('unimplemented');
  }
}
