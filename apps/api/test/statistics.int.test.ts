// Statistics: the job rolls a hand-made month of cases up into daily rows,
// and the figures read from them are the ones computed by hand below. November is a whole month
// (read from the monthly histograms), the period before it (2–31 October) is not (read from the
// daily rows): both ways give the hand-computed figures. Durations are given as the upper bound
// of their bucket (statistics.rules.ts DURATION_BUCKETS): exact for the round values used here. Times are Stockholm
// local (CET, UTC+1, in October after the 25th and in November).
import { randomUUID } from 'node:crypto';
import { NATIONAL_CASE_TYPES } from '@etj/domain';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clinicCalendars } from '../src/statistics/statistics-calendars.ts';
import { StatisticsRollupRepository } from '../src/statistics/statistics-rollup.repository.ts';
import { StatisticsRollupService } from '../src/statistics/statistics-rollup.job.ts';
import { Browser, startHarness, type Harness } from './harness.ts';
import {
  createActivatedCaseType,
  createCase,
  createClinic,
  createPerson,
  createRegion,
  createStaff,
} from './factories.ts';

const STATS = `query($filter: StatisticsFilter!) { statistics(filter: $filter) {
  scope from to previousFrom previousTo computedThrough
  current { ...summary } previous { ...summary }
  byCaseType { id nameSv current { value suppressed } previous { value suppressed } }
  byClinic { id nameSv current { value suppressed } previous { value suppressed } }
  byRegion { id nameSv current { value suppressed } }
  byMonth { month submitted { value suppressed } }
  backlog { group count { value suppressed } }
  logins { day citizen { value suppressed } staff { value suppressed } proxy { value suppressed } }
  clinics { id } caseTypes { id }
} }
fragment summary on StatisticsSummary {
  submitted { value suppressed } submittedByProxy { value suppressed }
  firstAnswer { ...d } firstAnswerBusiness { ...d } closing { ...d } closingBusiness { ...d }
  answeredWithTarget { value suppressed } withinTargetShare
}
fragment d on DurationFigures { count { value suppressed } medianMinutes p90Minutes suppressed }`;

const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };
const shown = (value: number) => ({ value, suppressed: false });
const fewer = { value: null, suppressed: true };

/** A Stockholm local time in CET as an instant. */
const cet = (local: string) => new Date(`${local}+01:00`);
const minutes = (n: number) => n * 60_000;

type Stats = Record<string, unknown> & {
  current: Record<string, unknown>;
  previous: Record<string, unknown>;
  byCaseType: { id: string; current: unknown; previous: unknown }[];
  byClinic: { id: string; current: unknown; previous: unknown }[];
  byRegion: { id: string; current: unknown }[];
  backlog: { group: string; count: unknown }[];
  logins: { day: string; citizen: unknown; staff: unknown; proxy: unknown }[];
};

let h: Harness;
let clinicA: string;
let clinicB: string;
let clinicC: string;
let regionOne: string;
let regionTwo: string;
let nurseType: string;
let adviceType: string;
let adminA: Browser;
let regionAdmin: Browser;
let serviceAdmin: Browser;
let caregiverA: Browser;

async function login(assignment: Parameters<typeof createStaff>[1]['assignments'][number]) {
  const member = await createStaff(h.prisma, { assignments: [assignment] });
  const browser = new Browser(h.baseUrl, 'staff');
  await browser.login(member.hsaId);
  return browser;
}

async function stats(as: Browser, filter: Record<string, unknown> = NOVEMBER) {
  const r = await as.graphql<{ statistics: Stats }>(STATS, { filter });
  expect(r.errors).toBeUndefined();
  return r.data!.statistics;
}

/** A different birth date on each call, so that each test person has their own personnummer. */
let born = 0;
function birthDate(year: number): string {
  born += 1;
  return new Date(Date.UTC(year, 0, born)).toISOString().slice(0, 10);
}

