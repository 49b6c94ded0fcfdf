// The inbox row's baseline: what the citizen's first inbox page needs, written by hand on
// node:http and pg, with the API's own SQL and answering the API's JSON. It runs as plain
// JavaScript (Node strips the types; nothing here needs more), so anyone can rerun it:
//   DATABASE_URL=... JWT_SECRET=... PORT=4300 node apps/api/bench/inbox/baseline-server.ts
// Per request, as the API: the cookie's signed token checked (HS256, audience "citizen"), the
// session row read and its lifetimes checked, activity recorded at most once a minute, one
// page of the inbox list (cases by their newest message, and notices) with the unread count.
// GET /bench/statements answers the SQL statements sent.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import pg from 'pg';
import { deletionNoticeFor, sessionState } from '@etj/domain';
import { localizedStaffTitle } from '@etj/domain/staff-titles';

const SESSION_COOKIE = 'etj_citizen';
/** The same interval as the API's (identity/activity.plugin.ts). */
const ACTIVITY_RECORD_INTERVAL_MS = 60_000;

// The API's inboxCasesStatement for the first page of the inbox folder: the unread count, the
// person's cases and notices merged, each case's newest message and unread count, in one
// statement.
const PAGE_SQL = `
      WITH unread AS (
      SELECT count(*)::int AS n FROM case_messages
       WHERE recipient_person_id = $1::uuid AND read_at IS NULL AND archived_at IS NULL
         AND author_kind <> 'CITIZEN'),
      case_keys AS (
        SELECT c.id, c.latest_message_at AS at, true AS is_case FROM cases c
         WHERE c.subject_person_id = $1::uuid AND c.archived_at IS NULL
         ORDER BY c.latest_message_at DESC, c.id DESC
         LIMIT $2),
      notice_keys AS (
        SELECT m.id, m.created_at AS at, false AS is_case FROM case_messages m
         WHERE m.recipient_person_id = $1::uuid AND m.case_id IS NULL
           AND m.author_kind <> 'CITIZEN' AND m.archived_at IS NULL
         ORDER BY m.created_at DESC, m.id DESC
         LIMIT $2),
      entries AS (
        SELECT * FROM case_keys UNION ALL SELECT * FROM notice_keys
         ORDER BY at DESC, id DESC
         LIMIT $2)
      SELECT unread.n AS "unreadCount", e.id, e.at AS "latestAt", e.is_case AS "isCase",
             c.clinic_id AS "clinicId", c.subject_person_id AS "subjectPersonId",
             c.status::text AS "status", c.assigned_staff_id AS "assignedStaffId",
             c.reference, c.submitted_at AS "submittedAt", c.last_event_at AS "lastEventAt",
             c.archived_at AS "caseArchivedAt",
             cl.name AS "clinicName", ct.name_sv AS "caseTypeNameSv",
             ct.name_en AS "caseTypeNameEn",
             counts.unread AS "caseUnreadCount",
             lm.id AS "latestId", lm.kind::text AS "latestKind",
             lm.author_kind::text AS "latestAuthorKind", lm.created_at AS "latestCreatedAt",
             lm.read_at AS "latestReadAt",
             s.given_name AS "staffGivenName", s.family_name AS "staffFamilyName",
             s.title AS "staffTitle",
             n.kind::text AS "noticeKind", n.read_at AS "noticeReadAt",
             n.archived_at AS "noticeArchivedAt", n.body AS "noticeBody"
      FROM unread
      LEFT JOIN entries e ON true
      LEFT JOIN cases c ON e.is_case AND c.id = e.id
      LEFT JOIN clinics cl ON cl.id = c.clinic_id
      LEFT JOIN case_type_versions v ON v.id = c.case_type_version_id
      LEFT JOIN case_types ct ON ct.id = v.case_type_id
      LEFT JOIN LATERAL (
        SELECT count(*) FILTER (
                 WHERE cm.read_at IS NULL AND cm.author_kind <> 'CITIZEN')::int AS unread
          FROM case_messages cm
         WHERE cm.case_id = c.id AND cm.recipient_person_id = $1::uuid) counts ON true
      LEFT JOIN LATERAL (
        SELECT cm.id, cm.kind, cm.author_kind, cm.author_staff_id, cm.created_at, cm.read_at
          FROM case_messages cm
         WHERE cm.case_id = c.id AND cm.recipient_person_id = $1::uuid
         ORDER BY cm.created_at DESC, cm.id DESC
         LIMIT 1) lm ON true
      LEFT JOIN staff_members s ON s.id = lm.author_staff_id
      LEFT JOIN case_messages n ON NOT e.is_case AND n.id = e.id
      ORDER BY e.at DESC, e.id DESC`;

