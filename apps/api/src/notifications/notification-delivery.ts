import type { Logger } from 'pino';
import { HttpSmsGateway } from '../adapters/sms/http-sms-gateway.ts';
import { LocalSmsGateway } from '../adapters/sms/local-sms-gateway.repository.ts';
import type { SmsGateway } from '../adapters/sms/sms-gateway.ts';
import type { Clock } from '../common/clock.ts';
import { DEFAULT_MAIL_FROM, type AppConfig } from '../config.ts';
import { createMailSender } from './mail-transport.ts';
import type { NotificationDevSources } from './notification-dev.routes.ts';
import { NotificationSenderRepository } from './notification-sender.repository.ts';
import {
  NotificationSenderService,
  type NotificationSenderDeps,
} from './notification-sender.service.ts';
import { SmtpCatcher } from './smtp-catcher.ts';

export type NotificationDelivery = {
  sender: NotificationSenderService;
  /** What the development page shows. */
  devSources: NotificationDevSources;
  /** The built-in catcher, when there is no SMTP_URL. */
  catcher?: SmtpCatcher;
  close(): Promise<void>;
};

/**
 * Builds the notification sender from the configuration: nodemailer to SMTP_URL, or to a
 * built-in SMTP catcher on the loopback started here; the HTTP SMS gateway, or the local one.
 */
export async function createNotificationDelivery(input: {
  config: AppConfig;
  /** The application's Prisma client (typed through a repository: only they know Prisma). */
  prisma: ConstructorParameters<typeof NotificationSenderRepository>[0];
  clock: Clock;
  logger: Logger;
  /** Tests: a catcher to keep many mails, or the crash hook. */
  catcherKeep?: number;
  afterSend?: NotificationSenderDeps['afterSend'];
  /** Tests: a gateway of their own (the HTTP one against a local server, say). */
  sms?: SmsGateway;
  /** The features' own e-mails (driftstatus), rendered by them at sending time. */
  contentMails?: NotificationSenderDeps['contentMails'];
}): Promise<NotificationDelivery> {
  const { config, prisma, clock, logger } = input;
  const catcher = config.smtpUrl
    ? undefined
    : await SmtpCatcher.start({ port: config.smtpCatcherPort, keep: input.catcherKeep });
  const mail = createMailSender({
    smtpUrl: config.smtpUrl ?? catcher?.url ?? '',
    from: config.mailFrom ?? DEFAULT_MAIL_FROM,
  });
  const localSms = new LocalSmsGateway(prisma, clock);
  const sms = input.sms ?? (config.smsGateway ? new HttpSmsGateway(config.smsGateway) : localSms);
  const repository = new NotificationSenderRepository(prisma);
  const sender = new NotificationSenderService({
    repository,
    mail,
    sms,
    clock,
    logger,
    publicOrigin: config.publicOrigin,
    afterSend: input.afterSend,
    contentMails: input.contentMails,
  });
  return {
    sender,
    catcher,
    devSources: { catcher, localSms, outbox: repository },
    async close() {
      mail.close();
      await catcher?.close();
    },
  };
}
