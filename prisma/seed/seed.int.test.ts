import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPrismaClient,
  createTestDatabase,
  type PrismaClient,
  type TestDatabase,
} from '../src/index.ts';
import {
  addDays,
  ageOn,
  birthdayAt,
  compareDates,
  parseIdentityNumber,
  stockholmDate,
  type CalendarDate,
} from './domain.ts';
import { seedId } from './ids.ts';
import { PERSONAS, personaIdentityNumber } from './personas.ts';
import { seedDatabase } from './seed.ts';

const now = new Date();
const today = stockholmDate(now);
const iso = (value: Date) => value.toISOString().slice(0, 10) as CalendarDate;

type Seeded = { database: TestDatabase; prisma: PrismaClient };

async function seededDatabase(): Promise<Seeded> {
  const database = await createTestDatabase();
  const prisma = createPrismaClient(database.databaseUrl);
  await seedDatabase(prisma, { today, now });
  return { database, prisma };
}

/** Every seeded table, ordered by id, as JSON. */
async function dump(prisma: PrismaClient): Promise<string> {
  const orderBy = { id: 'asc' } as const;
  return JSON.stringify(
    [
      await prisma.region.findMany({ orderBy }),
      await prisma.clinic.findMany({ orderBy }),
      await prisma.person.findMany({ orderBy }),
      await prisma.guardianship.findMany({ orderBy }),
      await prisma.citizenAccount.findMany({ orderBy }),
      await prisma.notificationSetting.findMany({ orderBy }),
      await prisma.proxyLink.findMany({ orderBy }),
      await prisma.staffMember.findMany({ orderBy }),
      await prisma.staffAssignment.findMany({ orderBy }),
      await prisma.case.findMany({ orderBy }),
      await prisma.caseMessage.findMany({ orderBy }),
      await prisma.caseEvent.findMany({ orderBy }),
      await prisma.caseAssignment.findMany({ orderBy }),
      await prisma.internalNote.findMany({ orderBy }),
      await prisma.attachment.findMany({ orderBy }),
      await prisma.standardAnswer.findMany({ orderBy }),
      await prisma.accessLogEntry.findMany({ orderBy: { id: 'asc' } }),
      await prisma.serviceAnnouncement.findMany({ orderBy }),
      await prisma.serviceAnnouncementUpdate.findMany({ orderBy }),
      await prisma.supportReport.findMany({ orderBy }),
      await prisma.supportReply.findMany({ orderBy }),
    ],
    (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value),
  );
}

