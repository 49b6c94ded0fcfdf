import { formatIdentityNumber } from '@etj/domain';
import { forbidden } from '../common/errors.ts';
import type { StaffActor } from '../identity/actor.ts';
import { auditedClinicId } from '../identity/workplace.policy.ts';
import type { AccessLogRepository, AccessLogRow } from './access-log.repository.ts';
import { accessLogQuery, decodeLogCursor, logPage } from './access-log.rules.ts';
import type { AccessLogEntryView, AccessLogFilter, AccessLogPage } from './access-log.types.ts';

/** Auditors (granskare) review who accessed which patient's cases at their clinic. */
export class AccessLogService {
  constructor(private readonly repository: AccessLogRepository) {}

  /** The chosen clinic's log, newest first; FORBIDDEN unless the actor audits that clinic. */
  async search(
    actor: StaffActor,
    filter: AccessLogFilter,
    first: number,
    after: string | null,
  ): Promise<AccessLogPage> {
    const clinicId = auditedClinicId(actor);
    if (!clinicId) throw forbidden();
    const query = accessLogQuery(filter, first);
    const key = after ? decodeLogCursor(after) : null;
    const rows = await this.repository.page(clinicId, query, key, first + 1);
    return logPage(rows, first, toView);
  }
}

function toView(row: AccessLogRow): AccessLogEntryView {
  const staffName = [row.staffGivenName, row.staffFamilyName].filter(Boolean).join(' ');
  const patientName = [row.patientGivenName, row.patientFamilyName].filter(Boolean).join(' ');
  return {
    id: row.id,
    occurredAt: row.occurredAt,
    staffName: staffName || row.staffHsaId,
    staffHsaId: row.staffHsaId,
    role: row.role,
    action: row.action,
    caseReference: row.caseReference,
    patientName: patientName || null,
    patientIdentityNumber: row.patientIdentityNumber
      ? formatIdentityNumber(row.patientIdentityNumber)
      : null,
  };
}
