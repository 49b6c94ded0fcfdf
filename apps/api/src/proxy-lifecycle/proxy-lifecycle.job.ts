import {
  addMonths,
  addYears,
  dueProxyNotice,
  PROXY_AGE_LIMIT,
  proxyEndsOn,
  proxyHasEnded,
  proxyNoticeDedupeKey,
  type CalendarDate,
} from '@etj/domain';
import type { Logger } from 'pino';
import type { Clock } from '../common/clock.ts';
import type { JobDefinition } from '../common/job-runner.ts';
import type {
  NoticeToSend,
  ProxiedChild,
  ProxyLifecycleRepository,
  ProxyNoticeBody,
} from './proxy-lifecycle.repository.ts';

export const PROXY_LIFECYCLE_JOB = 'proxy-lifecycle';

/**
 * Hourly at minute 5, Europe/Stockholm. The job is idempotent and decides from the clock, so an
 * hourly run makes a missed midnight (or a DST night) cost at most an hour.
 */
export const PROXY_LIFECYCLE_CRON = '5 * * * *';

export type ProxyLifecycleResult = { noticesSent: number; proxiesEnded: number };

/**
 * The proxy lifecycle (DOMAIN.md section 6): on each run, for every child with active
 * proxy links, the notice due today (only the latest one still due: late rather than never, but
 * never both) goes to the child and to each guardian with a link; from the 13th birthday on, the
 * links end, the child's contact details are wiped once and the child's inbox explains it.
 * Nothing is sent to or about a deceased person: a deceased child gets no notices (and neither
 * do the guardians about them), but the details a guardian stored are still wiped on what would
 * have been the 13th birthday; a deceased guardian is never notified.
 * Everything is decided from the injected clock's Stockholm date.
 */
export class ProxyLifecycleService {
  constructor(
    private readonly repository: ProxyLifecycleRepository,
    private readonly clock: Clock,
    private readonly logger?: Logger,
  ) {}

  async run(): Promise<ProxyLifecycleResult> {
    const today = this.clock.today();
    const at = this.clock.now();
    // Anyone whose three-month window may have opened: born no later than 13 years before the
    // date four months from now (a month of margin for the clamped window start).
    const cutoff = addYears(addMonths(today, 4), -PROXY_AGE_LIMIT);
    const children = await this.repository.childrenWithActiveLinks(cutoff, today);
    const result: ProxyLifecycleResult = { noticesSent: 0, proxiesEnded: 0 };
    for (const child of children) {
      const endsOn = proxyEndsOn(child.birthDate);
      if (proxyHasEnded(child.birthDate, today)) {
        const notice = child.deceased
          ? null
          : noticeFor(child, child.childPersonId, 'CHILD', 'CONTACT_DETAILS_REMOVED', endsOn);
        const ended = await this.repository.endProxy({
          childPersonId: child.childPersonId,
          notice,
          dedupeKey: proxyNoticeDedupeKey(child.childPersonId, 'CONTACT_DETAILS_REMOVED', endsOn),
          at,
          deceased: child.deceased,
        });
        if (ended.linksEnded > 0) result.proxiesEnded += 1;
        continue;
      }
      const key = dueProxyNotice(child.birthDate, today);
      // Notices only while someone may act for the child; a child whose links all ended early
      // waits here for the wipe on the birthday.
      if (!key || child.deceased || child.guardians.length === 0) continue;
      const notices: NoticeToSend[] = [
        noticeFor(child, child.childPersonId, 'CHILD', key, endsOn),
        ...child.guardians
          .filter((g) => g.mayBeNotified)
          .map((g) => noticeFor(child, g.guardianPersonId, 'GUARDIAN', key, endsOn)),
      ];
      result.noticesSent += await this.repository.sendNotices(
        notices,
        proxyNoticeDedupeKey(child.childPersonId, key, endsOn),
        at,
      );
    }
    this.logger?.info({ today, children: children.length, ...result }, 'proxy lifecycle run');
    return result;
  }

  /** The job the runner schedules and the test door runs. */
  job(): JobDefinition {
    return {
      name: PROXY_LIFECYCLE_JOB,
      cron: PROXY_LIFECYCLE_CRON,
      retryLimit: 3,
      retryDelaySeconds: 30,
      run: async () => {
        await this.run();
      },
    };
  }
}

function noticeFor(
  child: ProxiedChild,
  recipientPersonId: string,
  recipientRole: ProxyNoticeBody['recipientRole'],
  key: ProxyNoticeBody['key'],
  endsOn: CalendarDate,
): NoticeToSend {
  const name = [child.givenName, child.familyName].filter(Boolean).join(' ');
  return {
    recipientPersonId,
    body: { key, recipientRole, childName: name === '' ? null : name, endsOn },
  };
}
