import { badInput, forbidden } from '../common/errors.ts';
import { decodeLogCursor, logPage } from '../access-log/access-log.rules.ts';
import type { StaffActor } from '../identity/actor.ts';
import { adminLogScope } from './admin-log.policy.ts';
import type { AdminLogRepository, AdminLogRowView } from './admin-log.repository.ts';
import type { AdminLogEntry, AdminLogPage } from './admin-log.types.ts';

export const MAX_ADMIN_LOG_PAGE = 100;

/** The administrative actions at the chosen clinic or region, for its administrators and auditors. */
export class AdminLogService {
  constructor(private readonly repository: AdminLogRepository) {}

  async page(actor: StaffActor, first: number, after: string | null): Promise<AdminLogPage> {
    const scope = adminLogScope(actor);
    if (!scope) throw forbidden();
    if (!Number.isInteger(first) || first < 1 || first > MAX_ADMIN_LOG_PAGE)
      throw badInput([
        { path: 'first', code: 'OUT_OF_RANGE', params: { min: 1, max: MAX_ADMIN_LOG_PAGE } },
      ]);
    const key = after ? decodeLogCursor(after) : null;
    const rows = await this.repository.page(scope, key, first + 1);
    return logPage(rows, first, toEntry);
  }
}

const nameOf = (given: string | null, family: string | null): string | null =>
  given === null && family === null ? null : [given, family].filter(Boolean).join(' ');

function toEntry(row: AdminLogRowView): AdminLogEntry {
  return {
    id: row.id,
    occurredAt: row.occurredAt,
    staffName: nameOf(row.staffGivenName, row.staffFamilyName) ?? row.staffHsaId,
    staffHsaId: row.staffHsaId,
    role: row.role,
    action: row.action,
    caseTypeNameSv: row.caseTypeNameSv,
    caseTypeNameEn: row.caseTypeNameEn ?? row.caseTypeNameSv,
    subjectName: nameOf(row.subjectGivenName, row.subjectFamilyName),
    subjectRole: row.subjectRole,
    enabled: row.enabled,
  };
}
