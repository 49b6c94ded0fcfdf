// Fills an empty, migrated database with the demo organisation, population register and HSA
// catalogue. Every row follows from `today` alone: same date, same bytes.
import type { Prisma, PrismaClient } from '../src/index.ts';
import { stockholmDate, type CalendarDate, parseCalendarDate } from './domain.ts';
import { buildCaseTypes, type CaseTypeRows } from './case-types.ts';
import { buildHsaCatalog, type HsaRows } from './hsa.ts';
import { buildOrganisation, type OrganisationRows } from './organisation.ts';
import { buildPopulation, type PopulationRows } from './population.ts';

export type SeedOptions = {
  /** The Stockholm calendar date the data is built around, `YYYY-MM-DD`. */
  today: string;
  /** The application clock; `today` may not lie ahead of it. */
  now: Date;
};

export type SeedData = OrganisationRows & PopulationRows & HsaRows & CaseTypeRows;

export type SeedSummary = { [Table in keyof SeedData]: number };

/** Every row the seed writes for `today`, without touching a database. */
export function buildSeedData(today: CalendarDate): SeedData {
  return {
    ...buildOrganisation(today),
    ...buildPopulation(today),
    ...buildHsaCatalog(today),
    ...buildCaseTypes(today),
  };
}

/** Seeds an empty, migrated database; throws if it already has regions (reset it first). */
export async function seedDatabase(
  prisma: PrismaClient,
  options: SeedOptions,
): Promise<SeedSummary> {
  const today = parseCalendarDate(options.today);
  if (!today) throw new Error(`today must be a date YYYY-MM-DD, got ${options.today}`);
  if (today > stockholmDate(options.now)) {
    throw new Error(`today (${today}) lies ahead of now (${options.now.toISOString()})`);
  }
  const data = buildSeedData(today);
  await prisma.$transaction(
    async (tx) => {
      if ((await tx.region.count()) > 0) {
        throw new Error('The database already has regions; reset it before seeding');
      }
      await tx.region.createMany({ data: data.regions });
      await tx.clinic.createMany({ data: data.clinics.map(clinicInput) });
      await tx.person.createMany({ data: data.persons });
      await tx.guardianship.createMany({ data: data.guardianships });
      await tx.citizenAccount.createMany({ data: data.citizenAccounts });
      await tx.notificationSetting.createMany({ data: data.notificationSettings });
      await tx.staffMember.createMany({ data: data.staffMembers });
      await tx.staffAssignment.createMany({ data: data.staffAssignments });
      await tx.caseType.createMany({ data: data.caseTypes });
      await tx.caseTypeVersion.createMany({
        data: data.caseTypeVersions.map((v) => ({
          ...v,
          definition: v.definition as Prisma.InputJsonValue,
        })),
      });
      await tx.regionOffering.createMany({ data: data.regionOfferings });
      await tx.clinicCaseType.createMany({
        data: data.clinicCaseTypes.map((c) => ({
          ...c,
          options: c.options as Prisma.InputJsonValue,
        })),
      });
    },
    { timeout: 60_000 },
  );
  return summarise(data);
}

function clinicInput(clinic: SeedData['clinics'][number]): Prisma.ClinicCreateManyInput {
  return { ...clinic, openingHours: clinic.openingHours as Prisma.InputJsonValue };
}

function summarise(data: SeedData): SeedSummary {
  return Object.fromEntries(
    Object.entries(data).map(([table, rows]) => [table, (rows as unknown[]).length]),
  ) as SeedSummary;
}
