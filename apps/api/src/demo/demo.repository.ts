import type { PrismaClient } from '@etj/db';
import { seedDatabase } from '@etj/db/seed';
import type { Clock } from '../common/clock.ts';

/** Demo data for `npm start` and the browser tests; never used in production mode. */
export class DemoRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** Seeds the demo registers when the database has none; true when it seeded. */
  async seedIfEmpty(clock: Clock): Promise<boolean> {
    if ((await this.prisma.region.count()) > 0) return false;
    await seedDatabase(this.prisma, { today: clock.today(), now: clock.now() });
    return true;
  }

  /** Current identity numbers of persons (children's numbers follow the seed date). */
  async identityNumbers(personIds: string[]): Promise<Map<string, string>> {
    const rows = await this.prisma.person.findMany({
      where: { id: { in: personIds } },
      select: { id: true, identityNumber: true },
    });
    return new Map(rows.map((row) => [row.id, row.identityNumber]));
  }
}
