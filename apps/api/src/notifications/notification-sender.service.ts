import type { Logger } from 'pino';
import type { SmsGateway } from '../adapters/sms/sms-gateway.ts';
import type { Clock } from '../common/clock.ts';
import { serializeError } from '../common/errors.ts';
import type { JobDefinition } from '../common/job-runner.ts';
import { normaliseMobile } from './mobile-number.ts';
import type { MailSender } from './mail-transport.ts';
import type {
  ClaimedNotification,
  DeliveryOutcome,
  NotificationSenderRepository,
} from './notification-sender.repository.ts';
import { isTemplateKey, renderNotification } from './notification-templates.ts';

export const NOTIFICATION_SENDER_JOB = 'notification-sender';

/** Every minute: a notification is at most about a minute late (and the back-off is minutes). */
export const NOTIFICATION_SENDER_CRON = '* * * * *';

/** Wait after the 1st, 2nd, 3rd and 4th temporary failure; the 5th try is the last. */
export const NOTIFICATION_BACKOFF_MINUTES = [1, 5, 15, 60] as const;
export const NOTIFICATION_MAX_ATTEMPTS = NOTIFICATION_BACKOFF_MINUTES.length + 1;

/** The domain of the stable Message-ID; `.invalid` never resolves, so it can be no one's. */
export const MESSAGE_ID_DOMAIN = 'notifications.e-tjanster.invalid';

/** The Message-ID of a row's e-mail: the same on every try, so a resend is recognisable. */
export const messageIdFor = (rowId: string): string => `<${rowId}@${MESSAGE_ID_DOMAIN}>`;

/** An e-mail as a feature renders it: subject, plain text and HTML. */
export type MailText = { subject: string; text: string; html: string };

/**
 * E-mails whose text is not one of the content-free templates (driftstatus: announcements about
 * the service, never about a person), rendered by their own feature at sending time from the
 * ids the row carries. Null: what the row points at is gone, and the row is parked.
 */
export type ContentMailRenderer = {
  handles(templateKey: string): boolean;
  render(row: ClaimedNotification, locale: 'sv' | 'en'): Promise<MailText | null>;
};

export type DrainResult = { sent: number; retried: number; failed: number };

export type NotificationSenderDeps = {
  repository: NotificationSenderRepository;
  mail: MailSender;
  sms: SmsGateway;
  clock: Clock;
  logger: Logger;
  publicOrigin: string;
  /** The features' own e-mails (e-mail only), by template key. */
  contentMails?: ContentMailRenderer;
  /** Rows per claim transaction. */
  batchSize?: number;
  /**
   * How long one claim transaction may stay open while its batch is delivered. A batch that
   * overruns it is rolled back and sent again later with the same Message-IDs; the SMTP
   * timeouts (mail-transport.ts) keep a batch of ten well inside the default.
   */
  transactionTimeoutMs?: number;
  /**
   * Tests only: called after a row was handed to SMTP or the gateway and before its outcome is
   * written. Throwing here is a crash between send and commit.
   */
  afterSend?: (rowId: string) => void | Promise<void>;
};

type Failure = { kind: 'TEMPORARY' | 'PERMANENT'; code: string };

/** A delivery adapter's classified failure, or a temporary unknown one (never its message). */
function failureOf(error: unknown): Failure {
  if (
    typeof error === 'object' &&
    error !== null &&
    'kind' in error &&
    'code' in error &&
    (error.kind === 'TEMPORARY' || error.kind === 'PERMANENT') &&
    typeof error.code === 'string'
  )
    return { kind: error.kind, code: error.code };
  return { kind: 'TEMPORARY', code: 'UNKNOWN' };
}

/**
 * Delivers the outbox (DOMAIN.md section 6): content-free texts rendered at sending time in the
 * recipient's language; each row at most once, claimed and settled in one transaction; temporary
 * failures retried with back-off, parked as FAILED after the last try or on a permanent failure.
 */
export class NotificationSenderService {
  private readonly batchSize: number;
  private readonly transactionTimeoutMs: number;

  constructor(private readonly deps: NotificationSenderDeps) {
    this.batchSize = deps.batchSize ?? 10;
    this.transactionTimeoutMs = deps.transactionTimeoutMs ?? 60_000;
  }