describe('seedDatabase', () => {
  let first: Seeded;

  beforeAll(async () => {
    first = await seededDatabase();
  });

  afterAll(async () => {
    await first.prisma.$disconnect();
    await first.database.drop();
  });

  it('fills a fresh database with regions, clinics, staff and citizens', async () => {
    expect(await first.prisma.region.count()).toBeGreaterThanOrEqual(3);
    expect(await first.prisma.clinic.count()).toBeGreaterThanOrEqual(12);
    expect(await first.prisma.staffMember.count()).toBeGreaterThanOrEqual(40);
    expect(await first.prisma.person.count()).toBeGreaterThanOrEqual(150);
  });

  it('has a living clinic: cases, messages, the photo and the access log', async () => {
    const farsta = { clinicId: seedId('clinic:farsta-vc') };
    expect(await first.prisma.case.count({ where: farsta })).toBeGreaterThanOrEqual(12);
    expect(
      await first.prisma.case.count({ where: { ...farsta, status: 'WAITING_FOR_CITIZEN' } }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      await first.prisma.caseMessage.count({
        where: { recipientPersonId: seedId('person:adult'), authorKind: 'STAFF', readAt: null },
      }),
    ).toBe(2);
    const photo = await first.prisma.attachment.findFirstOrThrow();
    expect(photo.content.length).toBe(photo.sizeBytes);
    expect(await first.prisma.accessLogEntry.count({ where: farsta })).toBeGreaterThan(20);
    expect(await first.prisma.standardAnswer.count({ where: farsta })).toBeGreaterThanOrEqual(3);
    expect(await first.prisma.caseDraft.count()).toBe(0);
  });

  it('has driftstatus from the service administrator: one disturbance that was, maintenance planned beyond the banner’s week', async () => {
    const announcements = await first.prisma.serviceAnnouncement.findMany({
      select: { kind: true, startsAt: true, endsAt: true, createdByStaffId: true },
    });
    expect(announcements.map((a) => a.kind).sort()).toEqual(['DISTURBANCE', 'MAINTENANCE']);
    for (const a of announcements) expect(a.createdByStaffId).toBe(seedId('staff:service-admin'));
    const ended = announcements.find((a) => a.kind === 'DISTURBANCE');
    expect(ended?.endsAt?.getTime()).toBeLessThan(now.getTime());
    const planned = announcements.find((a) => a.kind === 'MAINTENANCE');
    expect(planned?.startsAt.getTime()).toBeGreaterThan(now.getTime() + 7 * 24 * 3_600_000);
    expect(await first.prisma.serviceAnnouncementUpdate.count()).toBe(2);
  });

  it('has support reports from Farsta, numbered oldest first, one answered and resolved', async () => {
    const reports = await first.prisma.supportReport.findMany({
      orderBy: { number: 'asc' },
      select: {
        number: true,
        status: true,
        createdAt: true,
        replies: { select: { fromServiceAdmin: true, authorStaffId: true } },
      },
    });
    expect(reports.map((r) => r.number)).toEqual([1, 2, 3]);
    expect(reports.map((r) => r.status)).toEqual(['RESOLVED', 'WAITING_FOR_REPORTER', 'NEW']);
    const times = reports.map((r) => r.createdAt.getTime());
    expect([...times].sort((x, y) => x - y)).toEqual(times);
    for (const reply of reports.flatMap((r) => r.replies)) {
      expect(reply).toEqual({
        fromServiceAdmin: true,
        authorStaffId: seedId('staff:service-admin'),
      });
    }
  });

  it('stores only Skatteverket-style test personnummer', async () => {
    const persons = await first.prisma.person.findMany({
      where: { identityNumberKind: 'PERSONNUMMER' },
      select: { identityNumber: true, birthDate: true },
    });
    for (const { identityNumber, birthDate } of persons) {
      expect(parseIdentityNumber(identityNumber), identityNumber).toMatchObject({
        ok: true,
        value: { kind: 'PERSONNUMMER', birthDate: iso(birthDate) },
      });
      expect(['238', '239']).toContain(identityNumber.slice(8, 11));
    }
  });

  it('has the children-turning-13 personas turn 13 within three months and within a week', async () => {
    const thirteenth = async (key: string) => {
      const persona = PERSONAS.find((p) => p.key === key);
      if (persona?.actor !== 'citizen') throw new Error(key);
      const person = await first.prisma.person.findUniqueOrThrow({
        where: { id: persona.personId },
      });
      expect(ageOn(iso(person.birthDate), today)).toBe(12);
      return birthdayAt(iso(person.birthDate), 13);
    };
    expect(
      compareDates(await thirteenth('child-turning-13-soon'), addDays(today, 92)),
    ).toBeLessThanOrEqual(0);
    expect(
      compareDates(await thirteenth('child-turning-13-this-week'), addDays(today, 7)),
    ).toBeLessThanOrEqual(0);
  });

  it('uses only example.com addresses and the fiction mobile range', async () => {
    const settings = await first.prisma.notificationSetting.findMany();
    const staff = await first.prisma.staffMember.findMany({ select: { email: true } });
    const clinics = await first.prisma.clinic.findMany({ select: { email: true } });
    for (const { email } of [...settings, ...staff, ...clinics]) {
      if (email !== null) expect(email).toMatch(/(@|\.)example\.com$|\.invalid$/);
    }
    for (const { mobile } of settings) {
      if (mobile === null) continue;
      const nn = Number(/^\+467017406(\d\d)$/.exec(mobile)?.[1]);
      expect(nn, mobile).toBeGreaterThanOrEqual(5);
      expect(nn, mobile).toBeLessThanOrEqual(99);
    }
  });

  it('contains every persona', async () => {
    for (const persona of PERSONAS) {
      if (persona.actor === 'citizen') {
        const person = await first.prisma.person.findUnique({ where: { id: persona.personId } });
        expect(person?.identityNumber, persona.key).toBe(personaIdentityNumber(persona, today));
      } else {
        const member = await first.prisma.staffMember.findUnique({
          where: { id: persona.staffMemberId },
        });
        expect(member?.hsaId, persona.key).toBe(persona.hsaId);
      }
    }
  });

  it('refuses a database that already has regions', async () => {
    await expect(seedDatabase(first.prisma, { today, now })).rejects.toThrow(/already has regions/);
  });

  it('writes identical rows when seeded again for the same date', async () => {
    const second = await seededDatabase();
    try {
      expect(await dump(second.prisma)).toBe(await dump(first.prisma));
    } finally {
      await second.prisma.$disconnect();
      await second.database.drop();
    }
  });
});
