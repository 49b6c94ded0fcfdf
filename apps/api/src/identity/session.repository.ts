import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@etj/db';
import { TERMS_VERSIONS } from '@etj/domain';

export type SessionRow = {
  id: string;
  actorKind: 'CITIZEN' | 'STAFF';
  actorId: string;
  assignmentId: string | null;
  /** Citizen only: the child this session acts for (proxy mode), as stored; verified per request. */
  actingForPersonId: string | null;
  createdAt: Date;
  lastActivityAt: Date;
  revokedAt: Date | null;
};

const sessionSelect = {
  id: true,
  actorKind: true,
  actorId: true,
  assignmentId: true,
  actingForPersonId: true,
  createdAt: true,
  lastActivityAt: true,
  revokedAt: true,
} as const;

/** A session as a request finds it, with whether its owner has accepted the current terms. */
export type FoundSessionRow = SessionRow & { termsAccepted: boolean };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Sessions, accounts and accepted terms (login transactions: login-transaction.repository.ts). */
export class SessionRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async create(
    input: Omit<SessionRow, 'id' | 'revokedAt' | 'actingForPersonId'> & { authMethod: string },
  ): Promise<SessionRow> {
    return this.prisma.session.create({
      data: { id: randomUUID(), ...input },
      select: sessionSelect,
    });
  }

  /**
   * Every authenticated request reads its session: one plain statement, because the query
   * compiler behind findUnique cost about as much CPU again as the statement itself. Whether
   * the owner has accepted the current terms rides along (a lookup on the unique index), so
   * the server's terms gate costs no statement of its own.
   */
  async find(id: string): Promise<FoundSessionRow | null> {
    // Ids come from a signed token, so a malformed one is only a forged or broken cookie.
    if (!UUID.test(id)) return null;
    const [row] = await this.prisma.$queryRaw<FoundSessionRow[]>`
      SELECT s.id, s.actor_kind AS "actorKind", s.actor_id AS "actorId",
        s.assignment_id AS "assignmentId", s.acting_for_person_id AS "actingForPersonId",
        s.created_at AS "createdAt", s.last_activity_at AS "lastActivityAt",
        s.revoked_at AS "revokedAt",
        EXISTS (
          SELECT 1 FROM terms_acceptances t
          WHERE t.actor_kind = s.actor_kind AND t.actor_id = s.actor_id
            AND t.terms_version = CASE s.actor_kind
              WHEN 'CITIZEN' THEN ${TERMS_VERSIONS.CITIZEN} ELSE ${TERMS_VERSIONS.STAFF} END
        ) AS "termsAccepted"
      FROM sessions s WHERE s.id = ${id}::uuid`;
    return row ?? null;
  }

  async touch(id: string, at: Date): Promise<void> {
    await this.prisma.session.updateMany({
      where: { id, revokedAt: null },
      data: { lastActivityAt: at },
    });
  }

  async revoke(id: string, at: Date, reason: string): Promise<void> {
    await this.prisma.session.updateMany({
      where: { id, revokedAt: null },
      data: { revokedAt: at, revokedReason: reason },
    });
  }

  async selectAssignment(id: string, assignmentId: string, at: Date): Promise<void> {
    await this.prisma.session.update({ where: { id }, data: { assignmentId, lastActivityAt: at } });
  }

  /** Proxy mode on (a child's person id) or off (null) for the session. */
  async setActingFor(id: string, personId: string | null): Promise<void> {
    await this.prisma.session.updateMany({
      where: { id, actorKind: 'CITIZEN' },
      data: { actingForPersonId: personId },
    });
  }

  async latestAcceptedTerms(
    actorKind: 'CITIZEN' | 'STAFF',
    actorId: string,
  ): Promise<string | null> {
    const row = await this.prisma.termsAcceptance.findFirst({
      where: { actorKind, actorId },
      orderBy: { termsVersion: 'desc' },
      select: { termsVersion: true },
    });
    return row?.termsVersion ?? null;
  }

  async acceptTerms(
    actorKind: 'CITIZEN' | 'STAFF',
    actorId: string,
    termsVersion: string,
    at: Date,
  ): Promise<void> {
    await this.prisma.termsAcceptance.upsert({
      where: { actorKind_actorId_termsVersion: { actorKind, actorId, termsVersion } },
      create: { id: randomUUID(), actorKind, actorId, termsVersion, acceptedAt: at },
      update: {},
    });
  }

  async recordCitizenLogin(personId: string, at: Date): Promise<void> {
    await this.prisma.citizenAccount.upsert({
      where: { personId },
      create: { id: randomUUID(), personId, firstLoginAt: at, lastLoginAt: at, createdAt: at },
      update: { lastLoginAt: at },
    });
  }

  async recordStaffLogin(staffMemberId: string, at: Date): Promise<void> {
    await this.prisma.staffAccount.upsert({
      where: { staffMemberId },
      create: { id: randomUUID(), staffMemberId, lastLoginAt: at, createdAt: at },
      update: { lastLoginAt: at },
    });
  }
}