/** A case sent at `sentAt`, first answered and closed the given minutes later (if at all). */
async function caseAt(
  clinicId: string,
  caseTypeId: string,
  sentAt: Date,
  options: {
    answeredAfter?: number;
    closedAfter?: number;
    byProxy?: boolean;
    /** The first answer was due this many minutes after sending (the clinic's target). */
    dueAfter?: number;
    staffId: string;
  },
) {
  const subject = await createPerson(h.prisma, { birthDate: birthDate(2015) });
  const sender = options.byProxy
    ? await createPerson(h.prisma, { birthDate: birthDate(1985) })
    : subject;
  const made = await createCase(h.prisma, {
    clinicId,
    caseTypeId,
    subjectPersonId: subject.id,
    senderPersonId: sender.id,
    submittedAt: sentAt,
    status: options.closedAfter === undefined ? 'ASSIGNED' : 'CLOSED',
  });
  if (options.answeredAfter !== undefined) {
    // The first response is the clock's end; a later one must not move it.
    for (const after of [options.answeredAfter, options.answeredAfter + 500]) {
      await h.prisma.caseMessage.create({
        data: {
          id: randomUUID(),
          caseId: made.id,
          recipientPersonId: subject.id,
          authorKind: 'STAFF',
          authorStaffId: options.staffId,
          kind: 'ANSWER',
          body: { text: 'Svar', outcomes: [] },
          createdAt: new Date(sentAt.getTime() + minutes(after)),
        },
      });
    }
  }
  if (options.closedAfter !== undefined)
    await h.prisma.case.update({
      where: { id: made.id },
      data: { closedAt: new Date(sentAt.getTime() + minutes(options.closedAfter)) },
    });
  if (options.dueAfter !== undefined)
    await h.prisma.case.update({
      where: { id: made.id },
      data: { firstAnswerDueAt: new Date(sentAt.getTime() + minutes(options.dueAfter)) },
    });
}

async function session(kind: 'CITIZEN' | 'STAFF', at: Date) {
  await h.prisma.session.create({
    data: {
      id: randomUUID(),
      actorKind: kind,
      actorId: randomUUID(),
      authMethod: 'test',
      createdAt: at,
      lastActivityAt: at,
    },
  });
}

beforeAll(async () => {
  h = await startHarness();
  const one = await createRegion(h.prisma, 'Region Ett');
  const two = await createRegion(h.prisma, 'Region Två');
  regionOne = one.id;
  regionTwo = two.id;
  clinicA = (await createClinic(h.prisma, one.id, 'Vårdcentralen A')).id;
  clinicB = (await createClinic(h.prisma, one.id, 'Vårdcentralen B')).id;
  clinicC = (await createClinic(h.prisma, two.id, 'Vårdcentralen C')).id;
  const activate = (regionId: string, clinicId: string, kind: 'ASK_NURSE' | 'ADVICE') =>
    createActivatedCaseType(h.prisma, {
      regionId,
      clinicId,
      nameSv: kind === 'ASK_NURSE' ? 'Fråga sjuksköterskan' : 'Rådgivning',
      kind,
      definition: NATIONAL_CASE_TYPES[kind].definition,
    });
  nurseType = (await activate(one.id, clinicA, 'ASK_NURSE')).id;
  adviceType = (await activate(one.id, clinicA, 'ADVICE')).id;
  const staffId = (
    await createStaff(h.prisma, { assignments: [{ clinicId: clinicA, roles: ['CAREGIVER'] }] })
  ).id;

  // Clinic A, "Fråga sjuksköterskan": six cases on Monday 2 November at 09:00, answered after
  // 10, 20, …, 60 minutes (all within opening hours: calendar and working minutes agree), each
  // due after 35 (the clinic's target then), so three were answered in time; the first three
  // closed after a day; one sent by a guardian.
  for (const [i, after] of [10, 20, 30, 40, 50, 60].entries())
    await caseAt(clinicA, nurseType, cet('2026-11-02T09:00:00'), {
      answeredAfter: after,
      closedAfter: i < 3 ? 1440 : undefined,
      byProxy: i === 0,
      dueAfter: 35,
      staffId,
    });
  // Clinic A, "Rådgivning": one case on Thursday 5 November, never answered.
  await caseAt(clinicA, adviceType, cet('2026-11-05T10:00:00'), { staffId });
  // Clinic B, "Fråga sjuksköterskan": five cases on Friday 6 November at 16:00, answered on
  // Monday at 09:00: 3,900 calendar minutes, 120 working minutes (Fri 16–17, Mon 08–09).
  for (let i = 0; i < 5; i += 1)
    await caseAt(clinicB, nurseType, cet('2026-11-06T16:00:00'), {
      answeredAfter: 3900,
      staffId,
    });
  // Clinic C (the other region), "Rådgivning": five cases on 20 November, open.
  for (let i = 0; i < 5; i += 1)
    await caseAt(clinicC, adviceType, cet('2026-11-20T11:00:00'), { staffId });
  // The period before (2–31 October): clinic A had five cases on 15 October, closed that day.
  for (let i = 0; i < 5; i += 1)
    await caseAt(clinicA, nurseType, new Date('2026-10-15T10:00:00+02:00'), {
      answeredAfter: 30,
      closedAfter: 60,
      staffId,
    });
  // Logins on 2 November: six citizens and two staff members.
  for (let i = 0; i < 6; i += 1) await session('CITIZEN', cet('2026-11-02T12:00:00'));
  for (let i = 0; i < 2; i += 1) await session('STAFF', cet('2026-11-02T08:00:00'));

  h.clock.freeze(new Date('2026-12-02T06:00:00Z'));
  const repository = new StatisticsRollupRepository(h.prisma);
  const job = new StatisticsRollupService(
    repository,
    h.clock,
    pino({ level: 'silent' }),
    clinicCalendars(repository),
  );
  await job.run();

  adminA = await login({ clinicId: clinicA, roles: ['CLINIC_ADMIN'] });
  caregiverA = await login({ clinicId: clinicA, roles: ['CAREGIVER'] });
  regionAdmin = await login({ regionId: one.id, roles: ['REGION_ADMIN'] });
  serviceAdmin = await login({ roles: ['SERVICE_ADMIN'] });
});

