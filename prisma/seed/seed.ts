// Fills an empty, migrated database with the demo organisation, population register and HSA
// catalogue. Every row follows from `today` alone: same date, same bytes.
import { Prisma, type PrismaClient } from '../src/index.ts';
import { stockholmDate, type CalendarDate, parseCalendarDate } from './domain.ts';
import { buildCases, withCaseLogins, type CaseRows } from './cases.ts';
import { buildCaseTypes, type CaseTypeRows } from './case-types.ts';
import { buildHsaCatalog, type HsaRows } from './hsa.ts';
import { buildOrganisation, type OrganisationRows } from './organisation.ts';
import { buildPopulation, type PopulationRows } from './population.ts';
import { buildSupport, type SupportRows } from './support.ts';
import { buildServiceStatus, type ServiceStatusRows } from './service-status.ts';
import { buildStatistics, type StatisticsRows } from './statistics.ts';

export type SeedOptions = {
  /** The Stockholm calendar date the data is built around, `YYYY-MM-DD`. */
  today: string;
  /** The application clock; `today` may not lie ahead of it. */
  now: Date;
};

export type SeedData = OrganisationRows &
  PopulationRows &
  HsaRows &
  CaseTypeRows &
  CaseRows &
  ServiceStatusRows &
  SupportRows &
  StatisticsRows;

export type SeedSummary = { [Table in keyof SeedData]: number };

/** Every row the seed writes for `today`, without touching a database. */
export function buildSeedData(today: CalendarDate): SeedData {
  const population = buildPopulation(today);
  const caseTypes = buildCaseTypes(today);
  const cases = buildCases(today, {
    clinicCaseTypes: caseTypes.clinicCaseTypes,
    personIds: new Set(population.persons.map((person) => person.id)),
  });
  return {
    ...buildOrganisation(today),
    ...population,
    citizenAccounts: withCaseLogins(population.citizenAccounts, cases),
    ...buildHsaCatalog(today),
    ...caseTypes,
    ...cases,
    ...buildServiceStatus(today),
    ...buildSupport(today),
    ...buildStatistics(today, firstCaseDay(cases, today), caseTypes.clinicCaseTypes),
  };
}

/** The Stockholm day the first demo case was sent (today when there is none). */
function firstCaseDay(cases: CaseRows, today: CalendarDate): CalendarDate {
  const first = Math.min(...cases.cases.map((c) => c.submittedAt.getTime()));
  return Number.isFinite(first) ? stockholmDate(new Date(first)) : today;
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
      await tx.proxyLink.createMany({ data: data.proxyLinks });
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
      await seedCases(tx, data);
      // One by one, oldest first: each report's number (SUP-n) follows from its place.
      for (const report of data.supportReports) await tx.supportReport.create({ data: report });
      await tx.supportReply.createMany({ data: data.supportReplies });
      await tx.serviceAnnouncement.createMany({ data: data.serviceAnnouncements });
      await tx.serviceAnnouncementUpdate.createMany({ data: data.serviceAnnouncementUpdates });
      await tx.statsDay.createMany({ data: data.statsDays });
      await tx.statsCaseDay.createMany({ data: data.statsCaseDays });
      await tx.statsLoginDay.createMany({ data: data.statsLoginDays });
    },
    { timeout: 60_000 },
  );
  return summarise(data);
}

/** The demo cases and all that hangs on them, then the access log staff left on them. */
async function seedCases(tx: Prisma.TransactionClient, data: SeedData): Promise<void> {
  const json = (value: Record<string, unknown>) => value as Prisma.InputJsonValue;
  await tx.case.createMany({
    data: data.cases.map((c) => ({
      ...c,
      answers: json(c.answers),
      clinicOptions: json(c.clinicOptions),
    })),
  });
  await tx.caseMessage.createMany({
    data: data.caseMessages.map((m) => ({ ...m, body: json(m.body) })),
  });
  await tx.caseEvent.createMany({
    data: data.caseEvents.map((e) => ({
      ...e,
      details: e.details === null ? Prisma.DbNull : json(e.details),
    })),
  });
  await tx.caseAssignment.createMany({ data: data.caseAssignments });
  await tx.internalNote.createMany({ data: data.internalNotes });
  await tx.attachment.createMany({
    data: data.attachments.map((a) => ({ ...a, content: new Uint8Array(a.content) })),
  });
  await tx.standardAnswer.createMany({ data: data.standardAnswers });
  await tx.accessLogEntry.createMany({ data: data.accessLogEntries });
}

function clinicInput(clinic: SeedData['clinics'][number]): Prisma.ClinicCreateManyInput {
  return { ...clinic, openingHours: clinic.openingHours as Prisma.InputJsonValue };
}

function summarise(data: SeedData): SeedSummary {
  return Object.fromEntries(
    Object.entries(data).map(([table, rows]) => [table, (rows as unknown[]).length]),
  ) as SeedSummary;
}
