import type { ClaimedNotification } from '../notifications/notification-sender.repository.ts';
import type {
  ContentMailRenderer,
  MailText,
} from '../notifications/notification-sender.service.ts';
import type { ServiceStatusTemplateKey } from '../notifications/notification-outbox.repository.ts';
import type { ServiceAnnouncementKind, ServiceSurface } from './service-status.policy.ts';
import { ServiceStatusRepository, type AnnouncementRow } from './service-status.repository.ts';
import { linkKeyFrom, linkToken, type LinkPurpose } from './service-status.tokens.ts';

type Locale = 'sv' | 'en';

/** The SPA routes the links open (below /citizen). */
export const SERVICE_STATUS_PATHS = {
  page: '/driftstatus',
  confirm: '/driftstatus/confirm',
  unsubscribe: '/driftstatus/unsubscribe',
} as const;

const SERVICE_STATUS_KEYS: readonly ServiceStatusTemplateKey[] = [
  'SERVICE_STATUS_CONFIRM',
  'SERVICE_STATUS_ANNOUNCEMENT',
  'SERVICE_STATUS_UPDATE',
];

/** The fixed words of the driftstatus mails; the announcement's own texts come from the row. */
const WORDING = {
  sv: {
    confirmSubject: 'Bekräfta din prenumeration på driftinformation',
    confirmLead:
      'Någon, förhoppningsvis du, har bett om driftinformation om e-tjänsterna till den här adressen.',
    confirmAction: 'Bekräfta prenumerationen (länken gäller i en vecka):',
    confirmIgnore:
      'Har du inte bett om det behöver du inte göra något: utan bekräftelse skickas inget mer.',
    kind: { DISTURBANCE: 'Driftstörning', MAINTENANCE: 'Planerat underhåll' },
    updatePrefix: 'Uppdatering',
    endedPrefix: 'Avslutad',
    affected: 'Berörs',
    surface: {
      CITIZEN: 'invånartjänsten',
      STAFF: 'personaltjänsten',
      NOTIFICATIONS: 'aviseringar',
    },
    from: 'Från',
    to: 'Till',
    untilFurther: 'tills vidare',
    latest: 'Senaste uppdatering',
    page: 'Aktuell driftstatus:',
    unsubscribe: 'Avsluta prenumerationen:',
    noReply: 'Det här meddelandet går inte att svara på.',
  },
  en: {
    confirmSubject: 'Confirm your subscription to service status',
    confirmLead:
      'Someone, hopefully you, has asked for service status news about the e-services at this address.',
    confirmAction: 'Confirm the subscription (the link works for a week):',
    confirmIgnore:
      'If you did not ask for it, do nothing: without confirmation nothing more is sent.',
    kind: { DISTURBANCE: 'Service disruption', MAINTENANCE: 'Planned maintenance' },
    updatePrefix: 'Update',
    endedPrefix: 'Ended',
    affected: 'Affects',
    surface: {
      CITIZEN: 'the citizen service',
      STAFF: 'the staff service',
      NOTIFICATIONS: 'notifications',
    },
    from: 'From',
    to: 'To',
    untilFurther: 'until further notice',
    latest: 'Latest update',
    page: 'Current service status:',
    unsubscribe: 'Unsubscribe:',
    noReply: 'Please do not reply to this message.',
  },
} as const satisfies Record<
  Locale,
  {
    kind: Record<ServiceAnnouncementKind, string>;
    surface: Record<ServiceSurface, string>;
  } & Record<string, unknown>
>;

const escapeHtml = (value: string): string =>
  value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

/** A time as the mail shows it, in Stockholm time. */
export function mailTime(at: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'sv-SE', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  }).format(at);
}

/** A link to a citizen SPA page, in the mail's language. */
export function pageUrl(
  publicOrigin: string,
  path: string,
  locale: Locale,
  token?: string,
): string {
  const params = new URLSearchParams();
  if (token) params.set('token', token);
  if (locale === 'en') params.set('lang', 'en');
  const query = params.toString();
  return `${publicOrigin.replace(/\/+$/, '')}/citizen${path}${query ? `?${query}` : ''}`;
}

type Paragraph = { text: string; url?: string };

function mail(subject: string, paragraphs: Paragraph[], locale: Locale): MailText {
  const text = paragraphs.map((p) => (p.url ? `${p.text} ${p.url}` : p.text)).join('\n\n');
  const html =
    `<!doctype html><html lang="${locale}"><head><title>${escapeHtml(subject)}</title></head><body>` +
    paragraphs
      .map((p) =>
        p.url
          ? `<p>${escapeHtml(p.text)} <a href="${escapeHtml(p.url)}">${escapeHtml(p.url)}</a></p>`
          : `<p>${escapeHtml(p.text).replaceAll('\n', '<br>')}</p>`,
      )
      .join('') +
    '</body></html>';
  return { subject, text: `${text}\n`, html };
}

