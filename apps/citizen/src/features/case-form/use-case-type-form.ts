import { useQuery } from '@apollo/client/react';
import { readApiProblem } from '@etj/spa';
import { type ApiProblem } from '@etj/ui';
import { graphql } from '../../gql/gql.ts';
import { type CitizenCaseTypeFormQuery } from '../../gql/graphql.ts';
import { isNotForProxy } from '../proxy/not-for-proxy.ts';

export type CaseTypeForm = CitizenCaseTypeFormQuery['caseTypeForm'];

const CITIZEN_CASE_TYPE_FORM = graphql(`
  query CitizenCaseTypeForm($clinicId: ID!, $caseTypeId: ID!) {
    caseTypeForm(clinicId: $clinicId, caseTypeId: $caseTypeId) {
      clinicId
      caseTypeId
      versionId
      clinicName
      name {
        sv
        en
      }
      definition
      clinicOptions
      closed
      notice {
        sv
        en
      }
      terms {
        sv
        en
      }
      expectedResponseDays
      attachmentsAllowed
      availableForProxy
    }
  }
`);

/** A clinic's case type as the citizen fills it in: the published definition and options. */
export function useCaseTypeForm(
  clinicId: string,
  caseTypeId: string,
): {
  form: CaseTypeForm | null;
  loading: boolean;
  problem: ApiProblem | null;
  /** In proxy mode the type is not adapted for proxy. */
  notForProxy: boolean;
} {
  const { data, loading, error } = useQuery(CITIZEN_CASE_TYPE_FORM, {
    variables: { clinicId, caseTypeId },
  });
  return {
    form: data?.caseTypeForm ?? null,
    loading: loading || !data,
    problem: error ? readApiProblem(error) : null,
    notForProxy: error ? isNotForProxy(error) : false,
  };
}
