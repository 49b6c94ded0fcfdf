import type { Clock } from '../common/clock.ts';
import { staffReadContext } from '../access-log/access-log-write.repository.ts';
import type { CaseRole } from '../cases/case-access.policy.ts';
import type { StaffActor } from '../identity/actor.ts';
import type { RequestScope } from './case-handling.loaders.ts';
import {
  checkPageSize,
  clinicOrRefuse,
  decodeDueCursor,
  decodeQueueCursor,
  decodeWorkCursor,
  dueCursor,
  minAgeBoundary,
  queueCursor,
  queueRank,
  queueStatuses,
  workCursor,
} from './case-handling.rules.ts';
import type { CaseListOrder, CaseQueueFilter, StaffCasePage } from './case-handling.types.ts';
import type { CaseListRepository, CaseSummaryRow, ListRead } from './case-list.repository.ts';
import { Calendars, summary } from './case-view.mapping.ts';

/**
 * The staff lists: the clinic queue (case receivers) and a caregiver's work list. Each page is
 * one statement that also writes an access-log row for every case it shows.
 */
export class CaseListService {
  constructor(
    private readonly repository: CaseListRepository,
    private readonly clock: Clock,
  ) {}

  /** The clinic queue (case receivers): one statement (the page and its log rows) whatever its size. */
  async queue(
    actor: StaffActor,
    filter: CaseQueueFilter,
    order: CaseListOrder,
    first: number,
    after: string | null,
    scope: RequestScope,
  ): Promise<StaffCasePage> {
    const clinicId = clinicOrRefuse(actor, 'CASE_RECEIVER');
    checkPageSize(first);
    const query = {
      clinicId,
      statuses: queueStatuses(filter.statuses),
      caseTypeId: filter.caseTypeId ?? null,
      assignment: filter.assignment ?? 'ANY',
      minAgeBefore:
        filter.minAgeDays === null || filter.minAgeDays === undefined
          ? null
          : minAgeBoundary(this.clock.today(), filter.minAgeDays),
      limit: first + 1,
    };
    const read = this.listRead(actor, 'CASE_RECEIVER', first, scope);
    if (order === 'FIRST_ANSWER_DUE') {
      const rows = await this.repository.dueQueuePage(
        { ...query, after: after ? decodeDueCursor(after) : null },
        read,
      );
      return this.page(rows, first, dueCursorOf);
    }
    const rows = await this.repository.queuePage(
      { ...query, after: after ? decodeQueueCursor(after) : null },
      read,
    );
    return this.page(rows, first, (last) =>
      queueCursor({
        rank: queueRank(last.status, last.assignedStaffId),
        submittedAt: last.submittedAt,
        id: last.id,
      }),
    );
  }

  /** My assigned cases at the chosen clinic (caregivers), latest event first. */
  async workList(
    actor: StaffActor,
    includeClosed: boolean,
    order: CaseListOrder,
    first: number,
    after: string | null,
    scope: RequestScope,
  ): Promise<StaffCasePage> {
    const clinicId = clinicOrRefuse(actor, 'CAREGIVER');
    checkPageSize(first);
    const query = { clinicId, staffMemberId: actor.staffMemberId, limit: first + 1 };
    const read = this.listRead(actor, 'CAREGIVER', first, scope);
    if (order === 'FIRST_ANSWER_DUE') {
      const rows = await this.repository.dueWorkPage(
        { ...query, after: after ? decodeDueCursor(after) : null },
        read,
      );
      return this.page(rows, first, dueCursorOf);
    }
    const rows = await this.repository.workPage(
      { ...query, includeClosed, after: after ? decodeWorkCursor(after) : null },
      read,
    );
    return this.page(rows, first, (last) =>
      workCursor({ lastEventAt: last.lastEventAt, id: last.id }),
    );
  }

  /** A list page: its first `first` rows as summaries, time left reckoned now on each row's clinic calendar. */
  private page(
    rows: CaseSummaryRow[],
    first: number,
    cursorOf: (last: CaseSummaryRow) => string,
  ): StaffCasePage {
    const items = rows.slice(0, first);
    const last = items.at(-1);
    const now = this.clock.now();
    const calendars = new Calendars();
    return {
      items: items.map((row) => summary(row, now, calendars)),
      nextCursor: rows.length > first && last ? cursorOf(last) : null,
    };
  }

  /**
   * The page is fetched with one row more than shown, to know whether there is a next page;
   * only the rows shown are logged.
   */
  private listRead(
    actor: StaffActor,
    role: CaseRole,
    first: number,
    scope: RequestScope,
  ): ListRead {
    return {
      context: staffReadContext(actor, role, this.clock.now(), scope.requestId),
      shown: first,
    };
  }
}

/** The cursor after a row of a list sorted by time left (every such row has a due time). */
function dueCursorOf(last: CaseSummaryRow): string {
  return dueCursor({ dueAt: last.firstAnswerDueAt ?? last.submittedAt, id: last.id });
}