/** The confirmation mail: the confirm link, and (as every mail) the unsubscribe link. */
export function confirmationMail(
  locale: Locale,
  links: { confirm: string; unsubscribe: string },
): MailText {
  const w = WORDING[locale];
  return mail(
    w.confirmSubject,
    [
      { text: w.confirmLead },
      { text: w.confirmAction, url: links.confirm },
      { text: w.confirmIgnore },
      { text: w.unsubscribe, url: links.unsubscribe },
      { text: w.noReply },
    ],
    locale,
  );
}

/** An announcement (or an update of it) with its times, what it affects and the links. */
export function announcementMail(
  locale: Locale,
  announcement: AnnouncementRow,
  updateId: string | null,
  links: { page: string; unsubscribe: string },
): MailText | null {
  const w = WORDING[locale];
  const en = locale === 'en';
  const title = en ? announcement.titleEn : announcement.titleSv;
  const update = updateId ? announcement.updates.find((u) => u.id === updateId) : undefined;
  if (updateId && !update) return null;
  const kind = w.kind[announcement.kind];
  // The closing words of an ending are the update made at the moment it ended.
  const ending =
    update !== undefined &&
    announcement.endsAt !== null &&
    update.at.getTime() >= announcement.endsAt.getTime();
  const prefix = ending ? w.endedPrefix : w.updatePrefix;
  const subject = update ? `${prefix}: ${kind}: ${title}` : `${kind}: ${title}`;
  const times =
    `${w.from} ${mailTime(announcement.startsAt, locale)}\n` +
    `${w.to} ${announcement.endsAt ? mailTime(announcement.endsAt, locale) : w.untilFurther}`;
  const paragraphs: Paragraph[] = [];
  if (update)
    paragraphs.push({
      text: `${w.latest} (${mailTime(update.at, locale)}):\n${en ? update.textEn : update.textSv}`,
    });
  paragraphs.push(
    { text: `${kind}: ${title}` },
    { text: en ? announcement.bodyEn : announcement.bodySv },
    { text: `${w.affected}: ${announcement.affected.map((s) => w.surface[s]).join(', ')}` },
    { text: times },
    { text: w.page, url: links.page },
    { text: w.unsubscribe, url: links.unsubscribe },
    { text: w.noReply },
  );
  return mail(subject, paragraphs, locale);
}

/**
 * Renders the driftstatus mails at sending time: the subscriber's links are rebuilt from the
 * row's salt under the links' key (only their hashes are stored).
 */
export class ServiceStatusMails implements ContentMailRenderer {
  constructor(
    private readonly repository: ServiceStatusRepository,
    private readonly linkKey: Buffer,
    private readonly publicOrigin: string,
  ) {}

  handles(templateKey: string): boolean {
    return (SERVICE_STATUS_KEYS as readonly string[]).includes(templateKey);
  }

  async render(row: ClaimedNotification, locale: Locale): Promise<MailText | null> {
    if (!row.serviceStatusSubscriptionId) return null;
    const subscription = await this.repository.subscriptionById(row.serviceStatusSubscriptionId);
    if (!subscription) return null;
    const link = (path: string, purpose: LinkPurpose, salt: string) =>
      pageUrl(
        this.publicOrigin,
        path,
        locale,
        linkToken(this.linkKey, purpose, subscription.id, salt),
      );
    const unsubscribe = link(
      SERVICE_STATUS_PATHS.unsubscribe,
      'unsubscribe',
      subscription.unsubscribeSalt,
    );
    if (row.templateKey === 'SERVICE_STATUS_CONFIRM') {
      // A confirmation for an address already confirmed is stale: nothing to send.
      if (subscription.confirmedAt) return null;
      return confirmationMail(locale, {
        confirm: link(SERVICE_STATUS_PATHS.confirm, 'confirm', subscription.confirmSalt),
        unsubscribe,
      });
    }
    if (!row.serviceAnnouncementId || !subscription.confirmedAt) return null;
    const announcement = await this.repository.find(row.serviceAnnouncementId);
    if (!announcement) return null;
    return announcementMail(locale, announcement, row.serviceAnnouncementUpdateId, {
      page: pageUrl(this.publicOrigin, SERVICE_STATUS_PATHS.page, locale),
      unsubscribe,
    });
  }
}

/** The renderer the notification sender is given (server start and test harness). */
export function createServiceStatusMails(
  prisma: ConstructorParameters<typeof ServiceStatusRepository>[0],
  config: { jwtSecret: string; publicOrigin: string },
): ServiceStatusMails {
  return new ServiceStatusMails(
    new ServiceStatusRepository(prisma),
    linkKeyFrom(config.jwtSecret),
    config.publicOrigin,
  );
}
