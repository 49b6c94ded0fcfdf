import { createHash } from 'node:crypto';
import { staffReadContext } from '../access-log/access-log-write.repository.ts';
import type { Clock } from '../common/clock.ts';
import { badInput, conflict, notFound } from '../common/errors.ts';
import type { AttachmentInfo } from '../cases/case-view.types.ts';
import { draftOwner } from '../case-forms/case-form.policy.ts';
import { citizenMayRead, staffReadRole } from '../cases/case-access.policy.ts';
import type { CitizenActor, StaffActor } from '../identity/actor.ts';
import {
  cleanFileName,
  detectMediaType,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS_PER_DRAFT,
} from './attachment-file.ts';
import type { AttachmentFile, AttachmentRepository } from './attachment.repository.ts';
import type { AddDraftAttachmentInput } from './attachment.types.ts';

/** Base64 longer than this cannot decode to an allowed file; refused before decoding. */
const MAX_BASE64_LENGTH = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4;

/** Files on drafts (citizen) and their downloads (citizen and staff). */
export class AttachmentService {
  constructor(
    private readonly repository: AttachmentRepository,
    private readonly clock: Clock,
  ) {}

  async listForDraft(actor: CitizenActor, draftId: string): Promise<AttachmentInfo[]> {
    const draft = await this.repository.findDraft(draftId, draftOwner(actor));
    if (!draft) throw notFound();
    return this.repository.listForDraft(draft.id);
  }

  async addToDraft(actor: CitizenActor, input: AddDraftAttachmentInput): Promise<AttachmentInfo> {
    const draft = await this.repository.findDraft(input.draftId, draftOwner(actor));
    if (!draft) throw notFound();
    if (!draft.attachmentsAllowed) throw conflict('ATTACHMENTS_NOT_ALLOWED');
    if (input.contentBase64.length > MAX_BASE64_LENGTH) throw tooLarge();
    const content = Buffer.from(input.contentBase64, 'base64');
    if (content.byteLength === 0)
      throw badInput([{ path: 'contentBase64', code: 'ATTACHMENT_EMPTY' }]);
    if (content.byteLength > MAX_ATTACHMENT_BYTES) throw tooLarge();
    const mediaType = detectMediaType(content);
    if (!mediaType)
      throw badInput([{ path: 'contentBase64', code: 'ATTACHMENT_TYPE_NOT_ALLOWED' }]);
    const added = await this.repository.addToDraft({
      draftId: draft.id,
      owner: draftOwner(actor),
      fileName: cleanFileName(input.fileName, mediaType),
      mediaType,
      content: new Uint8Array(content),
      sha256: createHash('sha256').update(content).digest('hex'),
      max: MAX_ATTACHMENTS_PER_DRAFT,
      at: this.clock.now(),
    });
    if (!added) throw notFound();
    if (added === 'TOO_MANY')
      throw badInput([
        {
          path: 'contentBase64',
          code: 'TOO_MANY_ATTACHMENTS',
          params: { max: MAX_ATTACHMENTS_PER_DRAFT },
        },
      ]);
    return added;
  }

  async removeFromDraft(actor: CitizenActor, id: string): Promise<boolean> {
    if (!(await this.repository.removeFromDraft(id, draftOwner(actor)))) throw notFound();
    return true;
  }

  /** The file for its case's citizen, or for the sender of the draft it is on; null otherwise. */
  async downloadForCitizen(actor: CitizenActor, id: string): Promise<AttachmentFile | null> {
    const owner = await this.repository.findOwner(id);
    if (!owner) return null;
    const allowed =
      owner.kind === 'CASE'
        ? citizenMayRead(actor, owner.facts)
        : owner.senderPersonId === draftOwner(actor).senderPersonId &&
          owner.subjectPersonId === draftOwner(actor).subjectPersonId;
    return allowed ? this.repository.readOwnFile(id, owner) : null;
  }

  /**
   * The file of a case for staff who may read the case (never a draft's), logged as
   * READ_ATTACHMENT in the same transaction; null otherwise.
   */
  async downloadForStaff(
    actor: StaffActor,
    id: string,
    requestId: string,
  ): Promise<AttachmentFile | null> {
    const owner = await this.repository.findOwner(id);
    if (owner?.kind !== 'CASE') return null;
    const role = staffReadRole(actor, owner.facts);
    if (!role) return null;
    return this.repository.readCaseFile(
      id,
      { caseId: owner.caseId, patientPersonId: owner.facts.subjectPersonId },
      staffReadContext(actor, role, this.clock.now(), requestId),
    );
  }
}

function tooLarge() {
  return badInput([
    {
      path: 'contentBase64',
      code: 'ATTACHMENT_TOO_LARGE',
      params: { maxBytes: MAX_ATTACHMENT_BYTES },
    },
  ]);
}
