import type { Clock } from '../common/clock.ts';
import { badInput, conflict, notFound } from '../common/errors.ts';
import type { CitizenActor } from '../identity/actor.ts';
import { isClosedOn } from '../clinics/clinic.policy.ts';
import type { CaseFormRepository } from '../case-forms/case-form.repository.ts';
import { inAnswers, validatorFor } from '../case-forms/case-form.service.ts';
import { citizenMayUseCaseType, draftOwner } from './case-access.policy.ts';
import type { CaseRepository, ReceiptRow } from './case.repository.ts';
import type { CaseReceipt, SubmitCaseInput } from './case.types.ts';

/** Sending a case: once per idempotency key, whatever the network does. */
export class CaseService {
  constructor(
    private readonly cases: CaseRepository,
    private readonly forms: CaseFormRepository,
    private readonly clock: Clock,
  ) {}

  async submit(actor: CitizenActor, input: SubmitCaseInput): Promise<CaseReceipt> {
    const owner = draftOwner(actor);
    const earlier = await this.cases.findBySenderKey(owner, input.idempotencyKey);
    if (earlier) return this.receipt(earlier);
    const draft = await this.forms.findDraft(input.draftId, owner);
    if (!draft) {
      // A duplicate of this send may have committed since the look-up above, taking the draft
      // with it: every duplicate gets the same receipt, so look again before NOT_FOUND.
      const sent = await this.cases.findBySenderKey(owner, input.idempotencyKey);
      if (sent) return this.receipt(sent);
      throw notFound();
    }
    const activation = await this.forms.findActivation(draft.clinicId, draft.caseTypeId);
    if (!activation) throw notFound();
    if (!citizenMayUseCaseType(actor, activation)) throw conflict('NOT_AVAILABLE_FOR_PROXY');
    if (isClosedOn(activation.closedFrom, activation.closedTo, this.clock.today()))
      throw conflict('CASE_TYPE_CLOSED');
    const validator = validatorFor(activation);
    const result = validator.validate(draft.answers);
    if (!result.ok) throw badInput(result.problems.map(inAnswers));
    if (
      !activation.attachmentsAllowed &&
      (await this.cases.countDraftAttachments(draft.id, owner)) > 0
    )
      throw conflict('ATTACHMENTS_NOT_ALLOWED');
    const created = await this.cases.submit({
      // Who acted (the guardian in proxy mode) and for whom (the child).
      ...owner,
      idempotencyKey: input.idempotencyKey,
      clinicId: draft.clinicId,
      caseTypeVersionId: activation.versionId,
      answers: result.value,
      clinicOptions: validator.clinicOptions,
      draftId: draft.id,
      at: this.clock.now(),
    });
    const receipt = created ?? (await this.cases.findBySenderKey(owner, input.idempotencyKey));
    if (!receipt) throw conflict('SUBMIT_RACE');
    return this.receipt(receipt);
  }

  private async receipt(row: ReceiptRow): Promise<CaseReceipt> {
    const activation = await this.forms.findActivation(row.clinicId, row.caseTypeId);
    return {
      caseId: row.caseId,
      reference: row.reference,
      submittedAt: row.submittedAt,
      clinicName: row.clinicName,
      caseTypeName: { sv: row.nameSv, en: row.nameEn },
      expectedResponseDays: activation?.expectedResponseDays ?? 3,
    };
  }
}