afterAll(async () => {
  await h.close();
});

describe('the clinic administrator’s figures', () => {
  it('are the clinic’s own, with the hand-computed medians and 90th percentiles', async () => {
    const s = await stats(adminA);
    expect(s).toMatchObject({
      scope: 'CLINIC',
      previousFrom: '2026-10-02',
      previousTo: '2026-10-31',
      computedThrough: '2026-11-30',
    });
    expect(s.current).toEqual({
      submitted: shown(7),
      submittedByProxy: fewer,
      // 10, 20, 30, 40, 50, 60: nearest rank 3 of 6 is 30, rank 6 of 6 is 60.
      firstAnswer: { count: shown(6), medianMinutes: 30, p90Minutes: 60, suppressed: false },
      firstAnswerBusiness: {
        count: shown(6),
        medianMinutes: 30,
        p90Minutes: 60,
        suppressed: false,
      },
      // Three closings: withheld.
      closing: { count: fewer, medianMinutes: null, p90Minutes: null, suppressed: true },
      closingBusiness: { count: fewer, medianMinutes: null, p90Minutes: null, suppressed: true },
      // Due after 35 minutes: 10, 20 and 30 were in time, 40, 50 and 60 not.
      answeredWithTarget: shown(6),
      withinTargetShare: 0.5,
    });
    expect(s.previous).toMatchObject({
      submitted: shown(5),
      firstAnswer: { count: shown(5), medianMinutes: 30, p90Minutes: 30 },
      closing: { count: shown(5), medianMinutes: 60, p90Minutes: 60 },
    });
    expect(s.byCaseType).toEqual([
      { id: nurseType, nameSv: 'Fråga sjuksköterskan', current: shown(6), previous: shown(5) },
      { id: adviceType, nameSv: 'Rådgivning', current: fewer, previous: shown(0) },
    ]);
    expect(s.byClinic.map((c) => c.id)).toEqual([clinicA]);
    expect(s.byRegion).toEqual([]);
    expect(s.logins).toEqual([]);
    // At the end of 30 November: three of the six and the one on the 5th are open, 25–28 days.
    expect(s.backlog).toEqual([
      { group: 'DAYS_0_2', count: shown(0) },
      { group: 'DAYS_3_7', count: shown(0) },
      { group: 'DAYS_8_14', count: shown(0) },
      { group: 'DAYS_15_30', count: fewer },
      { group: 'DAYS_OVER_30', count: shown(0) },
    ]);
  });

  it('never reach another clinic, and are nobody else’s', async () => {
    const r = await adminA.graphql(STATS, { filter: { ...NOVEMBER, clinicId: clinicB } });
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const refused = await caregiverA.graphql(STATS, { filter: NOVEMBER });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuse a period that ends before it starts, with the field', async () => {
    const r = await adminA.graphql(STATS, { filter: { from: '2026-11-30', to: '2026-11-01' } });
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'filter.to', code: 'BEFORE_START' }],
    });
  });
});