const SESSION_SQL = `
      SELECT id, actor_kind AS "actorKind", actor_id AS "actorId",
             acting_for_person_id AS "actingForPersonId", created_at AS "createdAt",
             last_activity_at AS "lastActivityAt", revoked_at AS "revokedAt"
        FROM sessions WHERE id = $1::uuid`;

const TOUCH_SQL = `UPDATE sessions SET last_activity_at = $2 WHERE id = $1::uuid AND revoked_at IS NULL`;

type SessionRow = {
  id: string;
  actorKind: string;
  actorId: string;
  actingForPersonId: string | null;
  createdAt: Date;
  lastActivityAt: Date;
  revokedAt: Date | null;
};

type EntryRow = {
  id: string;
  latestAt: Date;
  isCase: boolean;
  subjectPersonId: string | null;
  status: string | null;
  reference: string | null;
  submittedAt: Date | null;
  lastEventAt: Date | null;
  caseArchivedAt: Date | null;
  clinicName: string | null;
  caseTypeNameSv: string | null;
  caseTypeNameEn: string | null;
  caseUnreadCount: number | null;
  latestId: string | null;
  latestKind: string | null;
  latestAuthorKind: string | null;
  latestCreatedAt: Date | null;
  latestReadAt: Date | null;
  staffGivenName: string | null;
  staffFamilyName: string | null;
  staffTitle: string | null;
  noticeKind: string | null;
  noticeReadAt: Date | null;
  noticeArchivedAt: Date | null;
  noticeBody: unknown;
};

const databaseUrl = process.env.DATABASE_URL;
const secret = process.env.JWT_SECRET;
if (!databaseUrl || !secret) throw new Error('DATABASE_URL and JWT_SECRET are required');
const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
let statements = 0;

function query<T>(sql: string, values: unknown[]): Promise<pg.QueryResult<T & pg.QueryResultRow>> {
  statements += 1;
  return pool.query<T & pg.QueryResultRow>(sql, values);
}

/** The session id a valid HS256 token for the citizen API names; null for anything else. */
function verifiedSessionId(token: string, nowSeconds: number): string | null {
  const [header, payload, signature] = token.split('.');
  if (!header || !payload || !signature) return null;
  const expected = createHmac('sha256', secret ?? '')
    .update(`${header}.${payload}`)
    .digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const head = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as { alg?: string };
  if (head.alg !== 'HS256') return null;
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
    sid?: unknown;
    aud?: unknown;
    exp?: unknown;
  };
  if (claims.aud !== 'citizen' || typeof claims.exp !== 'number' || claims.exp <= nowSeconds)
    return null;
  return typeof claims.sid === 'string' ? claims.sid : null;
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name)
      return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}

const unauthenticated = (reason: string) => ({
  errors: [{ message: 'Not logged in', extensions: { code: 'UNAUTHENTICATED', reason } }],
  data: null,
});

const NOTICE_KEYS = new Set([
  'PROXY_ENDS_IN_THREE_MONTHS',
  'PROXY_ENDS_IN_ONE_WEEK',
  'CONTACT_DETAILS_REMOVED',
]);

function notice(kind: string | null, value: unknown) {
  const body = value as Record<string, unknown> | null;
  if (kind !== 'SYSTEM_NOTICE' || typeof body !== 'object' || body === null) return null;
  if (typeof body.key !== 'string' || !NOTICE_KEYS.has(body.key)) return null;
  const endsOn = typeof body.endsOn === 'string' ? body.endsOn : null;
  return {
    key: body.key,
    recipientRole:
      body.recipientRole === 'CHILD' || body.recipientRole === 'GUARDIAN'
        ? body.recipientRole
        : null,
    childName: typeof body.childName === 'string' ? body.childName : null,
    endsOn: endsOn && /^\d{4}-\d{2}-\d{2}$/.test(endsOn) ? endsOn : null,
  };
}

