import {
  buildAnswerValidator,
  draftDeletionAt,
  parseClinicOptions,
  parseFormDefinition,
  type AnswerValidator,
  type FormProblem,
} from '@etj/domain';
import type { Clock } from '../common/clock.ts';
import { badInput, conflict, notFound, type FieldProblem } from '../common/errors.ts';
import type { CitizenActor } from '../identity/actor.ts';
import { isClosedOn } from '../clinics/clinic.policy.ts';
import { citizenMayUseCaseType, draftOwner, isOpenedForAnother } from './case-form.policy.ts';
import type { LocalizedText } from '../clinics/clinic.types.ts';
import type {
  CaseDraft,
  CaseDraftReview,
  CaseTypeForm,
  SaveCaseDraftInput,
} from './case-form.types.ts';
import type { ActivationRow, CaseFormRepository, DraftRow } from './case-form.repository.ts';

/** A draft's answers may not be larger than this, serialised (the forms' own limits are far lower). */
export const MAX_DRAFT_BYTES = 64 * 1024;

/** Problems that are about structure, not completeness: a draft with them is refused outright. */
const STRUCTURAL: ReadonlySet<FormProblem['code']> = new Set([
  'UNKNOWN_FIELD',
  'WRONG_TYPE',
  'TOO_LONG',
  'INVALID_DATE',
  'NOT_AN_INTEGER',
  'NOT_AN_OPTION',
  'DUPLICATE_OPTION',
  'TOO_MANY',
]);

/** A citizen opens a clinic's case type, keeps the form as a draft on the server and reviews it. */
export class CaseFormService {
  constructor(
    private readonly repository: CaseFormRepository,
    private readonly clock: Clock,
  ) {}

  async form(actor: CitizenActor, clinicId: string, caseTypeId: string): Promise<CaseTypeForm> {
    const activation = await this.repository.findActivation(clinicId, caseTypeId);
    if (!activation) throw notFound();
    if (!citizenMayUseCaseType(actor, activation)) throw conflict('NOT_AVAILABLE_FOR_PROXY');
    const validator = validatorFor(activation);
    return {
      caseTypeId,
      versionId: activation.versionId,
      clinicId,
      clinicName: activation.clinicName,
      kind: activation.kind,
      name: { sv: activation.nameSv, en: activation.nameEn },
      definition: activation.definition as Record<string, unknown>,
      clinicOptions: validator.clinicOptions,
      terms: text(activation.termsSv, activation.termsEn),
      expectedResponseDays: activation.expectedResponseDays,
      attachmentsAllowed: activation.attachmentsAllowed,
      availableForProxy: activation.availableForProxy,
      closed: isClosedOn(activation.closedFrom, activation.closedTo, this.clock.today()),
      closedUntil: activation.closedTo,
      notice: text(activation.noticeSv, activation.noticeEn),
    };
  }

  /**
   * Keeps the form on the server. Incomplete answers are fine; answers that could never be right
   * (unknown fields, wrong types, oversize text) are refused and nothing is stored. Answers
   * written for one person are never kept for another: when the session acts for someone else
   * than the form was opened for (a switch in another tab), the save is refused.
   */
  async saveDraft(actor: CitizenActor, input: SaveCaseDraftInput): Promise<CaseDraft> {
    if (isOpenedForAnother(actor, input.subjectPersonId)) throw conflict('SUBJECT_CHANGED');
    if (Buffer.byteLength(JSON.stringify(input.answers)) > MAX_DRAFT_BYTES) {
      throw badInput([{ path: 'answers', code: 'TOO_LARGE', params: { max: MAX_DRAFT_BYTES } }]);
    }
    const activation = await this.repository.findActivation(input.clinicId, input.caseTypeId);
    if (!activation) throw notFound();
    if (!citizenMayUseCaseType(actor, activation)) throw conflict('NOT_AVAILABLE_FOR_PROXY');
    const result = validatorFor(activation).validate(input.answers, { today: this.clock.today() });
    if (!result.ok) {
      const structural = result.problems.filter((p) => STRUCTURAL.has(p.code));
      if (structural.length > 0) throw badInput(structural.map(inAnswers));
    }
    const at = this.clock.now();
    if (!input.draftId) {
      return toDraft(
        await this.repository.createDraft({
          activation,
          owner: draftOwner(actor),
          answers: input.answers,
          at,
        }),
      );
    }
    const existing = await this.repository.findDraft(input.draftId, draftOwner(actor));
    if (
      !existing ||
      existing.clinicId !== input.clinicId ||
      existing.caseTypeId !== input.caseTypeId
    )
      throw notFound();
    const saved = await this.repository.updateDraft({
      id: existing.id,
      owner: draftOwner(actor),
      revision: input.revision ?? existing.revision,
      caseTypeVersionId: activation.versionId,
      answers: input.answers,
      at,
    });
    if (!saved) throw conflict('DRAFT_CHANGED');
    return this.draft(actor, existing.id);
  }

