import { randomUUID } from 'node:crypto';
import type { Clock } from '../common/clock.ts';
import { AppError, badInput, notFound } from '../common/errors.ts';
import type { StaffActor } from '../identity/actor.ts';
import { administersService } from '../identity/workplace.policy.ts';
import {
  confirmLinkValid,
  endingTimes,
  hasEnded,
  mayResendConfirmation,
  normaliseEmail,
  publishProblems,
  splitByTime,
  updateProblems,
} from './service-status.policy.ts';
import type { AnnouncementRow, ServiceStatusRepository } from './service-status.repository.ts';
import { isWellFormedToken, linkToken, newSalt, tokenHash } from './service-status.tokens.ts';
import type {
  PublishServiceAnnouncementInput,
  ServiceAnnouncement,
  ServiceAnnouncementUpdateInput,
  ServiceStatus,
  SubscribeToServiceStatusInput,
} from './service-status.types.ts';

/** The latest announcements the administrator's page lists, ended ones too. */
export const ADMIN_LIST_LIMIT = 50;

/**
 * Driftstatus: anyone reads what is current and upcoming and subscribes by e-mail; the national
 * service administration publishes, updates and ends announcements, each mailed to every
 * confirmed subscriber through the notification outbox.
 */
export class ServiceStatusService {
  constructor(
    private readonly repository: ServiceStatusRepository,
    private readonly clock: Clock,
    private readonly linkKey: Buffer,
  ) {}

  async status(): Promise<ServiceStatus> {
    const now = this.clock.now();
    const { current, upcoming } = splitByTime(await this.repository.notEnded(now), now);
    return { current: current.map(toView), upcoming: upcoming.map(toView) };
  }

  /**
   * Always the same answer, so nobody learns whether an address subscribes: a new address gets
   * a confirmation mail; an unconfirmed one a new link (at most one mail a quarter hour); a
   * confirmed one nothing.
   */
  async subscribe(input: SubscribeToServiceStatusInput): Promise<true> {
    const email = normaliseEmail(input.email);
    if (!email) throw badInput([{ path: 'email', code: 'EMAIL_INVALID' }]);
    const now = this.clock.now();
    const existing = await this.repository.subscriptionByEmail(email);
    if (!existing) {
      const id = randomUUID();
      const confirmSalt = newSalt();
      const unsubscribeSalt = newSalt();
      await this.repository.createSubscription({
        id,
        email,
        locale: input.language,
        confirmSalt,
        confirmTokenHash: tokenHash(linkToken(this.linkKey, 'confirm', id, confirmSalt)),
        unsubscribeSalt,
        unsubscribeTokenHash: tokenHash(
          linkToken(this.linkKey, 'unsubscribe', id, unsubscribeSalt),
        ),
        at: now,
      });
      return true;
    }
    if (existing.confirmedAt || !mayResendConfirmation(existing.confirmRequestedAt, now))
      return true;
    const confirmSalt = newSalt();
    await this.repository.renewConfirmation({
      id: existing.id,
      locale: input.language,
      confirmSalt,
      confirmTokenHash: tokenHash(linkToken(this.linkKey, 'confirm', existing.id, confirmSalt)),
      at: now,
    });
    return true;
  }

  /** Confirms by the mail's link; an unknown, replaced or week-old link is NOT_FOUND. */
  async confirm(token: string): Promise<true> {
    if (!isWellFormedToken(token)) throw notFound();
    const row = await this.repository.subscriptionByConfirmHash(tokenHash(token));
    if (!row) throw notFound();
    if (row.confirmedAt) return true;
    const now = this.clock.now();
    if (!confirmLinkValid(row.confirmRequestedAt, now)) throw notFound();
    await this.repository.confirm(row.id, now);
    return true;
  }

  /** Ends the subscription by any mail's link (the address is deleted); unknown is NOT_FOUND. */
  async unsubscribe(token: string): Promise<true> {
    if (!isWellFormedToken(token)) throw notFound();
    const row = await this.repository.subscriptionByUnsubscribeHash(tokenHash(token));
    if (!row) throw notFound();
    await this.repository.remove(row.id);
    return true;
  }

  async list(actor: StaffActor): Promise<ServiceAnnouncement[]> {
    requireAdministrator(actor);
    return (await this.repository.latest(ADMIN_LIST_LIMIT)).map(toView);
  }

  async publish(
    actor: StaffActor,
    input: PublishServiceAnnouncementInput,
  ): Promise<ServiceAnnouncement> {
    requireAdministrator(actor);
    const now = this.clock.now();
    const clean = {
      kind: input.kind,
      affected: [...new Set(input.affected)],
      titleSv: input.titleSv.trim(),
      titleEn: input.titleEn.trim(),
      bodySv: input.bodySv.trim(),
      bodyEn: input.bodyEn.trim(),
      startsAt: input.startsAt ?? now,
      endsAt: input.endsAt ?? null,
    };
    const problems = publishProblems(clean, now);
    if (problems.length > 0) throw badInput(problems);
    const id = await this.repository.publish({
      ...clean,
      staffMemberId: actor.staffMemberId,
      at: now,
    });
    return this.get(id);
  }

  /** An update of what has not ended, mailed to the subscribers. */
  update(actor: StaffActor, input: ServiceAnnouncementUpdateInput): Promise<ServiceAnnouncement> {
    return this.addUpdate(actor, input, false);
  }

  /** Ends it now (maintenance not begun is called off), with closing words mailed as an update. */
  end(actor: StaffActor, input: ServiceAnnouncementUpdateInput): Promise<ServiceAnnouncement> {
    return this.addUpdate(actor, input, true);
  }

  private async addUpdate(
    actor: StaffActor,
    input: ServiceAnnouncementUpdateInput,
    ending: boolean,
  ): Promise<ServiceAnnouncement> {
    requireAdministrator(actor);
    const now = this.clock.now();
    const row = await this.repository.find(input.id);
    if (!row) throw notFound();
    if (hasEnded(row, now)) throw badInput([{ path: 'id', code: 'ALREADY_ENDED' }]);
    const texts = { textSv: input.textSv.trim(), textEn: input.textEn.trim() };
    const problems = updateProblems(texts);
    if (problems.length > 0) throw badInput(problems);
    const times = ending ? endingTimes(row, now) : undefined;
    await this.repository.addUpdate({
      announcementId: row.id,
      ...texts,
      staffMemberId: actor.staffMemberId,
      at: now,
      ...(times?.endsAt ? { times: { startsAt: times.startsAt, endsAt: times.endsAt } } : {}),
    });
    return this.get(row.id);
  }

  private async get(id: string): Promise<ServiceAnnouncement> {
    const row = await this.repository.find(id);
    if (!row) throw notFound();
    return toView(row);
  }
}

/** Only the national service administration (a role, not a record: FORBIDDEN). */
function requireAdministrator(actor: StaffActor): void {
  if (!administersService(actor)) throw new AppError('FORBIDDEN');
}

function toView(row: AnnouncementRow): ServiceAnnouncement {
  return {
    id: row.id,
    kind: row.kind,
    affected: row.affected,
    title: { sv: row.titleSv, en: row.titleEn },
    body: { sv: row.bodySv, en: row.bodyEn },
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    publishedAt: row.publishedAt,
    updates: row.updates.map((u) => ({ id: u.id, text: { sv: u.textSv, en: u.textEn }, at: u.at })),
  };
}