function authorName(row: EntryRow) {
  if (row.latestAuthorKind !== 'STAFF') return null;
  if (row.staffGivenName === null || row.staffFamilyName === null || row.staffTitle === null)
    return null;
  const title = localizedStaffTitle(row.staffTitle);
  const name = `${row.staffGivenName} ${row.staffFamilyName}`;
  return { sv: `${name}, ${title.sv}`, en: `${name}, ${title.en}` };
}

/** An entry as the SPA's document asks for it (citizenMayRead holds: the SQL asks by subject). */
function entry(row: EntryRow, now: Date) {
  if (!row.isCase)
    return {
      id: row.id,
      latestAt: row.latestAt.toISOString(),
      case: null,
      message: {
        id: row.id,
        kind: row.noticeKind,
        createdAt: row.latestAt.toISOString(),
        readAt: row.noticeReadAt?.toISOString() ?? null,
        archived: row.noticeArchivedAt !== null,
        notice: notice(row.noticeKind, row.noticeBody),
      },
    };
  const deletion = row.lastEventAt ? deletionNoticeFor(row.lastEventAt, now) : null;
  return {
    id: row.id,
    latestAt: row.latestAt.toISOString(),
    case: {
      id: row.id,
      reference: row.reference,
      status: row.status,
      caseTypeName: { sv: row.caseTypeNameSv, en: row.caseTypeNameEn },
      clinicName: row.clinicName,
      submittedAt: row.submittedAt?.toISOString() ?? null,
      archived: row.caseArchivedAt !== null,
      unreadCount: row.caseUnreadCount ?? 0,
      waitingForReply: row.status === 'WAITING_FOR_CITIZEN',
      deletionNoticeAt: deletion?.toISOString() ?? null,
      latestMessage:
        row.latestId === null
          ? null
          : {
              id: row.latestId,
              kind: row.latestKind,
              authorKind: row.latestAuthorKind,
              authorName: authorName(row),
              createdAt: row.latestCreatedAt?.toISOString() ?? null,
              readAt: row.latestReadAt?.toISOString() ?? null,
            },
    },
    message: null,
  };
}

async function inbox(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const request = JSON.parse(await readBody(req)) as { variables?: { first?: number } };
  const first = request.variables?.first ?? 20;
  const now = new Date();
  const token = cookieValue(req.headers.cookie, SESSION_COOKIE);
  const sessionId = token ? verifiedSessionId(token, Math.floor(now.getTime() / 1000)) : null;
  if (!sessionId) {
    send(res, 200, unauthenticated('NO_SESSION'));
    return;
  }
  const { rows } = await query<SessionRow>(SESSION_SQL, [sessionId]);
  const session = rows[0];
  if (!session || session.actorKind !== 'CITIZEN' || session.actingForPersonId !== null) {
    send(res, 200, unauthenticated('NO_SESSION'));
    return;
  }
  const state = sessionState(session, now);
  if (state !== 'ACTIVE') {
    send(res, 200, unauthenticated(state === 'REVOKED' ? 'NO_SESSION' : 'SESSION_EXPIRED'));
    return;
  }
  if (now.getTime() - session.lastActivityAt.getTime() >= ACTIVITY_RECORD_INTERVAL_MS)
    await query(TOUCH_SQL, [session.id, now]);
  type PageRow = { unreadCount: number } & (EntryRow | { id: null });
  const page = await query<PageRow>(PAGE_SQL, [session.actorId, first + 1]);
  const found = page.rows.filter((row): row is PageRow & EntryRow => row.id !== null);
  const items = found.slice(0, first);
  const last = items.at(-1);
  send(res, 200, {
    data: {
      inboxCases: {
        items: items.map((row) => entry(row, now)),
        nextCursor:
          found.length > first && last
            ? Buffer.from(JSON.stringify([last.latestAt.toISOString(), last.id])).toString(
                'base64url',
              )
            : null,
        unreadCount: page.rows[0]?.unreadCount ?? 0,
      },
    },
  });
}

const server = createServer((req, res) => {
  if (req.method === 'POST' && req.url === '/api/citizen/graphql') {
    inbox(req, res).catch((error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      if (!res.headersSent) send(res, 500, { errors: [{ message: 'Internal error' }] });
    });
  } else if (req.url === '/bench/statements') {
    send(res, 200, { statements });
  } else if (req.url === '/health/ready') {
    send(res, 200, { status: 'ok' });
  } else {
    send(res, 404, { error: 'not found' });
  }
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT ?? 4300), '127.0.0.1');
const stop = () => {
  server.close();
  void pool.end().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
