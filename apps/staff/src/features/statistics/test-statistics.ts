import { StaffStatisticsDocument } from '../../gql/graphql.ts';
import { type StatisticsData } from './use-statistics.ts';

// The figures of apps/api/test/statistics.int.test.ts (November 2026, clinic A), as the API
// answers them: the SPA's tests stand on the same hand-computed month.

export const shown = (value: number) => ({
  __typename: 'ShownCount' as const,
  value,
  suppressed: false,
});
export const fewer = { __typename: 'ShownCount' as const, value: null, suppressed: true };

const duration = (
  count: ReturnType<typeof shown> | typeof fewer,
  median: number | null,
  p90: number | null,
) => ({
  __typename: 'DurationFigures' as const,
  count,
  medianMinutes: count.suppressed ? null : median,
  p90Minutes: count.suppressed ? null : p90,
  suppressed: count.suppressed,
});

const none = duration(shown(0), null, null);

export const clinicStatistics = {
  __typename: 'Statistics',
  scope: 'CLINIC' as const,
  from: '2026-11-01',
  to: '2026-11-30',
  previousFrom: '2026-10-02',
  previousTo: '2026-10-31',
  computedThrough: '2026-11-30',
  current: {
    __typename: 'StatisticsSummary',
    submitted: shown(7),
    submittedByProxy: fewer,
    firstAnswer: duration(shown(6), 30, 60),
    firstAnswerBusiness: duration(shown(6), 30, 60),
    closing: duration(fewer, null, null),
    closingBusiness: duration(fewer, null, null),
    answeredWithTarget: shown(0),
    withinTargetShare: null,
  },
  previous: {
    __typename: 'StatisticsSummary',
    submitted: shown(5),
    submittedByProxy: shown(0),
    firstAnswer: duration(shown(5), 30, 30),
    firstAnswerBusiness: duration(shown(5), 30, 30),
    closing: duration(shown(5), 60, 60),
    closingBusiness: duration(shown(5), 60, 60),
    answeredWithTarget: shown(0),
    withinTargetShare: null,
  },
  byMonth: [{ __typename: 'StatisticsMonth', month: '2026-11', submitted: shown(7) }],
  byCaseType: [
    {
      __typename: 'StatisticsBreakdownRow',
      id: 'type-nurse',
      nameSv: 'Fråga sjuksköterskan',
      nameEn: 'Ask a nurse',
      current: shown(6),
      previous: shown(5),
    },
    {
      __typename: 'StatisticsBreakdownRow',
      id: 'type-advice',
      nameSv: 'Rådgivning',
      nameEn: null,
      current: fewer,
      previous: shown(0),
    },
  ],
  byClinic: [
    {
      __typename: 'StatisticsBreakdownRow',
      id: 'unit-clinic',
      nameSv: 'Vårdcentralen Tallbacken',
      nameEn: null,
      current: shown(7),
      previous: shown(5),
    },
  ],
  byRegion: [],
  backlog: [
    { __typename: 'BacklogFigure', group: 'DAYS_0_2' as const, count: shown(0) },
    { __typename: 'BacklogFigure', group: 'DAYS_3_7' as const, count: shown(0) },
    { __typename: 'BacklogFigure', group: 'DAYS_8_14' as const, count: shown(0) },
    { __typename: 'BacklogFigure', group: 'DAYS_15_30' as const, count: fewer },
    { __typename: 'BacklogFigure', group: 'DAYS_OVER_30' as const, count: shown(0) },
  ],
  logins: [],
  caseTypes: [
    {
      __typename: 'StatisticsOption',
      id: 'type-nurse',
      nameSv: 'Fråga sjuksköterskan',
      nameEn: 'Ask a nurse',
    },
    { __typename: 'StatisticsOption', id: 'type-advice', nameSv: 'Rådgivning', nameEn: null },
  ],
  clinics: [
    {
      __typename: 'StatisticsOption',
      id: 'unit-clinic',
      nameSv: 'Vårdcentralen Tallbacken',
      nameEn: null,
    },
  ],
};

/** The national figures of the same month: every region, the logins; closings unknown. */
export const nationalStatistics = {
  ...clinicStatistics,
  scope: 'NATIONAL' as const,
  current: {
    ...clinicStatistics.current,
    submitted: shown(17),
    closing: none,
    closingBusiness: none,
    answeredWithTarget: shown(8),
    withinTargetShare: 0.75,
  },
  previous: { ...clinicStatistics.previous, answeredWithTarget: fewer },
  byRegion: [
    {
      __typename: 'StatisticsBreakdownRow',
      id: 'region-1',
      nameSv: 'Region Ett',
      nameEn: null,
      current: shown(12),
      previous: shown(5),
    },
    {
      __typename: 'StatisticsBreakdownRow',
      id: 'region-2',
      nameSv: 'Region Två',
      nameEn: null,
      current: shown(5),
      previous: shown(0),
    },
  ],
  logins: [
    {
      __typename: 'LoginDay',
      day: '2026-11-02',
      citizen: shown(6),
      staff: fewer,
      proxy: shown(0),
    },
  ],
  clinics: [
    ...clinicStatistics.clinics,
    {
      __typename: 'StatisticsOption',
      id: 'unit-other',
      nameSv: 'Vårdcentralen Björken',
      nameEn: null,
    },
  ],
};

/** Answers every StaffStatistics query with `data`, and records the filters asked for. */
export function statisticsAnswer(data: StatisticsData, asked: unknown[] = []) {
  return {
    request: { query: StaffStatisticsDocument, variables: () => true },
    result: (variables: Record<string, unknown>) => {
      asked.push(variables['filter']);
      return { data: { statistics: data } };
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