  /**
   * Sends everything due at the clock's now (or `dueBy`, for a final sweep), batch after batch,
   * until nothing due is left unlocked. Safe to run in several processes at once.
   */
  async drain(options: { dueBy?: Date } = {}): Promise<DrainResult> {
    const result: DrainResult = { sent: 0, retried: 0, failed: 0 };
    for (;;) {
      const claimed = await this.deps.repository.withClaimedBatch(
        {
          dueBy: options.dueBy ?? this.deps.clock.now(),
          limit: this.batchSize,
          timeoutMs: this.transactionTimeoutMs,
        },
        async (rows, record) => {
          for (const row of rows) {
            const outcome = await this.deliver(row);
            await record(outcome);
            result[
              outcome.kind === 'SENT' ? 'sent' : outcome.kind === 'RETRY' ? 'retried' : 'failed'
            ] += 1;
          }
        },
      );
      if (claimed < this.batchSize) break;
    }
    if (result.sent + result.retried + result.failed > 0)
      this.deps.logger.info({ ...result }, 'notifications delivered');
    return result;
  }

  /** The job the runner schedules every minute (and the test door runs). */
  job(): JobDefinition {
    return {
      name: NOTIFICATION_SENDER_JOB,
      cron: NOTIFICATION_SENDER_CRON,
      // The next minute's run is the retry; pg-boss retries would only queue behind it.
      retryLimit: 0,
      expireInSeconds: 300,
      run: async () => {
        await this.drain();
      },
    };
  }

  private async deliver(row: ClaimedNotification): Promise<DeliveryOutcome> {
    const attempts = row.attempts + 1;
    const locale = row.locale === 'en' ? 'en' : 'sv';
    let rendered: MailText & { sms?: string };
    if (isTemplateKey(row.templateKey)) {
      rendered = renderNotification(row.templateKey, locale, this.deps.publicOrigin);
    } else if (this.deps.contentMails?.handles(row.templateKey) && row.channel === 'EMAIL') {
      const text = await this.deps.contentMails.render(row, locale);
      if (!text) return this.parked(row, attempts, 'CONTENT_GONE');
      rendered = text;
    } else {
      return this.parked(row, attempts, 'TEMPLATE_UNKNOWN');
    }
    try {
      if (row.channel === 'EMAIL') {
        await this.deps.mail.send({
          to: row.address,
          subject: rendered.subject,
          text: rendered.text,
          html: rendered.html,
          messageId: messageIdFor(row.id),
          locale,
        });
      } else {
        const to = toE164(row.address);
        if (!to || rendered.sms === undefined) return this.parked(row, attempts, 'ADDRESS_INVALID');
        await this.deps.sms.send({ to, text: rendered.sms, reference: row.id });
      }
    } catch (error) {
      const failure = failureOf(error);
      if (failure.code === 'UNKNOWN')
        this.deps.logger.error(
          { outboxId: row.id, err: serializeError(error) },
          'notification delivery error',
        );
      if (failure.kind === 'PERMANENT' || attempts >= NOTIFICATION_MAX_ATTEMPTS)
        return this.parked(row, attempts, failure.code);
      const waitMinutes = NOTIFICATION_BACKOFF_MINUTES[attempts - 1] ?? 60;
      return {
        id: row.id,
        kind: 'RETRY',
        attempts,
        nextAttemptAt: new Date(this.deps.clock.now().getTime() + waitMinutes * 60_000),
        lastError: failure.code,
      };
    }
    await this.deps.afterSend?.(row.id);
    return { id: row.id, kind: 'SENT', at: this.deps.clock.now() };
  }

  private parked(row: ClaimedNotification, attempts: number, code: string): DeliveryOutcome {
    this.deps.logger.warn(
      { outboxId: row.id, channel: row.channel, templateKey: row.templateKey, attempts, code },
      'notification parked as failed',
    );
    return { id: row.id, kind: 'FAILED', attempts, lastError: code };
  }
}

/**
 * A stored mobile number as E.164. Settings are stored in E.164 already; this also reads rows
 * queued before that (07XXXXXXXX), and refuses anything that is not a Swedish mobile number.
 */
export const toE164 = (address: string): string | null => normaliseMobile(address);
