// The unread count reads the citizen's unread inbox messages only: an index-only scan of the
// partial index case_messages_unread_idx, however many read messages the citizen has. The plan
// is the repository's own statement explained on a seeded, vacuumed database, so this fails if
// the index goes or the query drifts from the index's predicate.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPrismaClient,
  createTestDatabase,
  type PrismaClient,
  type TestDatabase,
} from '@etj/db';
import {
  InboxRepository,
  inboxPageStatement,
  unreadCountStatement,
} from '../src/inbox/inbox.repository.ts';
import { explain } from './explain-plan.ts';
import { createPerson } from './factories.ts';

const OTHERS = 200;
const PER_OTHER = 100;
const MINE_READ = 4000;
const MINE_UNREAD = 25;

let database: TestDatabase;
let prisma: PrismaClient;
let citizen: { id: string };

beforeAll(async () => {
  database = await createTestDatabase();
  prisma = createPrismaClient(database.databaseUrl, { maxConnections: 2 });
  citizen = await createPerson(prisma, { birthDate: '1980-05-05' });
  const others = await Promise.all(
    Array.from({ length: OTHERS }, (_, i) =>
      createPerson(prisma, {
        birthDate: `${String(1940 + (i % 50))}-0${String(1 + Math.floor(i / 50))}-15`,
      }),
    ),
  );
  // Notices (no case): most read, a few unread, some unread but archived, and the citizen's own
  // messages (which never count), as the inbox holds them.
  const insert = (
    recipient: string,
    count: number,
    read: string,
    archived: string,
    author: string,
  ) =>
    prisma.$executeRawUnsafe(
      `INSERT INTO case_messages (id, recipient_person_id, author_kind, kind, body, created_at,
         read_at, archived_at)
       SELECT gen_random_uuid(), '${recipient}'::uuid, '${author}'::"MessageAuthorKind",
              'SYSTEM_NOTICE', jsonb_build_object('key', 'CONTACT_DETAILS_REMOVED'),
              timestamptz '2026-01-01' + i * interval '1 hour',
              ${read}, ${archived}
         FROM generate_series(1, ${String(count)}) i`,
    );
  const readAt = `timestamptz '2026-01-01' + i * interval '1 hour' + interval '5 minutes'`;
  for (const other of others) {
    await insert(other.id, PER_OTHER - 2, readAt, 'NULL', 'SYSTEM');
    await insert(other.id, 2, 'NULL', 'NULL', 'SYSTEM');
  }
  await insert(citizen.id, MINE_READ, readAt, 'NULL', 'SYSTEM');
  await insert(citizen.id, MINE_UNREAD, 'NULL', 'NULL', 'SYSTEM');
  await insert(citizen.id, 10, 'NULL', `timestamptz '2026-06-01'`, 'SYSTEM');
  await insert(citizen.id, 10, 'NULL', 'NULL', 'CITIZEN');
  // As an established database: statistics, and a visibility map so no heap page is read.
  await prisma.$executeRawUnsafe('VACUUM (ANALYZE) case_messages');
});

afterAll(async () => {
  await prisma.$disconnect();
  await database.drop();
});

describe('the unread count', () => {
  it('counts unread inbox messages only: not read, archived or the citizen’s own', async () => {
    expect(await new InboxRepository(prisma).unreadCount(citizen.id)).toBe(MINE_UNREAD);
  });

  it('is an index-only scan of the unread index that reads no heap and a few pages', async () => {
    const plan = await explain(prisma, unreadCountStatement(citizen.id), { analyze: true });
    expect(plan.nodes).toContain('Index Only Scan on case_messages_unread_idx');
    expect(plan.nodes.filter((n) => /Seq Scan|Heap/.test(n))).toEqual([]);
    expect(plan.heapFetches).toBe(0);
    // The citizen's 4,000 read messages fill over a hundred heap pages; the unread entries
    // of the partial index fit in one leaf.
    expect(plan.buffers).toBeLessThanOrEqual(4);
  });

  it('stays index-only inside the inbox page statement, which answers the same count', async () => {
    const statement = inboxPageStatement(citizen.id, 'INBOX', 21, null);
    const plan = await explain(prisma, statement, { analyze: true });
    expect(plan.nodes).toContain('Index Only Scan on case_messages_unread_idx');
    const page = await new InboxRepository(prisma).page(citizen.id, 'INBOX', 21, null);
    expect(page.unreadCount).toBe(MINE_UNREAD);
    expect(page.rows).toHaveLength(21);
  });
});