  async draft(actor: CitizenActor, id: string): Promise<CaseDraft> {
    const row = await this.repository.findDraft(id, draftOwner(actor));
    if (!row) throw notFound();
    return toDraft(row);
  }

  async drafts(actor: CitizenActor): Promise<CaseDraft[]> {
    return (await this.repository.listDrafts(draftOwner(actor))).map(toDraft);
  }

  async deleteDraft(actor: CitizenActor, id: string): Promise<boolean> {
    if (!(await this.repository.deleteDraft(id, draftOwner(actor)))) throw notFound();
    return true;
  }

  /** The review step: the API, not the SPA, decides whether the answers follow every rule. */
  async review(actor: CitizenActor, draftId: string): Promise<CaseDraftReview> {
    const draft = await this.repository.findDraft(draftId, draftOwner(actor));
    if (!draft) throw notFound();
    const activation = await this.repository.findActivation(draft.clinicId, draft.caseTypeId);
    if (!activation) throw notFound();
    const result = validatorFor(activation).validate(draft.answers, { today: this.clock.today() });
    if (!result.ok) throw badInput(result.problems.map(inAnswers));
    return { draftId, ready: true };
  }
}

/**
 * Validators already built, by published version and clinic options. Building one (the form's
 * schemas) cost more CPU than the rest of a save or a send; a published version never changes
 * (the database refuses it) and the options are part of the key, so an entry is never stale,
 * only unused. Derived data only: any process may hold any of them.
 */
const validators = new Map<string, AnswerValidator>();
const MAX_VALIDATORS = 500;

/** The validator of a clinic's activation: its published definition with the clinic's options. */
export function validatorFor(activation: ActivationRow): AnswerValidator {
  const key = `${activation.versionId} ${JSON.stringify(activation.options)}`;
  const cached = validators.get(key);
  if (cached) return cached;
  const definition = parseFormDefinition(activation.definition);
  if (!definition.ok) throw new Error(`stored definition ${activation.versionId} is malformed`);
  const options = parseClinicOptions(definition.value, activation.options);
  if (!options.ok)
    throw new Error(`stored clinic options for ${activation.caseTypeId} are malformed`);
  const validator = buildAnswerValidator(definition.value, options.value);
  // The oldest entry goes first (a Map keeps insertion order).
  if (validators.size >= MAX_VALIDATORS) validators.delete(validators.keys().next().value ?? '');
  validators.set(key, validator);
  return validator;
}

/** A form problem as an input field problem under `answers`. */
export function inAnswers(problem: FormProblem): FieldProblem {
  return { ...problem, path: problem.path === '' ? 'answers' : `answers.${problem.path}` };
}

function toDraft(row: DraftRow): CaseDraft {
  return {
    id: row.id,
    clinicId: row.clinicId,
    clinicName: row.clinicName,
    caseTypeId: row.caseTypeId,
    caseTypeName: { sv: row.nameSv, en: row.nameEn },
    answers: row.answers as Record<string, unknown>,
    revision: row.revision,
    updatedAt: row.updatedAt,
    deletesAt: draftDeletionAt(row.updatedAt),
  };
}

function text(sv: string | null, en: string | null): LocalizedText | null {
  return sv ? { sv, en } : null;
}
