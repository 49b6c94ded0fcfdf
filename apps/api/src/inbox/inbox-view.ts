import { staffNameWithTitle } from '@etj/domain/staff-titles';
import type { CaseMessageView, ResponseOutcome } from '../cases/case-view.types.ts';
import { OUTCOME_KINDS, type OutcomeKind } from '../cases/case-view.types.ts';
import { badInput } from '../common/errors.ts';
import type { InboxKey } from './inbox.repository.ts';
import {
  NOTICE_KEYS,
  NOTICE_RECIPIENT_ROLES,
  type NoticeKey,
  type NoticeRecipientRole,
  type SystemNotice,
} from './inbox.types.ts';

/**
 * Pure mapping for the citizen's views: opaque keyset cursors, and stored message bodies
 * (`{ text, outcomes }`, or `{ key, ... }` for system messages) into what the citizen reads.
 */

export function encodeCursor(key: InboxKey): string {
  return Buffer.from(JSON.stringify([key.createdAt.toISOString(), key.id])).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The position a cursor names; BAD_USER_INPUT for anything this API did not hand out. */
export function decodeCursor(cursor: string): InboxKey {
  const invalid = badInput([{ path: 'after', code: 'INVALID_CURSOR' }]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid;
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) throw invalid;
  const [at, id] = parsed as unknown[];
  if (typeof at !== 'string' || typeof id !== 'string' || !UUID.test(id)) throw invalid;
  const createdAt = new Date(at);
  if (Number.isNaN(createdAt.getTime()) || createdAt.toISOString() !== at) throw invalid;
  return { createdAt, id };
}

export type StoredBody = { text: string | null; outcomes: ResponseOutcome[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const textOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** A message body as stored; tolerant of missing parts, never passes unknown keys through. */
export function readBody(kind: CaseMessageView['kind'], body: unknown): StoredBody {
  if (kind === 'CASE_SUBMITTED' || !isRecord(body)) return { text: null, outcomes: [] };
  const outcomes = Array.isArray(body.outcomes) ? body.outcomes.flatMap(readOutcome) : [];
  return { text: textOrNull(body.text), outcomes };
}

function readOutcome(value: unknown): ResponseOutcome[] {
  if (!isRecord(value) || !OUTCOME_KINDS.includes(value.kind as OutcomeKind)) return [];
  const at = textOrNull(value.appointmentAt);
  const appointmentAt = at ? new Date(at) : null;
  return [
    {
      kind: value.kind as OutcomeKind,
      appointmentAt: appointmentAt && !Number.isNaN(appointmentAt.getTime()) ? appointmentAt : null,
      place: textOrNull(value.place),
      phone: textOrNull(value.phone),
    },
  ];
}

/**
 * "Given Family, Title" for staff, the title in English from the staff title catalogue (the HSA
 * text when it is not known); null when the staff member is unknown.
 */
export function staffName(
  staff: { givenName: string; familyName: string; title: string } | null | undefined,
): { sv: string; en: string } | null {
  return staff ? staffNameWithTitle(staff) : null;
}

/** "Given Family" for a citizen; null when the register holds no name. */
export function personName(
  person: { givenName: string | null; familyName: string | null } | undefined,
): string | null {
  const name = [person?.givenName, person?.familyName].filter(Boolean).join(' ');
  return name === '' ? null : name;
}

/**
 * A system notice as the proxy lifecycle job stores it (`{ key, recipientRole, childName,
 * endsOn }`); null for any other message or a body this API does not know.
 */
export function readNotice(kind: string, body: unknown): SystemNotice | null {
  if (kind !== 'SYSTEM_NOTICE' || !isRecord(body)) return null;
  if (!NOTICE_KEYS.includes(body.key as NoticeKey)) return null;
  const role = body.recipientRole;
  const endsOn = textOrNull(body.endsOn);
  return {
    key: body.key as NoticeKey,
    recipientRole: NOTICE_RECIPIENT_ROLES.includes(role as NoticeRecipientRole)
      ? (role as NoticeRecipientRole)
      : null,
    childName: textOrNull(body.childName),
    endsOn: endsOn && /^\d{4}-\d{2}-\d{2}$/.test(endsOn) ? endsOn : null,
  };
}
