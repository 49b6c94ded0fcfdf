import {
  compareDates,
  parseClinicOptions,
  parseCalendarDate,
  parseFormDefinition,
} from '@etj/domain';
import type { Clock } from '../common/clock.ts';
import { AppError, badInput, conflict, notFound, type FieldProblem } from '../common/errors.ts';
import { adminLogRow } from '../admin-log/admin-log-write.repository.ts';
import type { StaffActor } from '../identity/actor.ts';
import { administeredClinicId, administeredRegionId } from '../identity/workplace.policy.ts';
import type { CaseTypeAdminRepository, SettingsRow } from './case-type-admin.repository.ts';
import type {
  ClinicCaseTypeSettings,
  RegionOfferingEntry,
  UpdateClinicCaseTypeInput,
} from './case-type-admin.types.ts';
import { sanitizeTerms } from './terms-html.ts';

const DEFAULT_RESPONSE_DAYS = 3;

/** Region administrators choose the offering; clinic administrators activate and configure. */
export class CaseTypeAdminService {
  constructor(
    private readonly repository: CaseTypeAdminRepository,
    private readonly clock: Clock,
  ) {}

  async regionOffering(actor: StaffActor): Promise<RegionOfferingEntry[]> {
    const regionId = requireRegion(actor);
    return (await this.repository.regionOffering(regionId)).map((row) => ({
      caseTypeId: row.caseTypeId,
      kind: row.kind,
      name: { sv: row.nameSv, en: row.nameEn },
      offered: row.offered,
    }));
  }

  async setRegionOffering(
    actor: StaffActor,
    caseTypeId: string,
    offered: boolean,
  ): Promise<RegionOfferingEntry[]> {
    const regionId = requireRegion(actor);
    if (!(await this.repository.isNationalCaseType(caseTypeId))) throw notFound();
    const at = this.clock.now();
    const action = offered ? 'OFFER_CASE_TYPE' : 'WITHDRAW_CASE_TYPE';
    const log = adminLogRow(actor, 'REGION_ADMIN', action, { caseTypeId, enabled: offered }, at);
    await this.repository.setOffering(regionId, caseTypeId, offered, at, log);
    return this.regionOffering(actor);
  }

  async clinicCaseTypes(actor: StaffActor): Promise<ClinicCaseTypeSettings[]> {
    const clinicId = requireClinic(actor);
    return (await this.repository.clinicSettings(clinicId)).map(toSettings);
  }

  async updateClinicCaseType(
    actor: StaffActor,
    input: UpdateClinicCaseTypeInput,
  ): Promise<ClinicCaseTypeSettings> {
    const clinicId = requireClinic(actor);
    const [row] = await this.repository.clinicSettings(clinicId, input.caseTypeId);
    if (!row) throw notFound();
    const definition = parseFormDefinition(row.definition);
    if (!definition.ok) throw new Error(`published definition of ${row.caseTypeId} is malformed`);
    const problems: FieldProblem[] = [];
    const options = parseClinicOptions(definition.value, input.options);
    if (!options.ok) {
      problems.push(
        ...options.problems.map((p): FieldProblem => ({
          path: p.path === '' ? 'options' : `options.${p.path}`,
          code: 'INVALID_OPTION',
        })),
      );
    }
    problems.push(...closureProblems(input.closedFrom ?? null, input.closedTo ?? null));
    problems.push(...responseTargetProblems(input.responseTargetHours ?? null));
    if (problems.length > 0 || !options.ok) throw badInput(problems);
    const at = this.clock.now();
    const saved = await this.repository.saveActivation(
      clinicId,
      row.caseTypeId,
      {
        active: input.active,
        options: options.value,
        termsSv: sanitizeTerms(input.termsSv),
        termsEn: sanitizeTerms(input.termsEn),
        availableForProxy: input.availableForProxy,
        attachmentsAllowed: input.attachmentsAllowed,
        expectedResponseDays: input.expectedResponseDays,
        responseTargetHours:
          input.responseTargetHours === undefined
            ? (row.activation?.responseTargetHours ?? null)
            : input.responseTargetHours,
        noticeSv: input.noticeSv?.trim() || null,
        noticeEn: input.noticeEn?.trim() || null,
        closedFrom: input.closedFrom ?? null,
        closedTo: input.closedTo ?? null,
        sortOrder: input.sortOrder,
      },
      input.revision,
      at,
      adminLogRow(
        actor,
        'CLINIC_ADMIN',
        'UPDATE_CLINIC_CASE_TYPE',
        { caseTypeId: row.caseTypeId, enabled: input.active },
        at,
      ),
    );
    if (!saved) throw conflict('SETTINGS_CHANGED');
    const [updated] = await this.repository.clinicSettings(clinicId, row.caseTypeId);
    if (!updated) throw notFound();
    return toSettings(updated);
  }
}

