import { randomBytes } from 'node:crypto';
import { FORM_FORMAT_VERSION, parseFormDefinition, type FormDefinition } from '@etj/domain';
import type { Clock } from '../common/clock.ts';
import { AppError, badInput, notFound, type FieldProblem } from '../common/errors.ts';
import { adminLogRow } from '../admin-log/admin-log-write.repository.ts';
import type { StaffActor } from '../identity/actor.ts';
import { administeredClinicId } from '../identity/workplace.policy.ts';
import type { CustomCaseTypeRepository, CustomTypeRow } from './custom-case-type.repository.ts';
import type {
  CreateCustomCaseTypeInput,
  CustomCaseType,
  SaveCustomCaseTypeInput,
} from './custom-case-type.types.ts';

/** A new custom type starts with one free-text question, so the draft is a valid form at once. */
function starterDefinition(key: string, nameSv: string, nameEn: string | null): FormDefinition {
  return {
    formatVersion: FORM_FORMAT_VERSION,
    key,
    version: 1,
    title: nameEn ? { sv: nameSv, en: nameEn } : { sv: nameSv },
    clinicOptions: [],
    items: [
      {
        linkId: 'message',
        type: 'text',
        required: true,
        text: { sv: 'Beskriv ditt ärende', en: 'Describe your request' },
      },
    ],
  };
}

/** Stable key from the name: lowercase ASCII words and a random suffix, unique per clinic. */
export function customKey(nameSv: string): string {
  const words = nameSv
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `${words || 'egen'}-${randomBytes(3).toString('hex')}`;
}

/** Clinic administrators build, preview (in the SPA), publish and revise their own case types. */
export class CustomCaseTypeService {
  constructor(
    private readonly repository: CustomCaseTypeRepository,
    private readonly clock: Clock,
  ) {}

  async list(actor: StaffActor): Promise<CustomCaseType[]> {
    return (await this.repository.list(requireClinic(actor))).map(toCustomType);
  }

  async get(actor: StaffActor, id: string): Promise<CustomCaseType> {
    const row = await this.repository.find(requireClinic(actor), id);
    if (!row) throw notFound();
    return toCustomType(row);
  }

  async create(actor: StaffActor, input: CreateCustomCaseTypeInput): Promise<CustomCaseType> {
    const clinicId = requireClinic(actor);
    const nameSv = input.nameSv.trim();
    const nameEn = input.nameEn?.trim() || null;
    const key = customKey(nameSv);
    const at = this.clock.now();
    const id = await this.repository.create({
      clinicId,
      key,
      nameSv,
      nameEn,
      definition: starterDefinition(key, nameSv, nameEn),
      staffMemberId: actor.staffMemberId,
      at,
      log: adminLogRow(actor, 'CLINIC_ADMIN', 'CREATE_CUSTOM_CASE_TYPE', {}, at),
    });
    return this.get(actor, id);
  }

  /** Saves the form being built. After a publication this starts the next version. */
  async save(actor: StaffActor, input: SaveCustomCaseTypeInput): Promise<CustomCaseType> {
    const clinicId = requireClinic(actor);
    const row = await this.repository.find(clinicId, input.caseTypeId);
    if (!row) throw notFound();
    const latest = row.versions[0];
    const draft = latest?.status === 'DRAFT' ? latest : null;
    const version = draft ? draft.version : (latest?.version ?? 0) + 1;
    const nameSv = input.nameSv.trim();
    const nameEn = input.nameEn?.trim() || null;
    const definition = checkDefinition({
      ...input.definition,
      formatVersion: FORM_FORMAT_VERSION,
      key: row.key,
      version,
      title: nameEn ? { sv: nameSv, en: nameEn } : { sv: nameSv },
    });
    await this.repository.saveDraft({
      caseTypeId: row.id,
      nameSv,
      nameEn,
      draftVersionId: draft?.id ?? null,
      nextVersion: version,
      definition,
      staffMemberId: actor.staffMemberId,
      at: this.clock.now(),
      log: adminLogRow(
        actor,
        'CLINIC_ADMIN',
        'SAVE_CUSTOM_CASE_TYPE',
        { caseTypeId: row.id },
        this.clock.now(),
      ),
    });
    return this.get(actor, row.id);
  }

  async publish(actor: StaffActor, caseTypeId: string): Promise<CustomCaseType> {
    const clinicId = requireClinic(actor);
    const row = await this.repository.find(clinicId, caseTypeId);
    if (!row) throw notFound();
    const draft = row.versions[0]?.status === 'DRAFT' ? row.versions[0] : null;
    if (!draft) throw badInput([{ path: 'caseTypeId', code: 'NOTHING_TO_PUBLISH' }]);
    checkDefinition(draft.definition);
    const at = this.clock.now();
    const log = adminLogRow(
      actor,
      'CLINIC_ADMIN',
      'PUBLISH_CUSTOM_CASE_TYPE',
      { caseTypeId: row.id },
      at,
    );
    await this.repository.publish(row.id, draft.id, at, log);
    return this.get(actor, row.id);
  }
}

function requireClinic(actor: StaffActor): string {
  const clinicId = administeredClinicId(actor);
  if (!clinicId) throw new AppError('FORBIDDEN');
  return clinicId;
}

/** A custom form must be a valid definition without per-clinic options (it belongs to one clinic). */
function checkDefinition(raw: unknown): FormDefinition {
  const parsed = parseFormDefinition(raw);
  const problems: FieldProblem[] = parsed.ok
    ? []
    : parsed.problems.map((p) => ({
        path: p.path === '' ? 'definition' : `definition.${p.path}`,
        code: 'INVALID_DEFINITION',
      }));
  if (parsed.ok && parsed.value.clinicOptions.length > 0) {
    problems.push({ path: 'definition.clinicOptions', code: 'NOT_ALLOWED' });
  }
  if (!parsed.ok || problems.length > 0) throw badInput(problems);
  return parsed.value;
}

function toCustomType(row: CustomTypeRow): CustomCaseType {
  const latest = row.versions[0];
  return {
    id: row.id,
    name: { sv: row.nameSv, en: row.nameEn },
    definition: (latest?.definition ?? {}) as Record<string, unknown>,
    hasDraft: latest?.status === 'DRAFT',
    versions: row.versions.map((v) => ({
      id: v.id,
      version: v.version,
      status: v.status,
      publishedAt: v.publishedAt,
    })),
  };
}
