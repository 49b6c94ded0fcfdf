import { clinicCalendar, firstAnswerDueAt, readOpeningHours } from '@etj/domain';
import type { Clock } from '../common/clock.ts';
import { badInput, conflict, notFound } from '../common/errors.ts';
import type { CitizenActor } from '../identity/actor.ts';
import { isClosedOn } from '../clinics/clinic.policy.ts';
import { inAnswers, validatorFor } from '../case-forms/case-form.service.ts';
import { citizenMayUseCaseType, draftOwner } from '../case-forms/case-form.policy.ts';
import type { CaseRepository, ReceiptRow } from './case.repository.ts';
import type { CaseReceipt, SubmitCaseInput } from './case.types.ts';

/**
 * Sending a case: once per idempotency key, whatever the network does. One read (the earlier
 * case, the draft and its activation in one snapshot) and one write (the case with its event,
 * receipt message and attachments, the draft removed) that the database keeps unique per key.
 */
export class CaseService {
  constructor(
    private readonly cases: CaseRepository,
    private readonly clock: Clock,
  ) {}

  async submit(actor: CitizenActor, input: SubmitCaseInput): Promise<CaseReceipt> {
    const owner = draftOwner(actor);
    const { earlier, draft, activation, alertsWanted } = await this.cases.findSubmission(
      owner,
      input.draftId,
      input.idempotencyKey,
    );
    if (earlier) return toReceipt(earlier);
    if (!draft || !activation) throw notFound();
    if (!citizenMayUseCaseType(actor, activation)) throw conflict('NOT_AVAILABLE_FOR_PROXY');
    if (isClosedOn(activation.closedFrom, activation.closedTo, this.clock.today()))
      throw conflict('CASE_TYPE_CLOSED');
    const validator = validatorFor(activation);
    const result = validator.validate(draft.answers, { today: this.clock.today() });
    if (!result.ok) throw badInput(result.problems.map(inAnswers));
    if (!activation.attachmentsAllowed && draft.attachments > 0)
      throw conflict('ATTACHMENTS_NOT_ALLOWED');
    const at = this.clock.now();
    const created = await this.cases.submit({
      // Who acted (the guardian in proxy mode) and for whom (the child).
      ...owner,
      idempotencyKey: input.idempotencyKey,
      clinicId: activation.clinicId,
      caseTypeVersionId: activation.versionId,
      answers: result.value,
      clinicOptions: validator.clinicOptions,
      draftId: draft.id,
      at,
      // Fixed now from the target in force, so changing a target never moves a sent case.
      firstAnswerDueAt: firstAnswerDueAt(
        at,
        activation.responseTargetHours,
        clinicCalendar(readOpeningHours(activation.openingHours)),
      ),
      alerts: alertsWanted,
    });
    if (created)
      return toReceipt({
        ...created,
        clinicName: activation.clinicName,
        nameSv: activation.nameSv,
        nameEn: activation.nameEn,
        expectedResponseDays: activation.expectedResponseDays,
      });
    // The database kept a duplicate from making a second case (or the draft went meanwhile):
    // the duplicate's case, now committed, is this send's receipt too.
    const sent = await this.cases.findBySenderKey(owner, input.idempotencyKey);
    if (!sent) throw conflict('SUBMIT_RACE');
    return toReceipt(sent);
  }
}

function toReceipt(row: ReceiptRow): CaseReceipt {
  return {
    caseId: row.caseId,
    reference: row.reference,
    submittedAt: row.submittedAt,
    clinicName: row.clinicName,
    caseTypeName: { sv: row.nameSv, en: row.nameEn },
    expectedResponseDays: row.expectedResponseDays,
  };
}
