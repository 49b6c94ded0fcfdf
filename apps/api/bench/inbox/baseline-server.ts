// The inbox row's baseline: what the citizen's first inbox page needs, written by hand on
// node:http and pg, with the API's own SQL and answering the API's JSON. It runs as plain
// JavaScript (Node strips the types; nothing here needs more), so anyone can rerun it:
//   DATABASE_URL=... JWT_SECRET=... PORT=4300 node apps/api/bench/inbox/baseline-server.ts
// Per request, as the API: the cookie's signed token checked (HS256, audience "citizen"), the
// session row read and its lifetimes checked, activity recorded at most once a minute, one
// page of messages with the unread count. GET /bench/statements answers the SQL statements sent.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import pg from 'pg';
import { deletionNoticeFor, sessionState } from '@etj/domain';

const SESSION_COOKIE = 'etj_citizen';
/** The same interval as the API's (identity/activity.plugin.ts). */
const ACTIVITY_RECORD_INTERVAL_MS = 60_000;

// The API's inboxPageStatement for the first page of the inbox folder: the unread count and the
// page in one statement.
const PAGE_SQL = `
      WITH unread AS (
      SELECT count(*)::int AS n FROM case_messages
       WHERE recipient_person_id = $1::uuid AND read_at IS NULL AND archived_at IS NULL
         AND author_kind <> 'CITIZEN'),
      page AS (
      SELECT m.id, m.kind::text AS "kind", m.created_at AS "createdAt", m.read_at AS "readAt",
             m.archived_at AS "archivedAt", m.case_id AS "caseId",
             c.reference AS "caseReference", c.status::text AS "caseStatus",
             c.last_event_at AS "caseLastEventAt",
             cl.name AS "clinicName", ct.name_sv AS "caseTypeNameSv", ct.name_en AS "caseTypeNameEn",
             s.given_name AS "staffGivenName", s.family_name AS "staffFamilyName",
             s.title AS "staffTitle", m.body
      FROM case_messages m
      LEFT JOIN cases c ON c.id = m.case_id
      LEFT JOIN clinics cl ON cl.id = c.clinic_id
      LEFT JOIN case_type_versions v ON v.id = c.case_type_version_id
      LEFT JOIN case_types ct ON ct.id = v.case_type_id
      LEFT JOIN staff_members s ON s.id = m.author_staff_id
      WHERE m.recipient_person_id = $1::uuid
        AND m.author_kind <> 'CITIZEN'
        AND m.archived_at IS NULL
      ORDER BY m.created_at DESC, m.id DESC
      LIMIT $2)
      SELECT unread.n AS "unreadCount", page.* FROM unread LEFT JOIN page ON true
      ORDER BY page."createdAt" DESC, page.id DESC`;

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

type MessageRow = {
  id: string;
  kind: string;
  createdAt: Date;
  readAt: Date | null;
  archivedAt: Date | null;
  caseId: string | null;
  caseReference: string | null;
  caseStatus: string | null;
  caseLastEventAt: Date | null;
  clinicName: string | null;
  caseTypeNameSv: string | null;
  caseTypeNameEn: string | null;
  staffGivenName: string | null;
  staffFamilyName: string | null;
  staffTitle: string | null;
  body: unknown;
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

function notice(row: MessageRow) {
  const body = row.body as Record<string, unknown> | null;
  if (row.kind !== 'SYSTEM_NOTICE' || typeof body !== 'object' || body === null) return null;
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

function item(row: MessageRow, now: Date) {
  const deletion = row.caseLastEventAt ? deletionNoticeFor(row.caseLastEventAt, now) : null;
  return {
    id: row.id,
    kind: row.kind,
    caseId: row.caseId,
    caseReference: row.caseReference,
    caseStatus: row.caseStatus,
    caseTypeName:
      row.caseTypeNameSv === null ? null : { sv: row.caseTypeNameSv, en: row.caseTypeNameEn },
    clinicName: row.clinicName,
    authorName:
      row.staffGivenName === null || row.staffFamilyName === null || row.staffTitle === null
        ? null
        : `${row.staffGivenName} ${row.staffFamilyName}, ${row.staffTitle}`,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
    archived: row.archivedAt !== null,
    deletionNoticeAt: deletion?.toISOString() ?? null,
    notice: notice(row),
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
  type PageRow = { unreadCount: number } & (MessageRow | { id: null });
  const page = await query<PageRow>(PAGE_SQL, [session.actorId, first + 1]);
  const found = page.rows.filter((row): row is PageRow & MessageRow => row.id !== null);
  const items = found.slice(0, first);
  const last = items.at(-1);
  send(res, 200, {
    data: {
      inbox: {
        items: items.map((row) => item(row, now)),
        nextCursor:
          found.length > first && last
            ? Buffer.from(JSON.stringify([last.createdAt.toISOString(), last.id])).toString(
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
