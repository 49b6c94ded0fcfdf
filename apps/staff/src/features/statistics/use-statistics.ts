import { readApiProblem } from '@etj/spa';
import { useQuery } from '@apollo/client/react';
import { type ApiProblem } from '@etj/ui';
import { graphql } from '../../gql/gql.ts';
import { type StaffStatisticsQuery, type StatisticsFilter } from '../../gql/graphql.ts';
import { readFieldProblems, type FieldProblem } from '../case-handling/field-problems.ts';

export const STAFF_STATISTICS = graphql(`
  query StaffStatistics($filter: StatisticsFilter!) {
    statistics(filter: $filter) {
      scope
      from
      to
      previousFrom
      previousTo
      computedThrough
      current {
        ...StaffStatisticsSummary
      }
      previous {
        ...StaffStatisticsSummary
      }
      byMonth {
        month
        submitted {
          value
          suppressed
        }
      }
      byCaseType {
        ...StaffStatisticsRow
      }
      byClinic {
        ...StaffStatisticsRow
      }
      byRegion {
        ...StaffStatisticsRow
      }
      backlog {
        group
        count {
          value
          suppressed
        }
      }
      logins {
        day
        citizen {
          value
          suppressed
        }
        staff {
          value
          suppressed
        }
        proxy {
          value
          suppressed
        }
      }
      caseTypes {
        id
        nameSv
        nameEn
      }
      clinics {
        id
        nameSv
        nameEn
      }
    }
  }

  fragment StaffStatisticsSummary on StatisticsSummary {
    submitted {
      value
      suppressed
    }
    submittedByProxy {
      value
      suppressed
    }
    firstAnswer {
      count {
        value
        suppressed
      }
      medianMinutes
      p90Minutes
      suppressed
    }
    firstAnswerBusiness {
      count {
        value
        suppressed
      }
      medianMinutes
      p90Minutes
      suppressed
    }
    closing {
      count {
        value
        suppressed
      }
      medianMinutes
      p90Minutes
      suppressed
    }
    closingBusiness {
      count {
        value
        suppressed
      }
      medianMinutes
      p90Minutes
      suppressed
    }
    answeredWithTarget {
      value
      suppressed
    }
    withinTargetShare
  }

  fragment StaffStatisticsRow on StatisticsBreakdownRow {
    id
    nameSv
    nameEn
    current {
      value
      suppressed
    }
    previous {
      value
      suppressed
    }
  }
`);

export type StatisticsData = StaffStatisticsQuery['statistics'];

export type StatisticsState = {
  data: StatisticsData | null;
  loading: boolean;
  problem: ApiProblem | null;
  /** Fields of the filter the API refused (BAD_USER_INPUT), e.g. `filter.to` BEFORE_START. */
  fields: FieldProblem[];
};

/** The figures for one filter; the last answer stays on screen while the next one loads. */
export function useStatistics(filter: StatisticsFilter): StatisticsState {
  const { data, previousData, error, loading } = useQuery(STAFF_STATISTICS, {
    variables: { filter },
    fetchPolicy: 'cache-and-network',
  });
  const fields = error ? readFieldProblems(error) : [];
  return {
    data: (data ?? previousData)?.statistics ?? null,
    loading,
    problem: error && fields.length === 0 ? readApiProblem(error) : null,
    fields,
  };
}