function requireClinic(actor: StaffActor): string {
  const clinicId = administeredClinicId(actor);
  if (!clinicId) throw new AppError('FORBIDDEN');
  return clinicId;
}

function requireRegion(actor: StaffActor): string {
  const regionId = administeredRegionId(actor);
  if (!regionId) throw new AppError('FORBIDDEN');
  return regionId;
}

/** A closure needs a real start date, and an end (if any) on or after it. */
export function closureProblems(from: string | null, to: string | null): FieldProblem[] {
  const start = from ? parseCalendarDate(from) : undefined;
  const end = to ? parseCalendarDate(to) : undefined;
  const problems: FieldProblem[] = [];
  if (from && !start) problems.push({ path: 'closedFrom', code: 'INVALID_DATE' });
  if (to && !end) problems.push({ path: 'closedTo', code: 'INVALID_DATE' });
  if (to && !from) problems.push({ path: 'closedFrom', code: 'REQUIRED' });
  if (start && end && compareDates(end, start) < 0)
    problems.push({ path: 'closedTo', code: 'BEFORE_START' });
  return problems;
}

export const RESPONSE_TARGET_HOURS = { min: 1, max: 500 } as const;

/** A target is whole working hours within RESPONSE_TARGET_HOURS (the database checks it too). */
export function responseTargetProblems(hours: number | null): FieldProblem[] {
  if (hours === null) return [];
  const { min, max } = RESPONSE_TARGET_HOURS;
  return Number.isInteger(hours) && hours >= min && hours <= max
    ? []
    : [{ path: 'responseTargetHours', code: 'OUT_OF_RANGE', params: { min, max } }];
}

function toSettings(row: SettingsRow): ClinicCaseTypeSettings {
  const definition = parseFormDefinition(row.definition);
  const declarations = definition.ok ? definition.value.clinicOptions : [];
  const options = definition.ok
    ? parseClinicOptions(definition.value, row.activation?.options ?? {})
    : undefined;
  const a = row.activation;
  return {
    caseTypeId: row.caseTypeId,
    kind: row.kind,
    name: { sv: row.nameSv, en: row.nameEn },
    custom: row.custom,
    active: a?.active ?? false,
    options: options?.ok ? options.value : {},
    optionDeclarations: { declarations },
    terms: a?.termsSv ? { sv: a.termsSv, en: a.termsEn } : null,
    availableForProxy: a?.availableForProxy ?? true,
    attachmentsAllowed: a?.attachmentsAllowed ?? false,
    expectedResponseDays: a?.expectedResponseDays ?? DEFAULT_RESPONSE_DAYS,
    responseTargetHours: a?.responseTargetHours ?? null,
    notice: a?.noticeSv ? { sv: a.noticeSv, en: a.noticeEn } : null,
    closedFrom: a?.closedFrom ?? null,
    closedTo: a?.closedTo ?? null,
    sortOrder: a?.sortOrder ?? 0,
    revision: a?.revision ?? 0,
  };
}
