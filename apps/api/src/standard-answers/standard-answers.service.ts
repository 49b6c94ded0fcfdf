import type { Clock } from '../common/clock.ts';
import { AppError, badInput, notFound } from '../common/errors.ts';
import { adminLogRow, type AdminAction } from '../admin-log/admin-log-write.repository.ts';
import type { StaffActor } from '../identity/actor.ts';
import { administeredClinicId } from '../identity/workplace.policy.ts';
import type { StandardAnswerRepository, StandardAnswerRow } from './standard-answers.repository.ts';
import {
  checkAnswerTexts,
  moveInOrder,
  positionChanges,
  type AnswerTextsInput,
  type MoveDirection,
} from './standard-answers.rules.ts';
import type {
  ClinicStandardAnswer,
  CreateStandardAnswerInput,
  UpdateStandardAnswerInput,
} from './standard-answers.types.ts';

/** The clinic administrator writes, orders and retires the clinic's standard answers. */
export class StandardAnswerService {
  constructor(
    private readonly repository: StandardAnswerRepository,
    private readonly clock: Clock,
  ) {}

  async list(actor: StaffActor): Promise<ClinicStandardAnswer[]> {
    return (await this.repository.list(requireClinic(actor))).map(toView);
  }

  async create(actor: StaffActor, input: CreateStandardAnswerInput): Promise<ClinicStandardAnswer> {
    const clinicId = requireClinic(actor);
    const caseTypeId = input.caseTypeId ?? null;
    const texts = validTexts(input);
    if (caseTypeId && !(await this.repository.clinicHasCaseType(clinicId, caseTypeId))) {
      throw badInput([{ path: 'caseTypeId', code: 'INVALID_OPTION' }]);
    }
    const at = this.clock.now();
    const log = this.log(actor, 'CREATE_STANDARD_ANSWER', caseTypeId, at);
    const id = await this.repository.create({ clinicId, caseTypeId, texts, at, log });
    return this.get(clinicId, id);
  }

  async update(actor: StaffActor, input: UpdateStandardAnswerInput): Promise<ClinicStandardAnswer> {
    const clinicId = requireClinic(actor);
    const row = await this.live(clinicId, input.id);
    const at = this.clock.now();
    const log = this.log(actor, 'UPDATE_STANDARD_ANSWER', row.caseTypeId, at);
    await this.repository.update(row.id, validTexts(input), at, log);
    return this.get(clinicId, row.id);
  }

  /** One step up or down in its list; the live list is renumbered 1..n. */
  async move(
    actor: StaffActor,
    id: string,
    direction: MoveDirection,
  ): Promise<ClinicStandardAnswer[]> {
    const clinicId = requireClinic(actor);
    const row = await this.live(clinicId, id);
    const current = await this.repository.liveList(clinicId, row.caseTypeId);
    const order = moveInOrder(
      current.map((a) => a.id),
      id,
      direction,
    );
    if (!order) throw badInput([{ path: 'direction', code: 'NOT_ALLOWED' }]);
    const log = this.log(actor, 'MOVE_STANDARD_ANSWER', row.caseTypeId, this.clock.now());
    await this.repository.setPositions(positionChanges(current, order), log);
    return this.list(actor);
  }

  /** No longer offered to caregivers; answers already sent with it are unaffected. */
  async retire(actor: StaffActor, id: string): Promise<ClinicStandardAnswer> {
    const clinicId = requireClinic(actor);
    const row = await this.repository.find(clinicId, id);
    if (!row) throw notFound();
    const at = this.clock.now();
    await this.repository.retire(
      row.id,
      at,
      this.log(actor, 'RETIRE_STANDARD_ANSWER', row.caseTypeId, at),
    );
    return this.get(clinicId, row.id);
  }

  private log(actor: StaffActor, action: AdminAction, caseTypeId: string | null, at: Date) {
    return adminLogRow(actor, 'CLINIC_ADMIN', action, { caseTypeId }, at);
  }

  private async get(clinicId: string, id: string): Promise<ClinicStandardAnswer> {
    const row = await this.repository.find(clinicId, id);
    if (!row) throw notFound();
    return toView(row);
  }

  /** An answer of the clinic that is not retired (a retired one is kept as it was). */
  private async live(clinicId: string, id: string): Promise<StandardAnswerRow> {
    const row = await this.repository.find(clinicId, id);
    if (!row) throw notFound();
    if (row.retiredAt) throw badInput([{ path: 'id', code: 'NOT_ALLOWED' }]);
    return row;
  }
}

function requireClinic(actor: StaffActor): string {
  const clinicId = administeredClinicId(actor);
  if (!clinicId) throw new AppError('FORBIDDEN');
  return clinicId;
}

function validTexts(input: AnswerTextsInput) {
  const checked = checkAnswerTexts(input);
  if (!checked.ok) throw badInput(checked.problems);
  return checked.value;
}

function toView(row: StandardAnswerRow): ClinicStandardAnswer {
  return {
    id: row.id,
    caseTypeId: row.caseTypeId,
    title: { sv: row.titleSv, en: row.titleEn },
    text: { sv: row.textSv, en: row.textEn },
    position: row.position,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    retiredAt: row.retiredAt,
  };
}
