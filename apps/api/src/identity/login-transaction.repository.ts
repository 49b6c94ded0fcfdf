import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@etj/db';

export type UsedLoginTransaction = {
  actorKind: 'CITIZEN' | 'STAFF';
  state: string;
  nonce: string;
  returnTo: string;
  locale: string;
  createdAt: Date;
  consumedAt: Date;
};

/**
 * Logins the identity provider has vouched for, by their state: a state is used once. Only a
 * completed e-identification writes a row (retention deletes them after a day); starting a
 * login writes nothing (see login-state.ts).
 */
export class LoginTransactionRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** Records the state as used; false when it was used before (a replayed callback). */
  async recordUsed(login: UsedLoginTransaction): Promise<boolean> {
    const { count } = await this.prisma.loginTransaction.createMany({
      data: [{ id: randomUUID(), ...login }],
      skipDuplicates: true,
    });
    return count === 1;
  }
}
