import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@etj/db';
import type { PermanentRefusal } from './proxy.policy.ts';

export type ProxyEndReason = PermanentRefusal | 'REMOVED_BY_GUARDIAN';

export type ProxyLinkRow = { id: string; childPersonId: string };

/** Guardians' proxy links to their children; ended links stay as history. */
export class ProxyRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async activeLink(guardianPersonId: string, childPersonId: string): Promise<ProxyLinkRow | null> {
    return this.prisma.proxyLink.findFirst({
      where: { guardianPersonId, childPersonId, endedAt: null },
      select: { id: true, childPersonId: true },
    });
  }

  activeLinks(guardianPersonId: string): Promise<ProxyLinkRow[]> {
    return this.prisma.proxyLink.findMany({
      where: { guardianPersonId, endedAt: null },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { id: true, childPersonId: true },
    });
  }

  /** Adds the link unless an active one exists; two concurrent adds still make one link. */
  async ensureLink(guardianPersonId: string, childPersonId: string, at: Date): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`proxy:${guardianPersonId}:${childPersonId}`}, 0))`;
      const existing = await tx.proxyLink.findFirst({
        where: { guardianPersonId, childPersonId, endedAt: null },
        select: { id: true },
      });
      if (existing) return;
      await tx.proxyLink.create({
        data: { id: randomUUID(), guardianPersonId, childPersonId, createdAt: at },
      });
    });
  }

  /** Ends the given active links (one statement); links already ended keep their reason. */
  async endLinks(ids: readonly string[], reason: ProxyEndReason, at: Date): Promise<void> {
    if (ids.length === 0) return;
    await this.prisma.proxyLink.updateMany({
      where: { id: { in: [...ids] }, endedAt: null },
      data: { endedAt: at, endedReason: reason },
    });
  }

  /** Ends the guardian's active link to the child; false when there was none. */
  async endLink(
    guardianPersonId: string,
    childPersonId: string,
    reason: ProxyEndReason,
    at: Date,
  ): Promise<boolean> {
    const { count } = await this.prisma.proxyLink.updateMany({
      where: { guardianPersonId, childPersonId, endedAt: null },
      data: { endedAt: at, endedReason: reason },
    });
    return count > 0;
  }
}
