import type {
  NotificationLocale,
  NotificationTemplateKey,
} from './notification-outbox.repository.ts';

/** One notification as it leaves the service: e-mail subject, plain text and HTML, and the SMS. */
export type RenderedNotification = {
  subject: string;
  text: string;
  html: string;
  sms: string;
};

type Wording = {
  subject: string;
  /** The one sentence that says what happened, without saying anything about it. */
  lead: string;
  login: string;
  noReply: string;
  sms: string;
};

/**
 * The only texts that ever leave the service. They say that there is something new and where to
 * log in, nothing else: no name, personnummer, clinic, case type, reference or message text can
 * reach them, because the only thing a template is given is the public origin.
 */
const WORDING: Record<NotificationTemplateKey, Record<NotificationLocale, Wording>> = {
  NEW_MESSAGE: {
    sv: {
      subject: 'Du har ett nytt meddelande i e-tjänsterna',
      lead: 'Du har fått ett nytt meddelande i e-tjänsterna.',
      login: 'Logga in för att läsa det:',
      noReply: 'Det här meddelandet går inte att svara på.',
      sms: 'Du har ett nytt meddelande i e-tjänsterna. Logga in för att läsa det:',
    },
    en: {
      subject: 'You have a new message in the e-services',
      lead: 'You have received a new message in the e-services.',
      login: 'Log in to read it:',
      noReply: 'Please do not reply to this message.',
      sms: 'You have a new message in the e-services. Log in to read it:',
    },
  },
  STAFF_NEW_CASES: {
    sv: {
      subject: 'Nya ärenden i e-tjänsterna',
      lead: 'Det har kommit nya ärenden till en kö du bevakar i e-tjänsterna.',
      login: 'Logga in för att se dem:',
      noReply: 'Det här meddelandet går inte att svara på.',
      sms: 'Det har kommit nya ärenden i e-tjänsterna. Logga in:',
    },
    en: {
      subject: 'New cases in the e-services',
      lead: 'New cases have arrived in a queue you follow in the e-services.',
      login: 'Log in to see them:',
      noReply: 'Please do not reply to this message.',
      sms: 'New cases have arrived in the e-services. Log in:',
    },
  },
  STAFF_CASE_ASSIGNED: {
    sv: {
      subject: 'Ett ärende har tilldelats dig i e-tjänsterna',
      lead: 'Ett ärende har tilldelats dig i e-tjänsterna.',
      login: 'Logga in för att se det:',
      noReply: 'Det här meddelandet går inte att svara på.',
      sms: 'Ett ärende har tilldelats dig i e-tjänsterna. Logga in:',
    },
    en: {
      subject: 'A case has been assigned to you in the e-services',
      lead: 'A case has been assigned to you in the e-services.',
      login: 'Log in to see it:',
      noReply: 'Please do not reply to this message.',
      sms: 'A case has been assigned to you in the e-services. Log in:',
    },
  },
  STAFF_CITIZEN_REPLY: {
    sv: {
      subject: 'Nytt svar i e-tjänsterna',
      lead: 'En invånare har svarat i ett av dina ärenden i e-tjänsterna.',
      login: 'Logga in för att läsa svaret:',
      noReply: 'Det här meddelandet går inte att svara på.',
      sms: 'En invånare har svarat i ett av dina ärenden i e-tjänsterna. Logga in:',
    },
    en: {
      subject: 'New reply in the e-services',
      lead: 'A citizen has replied in one of your cases in the e-services.',
      login: 'Log in to read the reply:',
      noReply: 'Please do not reply to this message.',
      sms: 'A citizen has replied in one of your cases in the e-services. Log in:',
    },
  },
};

const SURFACE: Record<NotificationTemplateKey, 'citizen' | 'staff'> = {
  NEW_MESSAGE: 'citizen',
  STAFF_NEW_CASES: 'staff',
  STAFF_CASE_ASSIGNED: 'staff',
  STAFF_CITIZEN_REPLY: 'staff',
};

export const NOTIFICATION_TEMPLATE_KEYS = Object.keys(WORDING) as NotificationTemplateKey[];

/** True for the keys the outbox may hold; a row with anything else is refused, not guessed. */
export function isTemplateKey(value: string): value is NotificationTemplateKey {
  return Object.hasOwn(WORDING, value);
}

const escapeHtml = (value: string): string =>
  value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

/**
 * The texts of `key` in `locale`, pointing at `${publicOrigin}/citizen/` or `/staff/`. The origin
 * is the only input: a template has nowhere to put content.
 */
export function renderNotification(
  key: NotificationTemplateKey,
  locale: NotificationLocale,
  publicOrigin: string,
): RenderedNotification {
  const w = WORDING[key][locale];
  const url = `${publicOrigin.replace(/\/+$/, '')}/${SURFACE[key]}/`;
  const lang = locale === 'en' ? 'en' : 'sv';
  return {
    subject: w.subject,
    text: `${w.lead}\n\n${w.login} ${url}\n\n${w.noReply}\n`,
    html:
      // No <meta charset>: the MIME part declares it, and the text stays free of digits.
      `<!doctype html><html lang="${lang}"><head><title>${escapeHtml(w.subject)}</title></head>` +
      `<body><p>${escapeHtml(w.lead)}</p><p>${escapeHtml(w.login)} <a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>` +
      `<p>${escapeHtml(w.noReply)}</p></body></html>`,
    sms: `${w.sms} ${url}`,
  };
}
