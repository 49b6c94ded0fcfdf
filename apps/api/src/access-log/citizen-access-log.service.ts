import type { Clock } from '../common/clock.ts';
import { badInput, notFound } from '../common/errors.ts';
import { citizenMayRead } from '../cases/case-access.policy.ts';
import type { CitizenActor } from '../identity/actor.ts';
import { decodeLogCursor, logPage, MAX_LOG_PAGE } from './access-log.rules.ts';
import type {
  CitizenAccessLogRepository,
  CitizenAccessLogRow,
  CitizenCaseSummaryRow,
} from './citizen-access-log.repository.ts';
import type { CitizenAccessLogEntry, CitizenAccessLogPage } from './citizen-access-log.types.ts';

/** What the PDF download shows: the case named by type and date, the log, and when it was made. */
export type CitizenAccessLogExport = {
  caseSummary: CitizenCaseSummaryRow;
  entries: CitizenAccessLogEntry[];
  generatedAt: Date;
};

/** The downloads' ceiling: far above any case's log, and a bound on one response. */
export const MAX_CSV_ROWS = 10_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The patient's own access log (Patientdatalagen): who at which clinic read or changed one of
 * my cases, in which role and when. Whether I may see it is exactly whether I may read the
 * case (case-access.policy.ts citizenMayRead, proxy mode included); anything else is NOT_FOUND.
 */
export class CitizenAccessLogService {
  constructor(
    private readonly repository: CitizenAccessLogRepository,
    private readonly clock: Clock,
  ) {}

  /** Null when the citizen may not read the case (or it does not exist). */
  private async readable(actor: CitizenActor, caseId: string): Promise<boolean> {
    if (!UUID.test(caseId)) return false;
    const facts = await this.repository.caseFacts(caseId);
    return facts !== null && citizenMayRead(actor, facts);
  }

  async page(
    actor: CitizenActor,
    caseId: string,
    first: number,
    after: string | null,
  ): Promise<CitizenAccessLogPage> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_LOG_PAGE)
      throw badInput([
        { path: 'first', code: 'OUT_OF_RANGE', params: { min: 1, max: MAX_LOG_PAGE } },
      ]);
    const key = after ? decodeLogCursor(after) : null;
    if (!(await this.readable(actor, caseId))) throw notFound();
    const rows = await this.repository.page(caseId, key, first + 1);
    return logPage(rows, first, toEntry);
  }

  /** Every entry of the case for the downloads, newest first; null when not allowed. */
  async all(actor: CitizenActor, caseId: string): Promise<CitizenAccessLogEntry[] | null> {
    if (!(await this.readable(actor, caseId))) return null;
    const rows = await this.repository.page(caseId, null, MAX_CSV_ROWS);
    return rows.map(toEntry);
  }

  /** The same entries as `all` (and the same null) with what the PDF adds around them. */
  async export(actor: CitizenActor, caseId: string): Promise<CitizenAccessLogExport | null> {
    const entries = await this.all(actor, caseId);
    if (!entries) return null;
    const caseSummary = await this.repository.caseSummary(caseId);
    if (!caseSummary) return null;
    return { caseSummary, entries, generatedAt: this.clock.now() };
  }
}

function toEntry(row: CitizenAccessLogRow): CitizenAccessLogEntry {
  const name = [row.staffGivenName, row.staffFamilyName].filter(Boolean).join(' ');
  return {
    id: row.id,
    occurredAt: row.occurredAt,
    clinicName: row.clinicName,
    role: row.role,
    staffName: name || row.staffHsaId,
    staffTitle: row.staffTitle,
    action: row.action,
  };
}
