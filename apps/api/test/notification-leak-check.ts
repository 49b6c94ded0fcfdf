// The proof that notifications carry no content: every integration harness, on close, renders
// and delivers whatever its tests queued, then checks every e-mail and SMS it caught against
// everything personal or clinical in that database. See harness.ts.
import type { PrismaClient } from '@etj/db';
import {
  NOTIFICATION_TEMPLATE_KEYS,
  renderNotification,
} from '../src/notifications/notification-templates.ts';

/** One thing that left the service: an e-mail's subject and bodies, or an SMS text. */
export type OutgoingText = { kind: 'mail' | 'sms'; id: string; texts: string[] };

export type ForbiddenString = { category: string; value: string };

export type Leak = { kind: 'mail' | 'sms'; id: string; category: string; value: string };

/** A driftstatus mail's confirm or unsubscribe link (service-status.mail.ts). */
const DRIFTSTATUS_LINK = /\/citizen\/driftstatus\/(?:confirm|unsubscribe)\?token=[\w-]{43}/g;

/** Shorter strings than this match by accident (initials, "Bo", "1"). */
const MIN_LENGTH = 4;

/**
 * Everything in the database that must never appear in a notification: names of people and
 * staff, identity numbers in every usual written form, clinic and region names, case type names,
 * case references, and the text of messages (every string in the body) and internal notes, both
 * whole and word by word (words of eight letters or more).
 */
export async function forbiddenStrings(prisma: PrismaClient): Promise<ForbiddenString[]> {
  const rows = await prisma.$queryRaw<{ category: string; value: string | null }[]>`
    SELECT 'person name' AS category, given_name AS value FROM persons
    UNION ALL SELECT 'person name', family_name FROM persons
    UNION ALL SELECT 'identity number', identity_number FROM persons
    UNION ALL SELECT 'staff name', given_name FROM staff_members
    UNION ALL SELECT 'staff name', family_name FROM staff_members
    UNION ALL SELECT 'clinic name', name FROM clinics
    UNION ALL SELECT 'region name', name FROM regions
    UNION ALL SELECT 'case type name', name_sv FROM case_types
    UNION ALL SELECT 'case type name', name_en FROM case_types
    UNION ALL SELECT 'case reference', reference FROM cases
    UNION ALL SELECT 'message text', s #>> '{}'
      FROM case_messages, jsonb_path_query(body::jsonb, 'strict $.**') AS s
      WHERE jsonb_typeof(s) = 'string'
    UNION ALL SELECT 'internal note', text FROM internal_notes`;
  const out: ForbiddenString[] = [];
  for (const { category, value } of rows) {
    if (!value) continue;
    const trimmed = value.trim();
    if (category === 'identity number') {
      out.push(...identityNumberForms(trimmed).map((v) => ({ category, value: v })));
      continue;
    }
    out.push({ category, value: trimmed });
    if (category === 'message text' || category === 'internal note')
      for (const word of trimmed.split(/[^\p{L}\p{N}-]+/u))
        if (word.length >= 8) out.push({ category, value: word });
  }
  return out;
}

/** 198004042384 -> also 19800404-2384, 8004042384, 800404-2384 (and + for the over-100s). */
export function identityNumberForms(identityNumber: string): string[] {
  const digits = identityNumber.replace(/\D/g, '');
  if (digits.length !== 12) return [identityNumber];
  const short = digits.slice(2);
  return [
    digits,
    `${digits.slice(0, 8)}-${digits.slice(8)}`,
    short,
    `${short.slice(0, 6)}-${short.slice(6)}`,
    `${short.slice(0, 6)}+${short.slice(6)}`,
  ];
}

/** Words the templates themselves use: a message saying "logga in" is not a leak of it. */
function templateVocabulary(publicOrigin: string): string {
  return NOTIFICATION_TEMPLATE_KEYS.flatMap((key) =>
    (['sv', 'en'] as const).flatMap((locale) => {
      const r = renderNotification(key, locale, publicOrigin);
      return [r.subject, r.text, r.html, r.sms];
    }),
  )
    .join('\n')
    .toLowerCase();
}

/**
 * Every leak of `forbidden` in `outgoing` (case-insensitive), plus any run of six or more digits
 * outside the origin (the templates have none, so such a run can only be someone's number).
 */
export function findLeaks(
  outgoing: readonly OutgoingText[],
  forbidden: readonly ForbiddenString[],
  publicOrigin: string,
): Leak[] {
  const vocabulary = templateVocabulary(publicOrigin);
  const candidates = forbidden.filter(
    (f) => f.value.length >= MIN_LENGTH && !vocabulary.includes(f.value.toLowerCase()),
  );
  const leaks: Leak[] = [];
  for (const item of outgoing) {
    // Driftstatus links carry a random token, which may hold digits or letters by chance.
    const haystack = item.texts.join('\n').replace(DRIFTSTATUS_LINK, '').toLowerCase();
    for (const f of candidates)
      if (haystack.includes(f.value.toLowerCase()))
        leaks.push({ kind: item.kind, id: item.id, category: f.category, value: f.value });
    const digits = haystack.replaceAll(publicOrigin.toLowerCase(), '').match(/\d{6,}/);
    if (digits)
      leaks.push({ kind: item.kind, id: item.id, category: 'digit sequence', value: digits[0] });
  }
  return leaks;
}

/** Throws, naming category and outgoing id (the leaked value only in the message), on any leak. */
export function assertNoLeaks(
  outgoing: readonly OutgoingText[],
  forbidden: readonly ForbiddenString[],
  publicOrigin: string,
): void {
  const leaks = findLeaks(outgoing, forbidden, publicOrigin);
  if (leaks.length === 0) return;
  const lines = leaks
    .slice(0, 20)
    .map((l) => `  ${l.kind} ${l.id}: ${l.category} "${l.value}"`)
    .join('\n');
  throw new Error(`Notifications carry content (${leaks.length} leaks):\n${lines}`);
}