describe('the region administrator’s figures', () => {
  it('cover the region’s clinics, working hours apart from calendar time', async () => {
    const s = await stats(regionAdmin);
    expect(s.scope).toBe('REGION');
    expect(s.current).toMatchObject({
      submitted: shown(12),
      // 10…60 and five of 3,900: rank 6 of 11 is 60, rank 10 of 11 is 3,900, which the
      // histograms keep in the 6-hour bucket (3,600, 3,960]: its bound, 3,960, is the figure.
      firstAnswer: { count: shown(11), medianMinutes: 60, p90Minutes: 3960 },
      // 10…60 and five of 120 working minutes: 60 and 120.
      firstAnswerBusiness: { count: shown(11), medianMinutes: 60, p90Minutes: 120 },
      // Clinic B's case type has no target: only clinic A's six count.
      answeredWithTarget: shown(6),
      withinTargetShare: 0.5,
    });
    expect(s.byClinic).toEqual([
      { id: clinicA, nameSv: 'Vårdcentralen A', current: shown(7), previous: shown(5) },
      { id: clinicB, nameSv: 'Vårdcentralen B', current: shown(5), previous: shown(0) },
    ]);
  });

  it('are the same from the monthly histograms as from the daily rows', async () => {
    // Nothing happened on 1 November: 2–30 November reads daily rows, 1–30 the month.
    const days = await stats(regionAdmin, { from: '2026-11-02', to: '2026-11-30' });
    const month = await stats(regionAdmin);
    for (const key of ['firstAnswer', 'firstAnswerBusiness', 'closing', 'closingBusiness'])
      expect(days.current[key], key).toEqual(month.current[key]);
    const rows = await h.prisma.statsDurationMonth.count({
      where: { month: new Date('2026-11-01') },
    });
    expect(rows).toBeGreaterThan(0);
  });

  it('narrow to one clinic and one case type of the region', async () => {
    const s = await stats(regionAdmin, { ...NOVEMBER, clinicId: clinicB, caseTypeId: nurseType });
    expect(s.current).toMatchObject({
      submitted: shown(5),
      firstAnswerBusiness: { count: shown(5), medianMinutes: 120, p90Minutes: 120 },
    });
    const other = await regionAdmin.graphql(STATS, { filter: { ...NOVEMBER, clinicId: clinicC } });
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('the national figures', () => {
  it('cover every region, the backlog and the logins', async () => {
    const s = await stats(serviceAdmin);
    expect(s.scope).toBe('NATIONAL');
    expect(s.current).toMatchObject({ submitted: shown(17) });
    expect(s.byRegion).toEqual([
      { id: regionOne, nameSv: 'Region Ett', current: shown(12) },
      { id: regionTwo, nameSv: 'Region Två', current: shown(5) },
    ]);
    expect(s.backlog).toEqual([
      { group: 'DAYS_0_2', count: shown(0) },
      { group: 'DAYS_3_7', count: shown(0) },
      // Clinic C's five, sent on the 20th: 10 days old.
      { group: 'DAYS_8_14', count: shown(5) },
      // Clinic A's four and clinic B's five.
      { group: 'DAYS_15_30', count: shown(9) },
      { group: 'DAYS_OVER_30', count: shown(0) },
    ]);
    expect(s.logins).toEqual([
      { day: '2026-11-02', citizen: shown(6), staff: fewer, proxy: shown(0) },
    ]);
    expect(s.byMonth).toEqual([{ month: '2026-11', submitted: shown(17) }]);
  });

  it('outlive the cases: figures stay when the cases are deleted', async () => {
    await h.prisma.case.deleteMany({ where: { clinicId: clinicC } });
    const s = await stats(serviceAdmin);
    expect(s.current).toMatchObject({ submitted: shown(17) });
  });
});
