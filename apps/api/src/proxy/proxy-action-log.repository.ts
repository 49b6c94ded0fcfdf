import type { PrismaClient } from '@etj/db';

export type ProxyAction = {
  occurredAt: Date;
  guardianPersonId: string;
  childPersonId: string;
  operation: string;
  requestId: string | null;
};

/** The append-only record of what guardians did in proxy mode. */
export class ProxyActionLogRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async record(actions: readonly ProxyAction[]): Promise<void> {
    if (actions.length === 0) return;
    await this.prisma.proxyActionLogEntry.createMany({ data: [...actions] });
  }
}
