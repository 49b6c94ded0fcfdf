import type { PrismaClient } from '@etj/db';
import type { CalendarDate } from '@etj/domain';
import type {
  PopulationRegister,
  RegisterGuardianship,
  RegisterPerson,
} from './population-register.ts';

const personSelect = {
  id: true,
  identityNumber: true,
  identityNumberKind: true,
  birthDate: true,
  givenName: true,
  familyName: true,
  protectedIdentity: true,
  deceasedOn: true,
} as const;

type PersonRow = {
  id: string;
  identityNumber: string;
  identityNumberKind: RegisterPerson['identityNumberKind'];
  birthDate: Date;
  givenName: string | null;
  familyName: string | null;
  protectedIdentity: boolean;
  deceasedOn: Date | null;
};

const toDate = (value: Date): CalendarDate => value.toISOString().slice(0, 10) as CalendarDate;

function toPerson(row: PersonRow): RegisterPerson {
  return {
    ...row,
    birthDate: toDate(row.birthDate),
    deceasedOn: row.deceasedOn ? toDate(row.deceasedOn) : null,
  };
}

/** The local population register: reads the seeded test register like the real one. */
export class LocalPopulationRegister implements PopulationRegister {
  constructor(private readonly prisma: PrismaClient) {}

  async findByIdentityNumber(identityNumber: string): Promise<RegisterPerson | null> {
    const row = await this.prisma.person.findUnique({
      where: { identityNumber },
      select: personSelect,
    });
    return row ? toPerson(row) : null;
  }

  async findById(id: string): Promise<RegisterPerson | null> {
    const row = await this.prisma.person.findUnique({ where: { id }, select: personSelect });
    return row ? toPerson(row) : null;
  }

  async guardianshipsOf(
    guardianId: string,
  ): Promise<(RegisterGuardianship & { child: RegisterPerson })[]> {
    const rows = await this.prisma.guardianship.findMany({
      where: { guardianId },
      orderBy: [{ child: { birthDate: 'desc' } }, { childId: 'asc' }],
      select: {
        guardianId: true,
        childId: true,
        custody: true,
        validFrom: true,
        validTo: true,
        child: { select: personSelect },
      },
    });
    return rows.map((row) => ({
      ...row,
      validFrom: toDate(row.validFrom),
      validTo: row.validTo ? toDate(row.validTo) : null,
      child: toPerson(row.child),
    }));
  }
}
