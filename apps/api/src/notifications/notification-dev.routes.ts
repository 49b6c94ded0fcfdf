import express, { type Express, type Router } from 'express';
import type { LocalSmsGateway } from '../adapters/sms/local-sms-gateway.repository.ts';
import type { NotificationSenderRepository } from './notification-sender.repository.ts';
import type { SmtpCatcher } from './smtp-catcher.ts';
import { FAVICON_LINK } from '../http/favicon.ts';

export type NotificationDevSources = {
  /** The built-in SMTP catcher; absent when real SMTP is configured. */
  catcher?: SmtpCatcher;
  localSms: LocalSmsGateway;
  outbox: NotificationSenderRepository;
};

const TEXT = {
  sv: {
    title: 'Utgående aviseringar (utvecklingsläge)',
    lead: 'Det här ser bara den som kör tjänsten utan produktionsläge. Inget av det har lämnat datorn.',
    mails: 'E-post som mottogs av den inbyggda e-postservern',
    noCatcher: 'Riktig e-postserver är inställd (SMTP_URL); ingen e-post fångas här.',
    sms: 'Sms som skulle ha skickats (senaste 100)',
    failed: 'Aviseringar som inte gick att leverera',
    failedCount: (n: number) => `${n} aviseringar har gett upp efter sista försöket.`,
    none: 'Inga ännu.',
    received: 'Mottaget',
    to: 'Till',
    subject: 'Ämne',
    text: 'Text',
    messageId: 'Message-ID',
    sent: 'Skickat',
    id: 'Id',
    channel: 'Kanal',
    template: 'Mall',
    attempts: 'Försök',
    error: 'Felkod',
    created: 'Skapad',
    other: 'In English',
  },
  en: {
    title: 'Outgoing notifications (development mode)',
    lead: 'Only someone running the service outside production mode sees this. None of it has left the machine.',
    mails: 'E-mail received by the built-in mail server',
    noCatcher: 'A real mail server is configured (SMTP_URL); no e-mail is caught here.',
    sms: 'Text messages that would have been sent (latest 100)',
    failed: 'Notifications that could not be delivered',
    failedCount: (n: number) => `${n} notifications gave up after their last try.`,
    none: 'None yet.',
    received: 'Received',
    to: 'To',
    subject: 'Subject',
    text: 'Text',
    messageId: 'Message-ID',
    sent: 'Sent',
    id: 'Id',
    channel: 'Channel',
    template: 'Template',
    attempts: 'Attempts',
    error: 'Error code',
    created: 'Created',
    other: 'På svenska',
  },
} as const;

const esc = (value: string): string =>
  value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

function table(caption: string, headers: string[], rows: string[][], none: string): string {
  if (rows.length === 0) return `<h2>${esc(caption)}</h2><p>${esc(none)}</p>`;
  return (
    `<h2>${esc(caption)}</h2><table><caption class="visually-hidden">${esc(caption)}</caption><thead><tr>` +
    headers.map((h) => `<th scope="col">${esc(h)}</th>`).join('') +
    '</tr></thead><tbody>' +
    rows
      .map(
        ([first, ...rest]) =>
          `<tr><th scope="row">${esc(first ?? '')}</th>` +
          rest.map((cell) => `<td>${esc(cell)}</td>`).join('') +
          '</tr>',
      )
      .join('') +
    '</tbody></table>'
  );
}

/**
 * GET /dev/notifications: what the built-in catcher received, what the local SMS gateway
 * recorded, and the notifications parked as FAILED (where a service administrator sees them
 * until there is a role for it). GET /api/test/notifications: the same as JSON for browser tests.
 * Mounted only outside production mode (see withNotificationDevPages).
 */
export function notificationDevRoutes(sources: NotificationDevSources): Router {
  const router = express.Router();
  router.get('/dev/notifications', async (req, res) => {
    const lang = req.query.lang === 'en' ? 'en' : 'sv';
    const t = TEXT[lang];
    const [sms, failed] = await Promise.all([
      sources.localSms.latest(100),
      sources.outbox.failed(100),
    ]);
    const mails = (sources.catcher?.mails() ?? []).reverse();
    const body = [
      `<h1>${esc(t.title)}</h1>`,
      `<p>${esc(t.lead)}</p>`,
      `<p><a href="/dev/notifications${lang === 'en' ? '' : '?lang=en'}" lang="${lang === 'en' ? 'sv' : 'en'}">${esc(t.other)}</a></p>`,
      sources.catcher
        ? table(
            t.mails,
            [t.received, t.to, t.subject, t.text, t.messageId],
            mails.map((m) => [
              m.receivedAt.toISOString(),
              m.to.join(', '),
              m.subject,
              m.text,
              m.messageId ?? '',
            ]),
            t.none,
          )
        : `<h2>${esc(t.mails)}</h2><p>${esc(t.noCatcher)}</p>`,
      table(
        t.sms,
        [t.sent, t.to, t.text],
        sms.map((s) => [s.sentAt.toISOString(), s.to, s.text]),
        t.none,
      ),
      `<h2>${esc(t.failed)}</h2><p>${esc(t.failedCount(failed.count))}</p>`,
      failed.rows.length === 0
        ? ''
        : table(
            t.failed,
            [t.id, t.channel, t.template, t.attempts, t.error, t.created],
            failed.rows.map((r) => [
              r.id,
              r.channel,
              r.templateKey,
              String(r.attempts),
              r.lastError ?? '',
              r.createdAt.toISOString(),
            ]),
            t.none,
          ),
    ].join('\n');
    res
      .status(200)
      .type('html')
      .set('cache-control', 'no-store')
      .send(
        `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(t.title)}</title>${FAVICON_LINK}` +
          '<meta name="viewport" content="width=device-width, initial-scale=1">' +
          '<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:80rem}table{border-collapse:collapse;width:100%;margin-bottom:2rem}' +
          'th,td{border:1px solid #767676;padding:.4rem;text-align:left;vertical-align:top;white-space:pre-wrap}' +
          '.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}</style>' +
          `</head><body><main>${body}</main></body></html>`,
      );
  });
  router.get('/api/test/notifications', async (_req, res) => {
    const [sms, failed] = await Promise.all([
      sources.localSms.latest(100),
      sources.outbox.failed(100),
    ]);
    res.set('cache-control', 'no-store').json({
      mails: sources.catcher?.mails() ?? [],
      sms,
      failed,
    });
  });
  return router;
}

/** The application with the development pages in front of it, outside production mode only. */
export function withNotificationDevPages(
  app: Express,
  input: { production: boolean; sources: NotificationDevSources },
): Express {
  if (input.production) return app;
  const outer = express();
  outer.disable('x-powered-by');
  outer.set('trust proxy', false);
  outer.use(notificationDevRoutes(input.sources));
  outer.use(app);
  return outer;
}
