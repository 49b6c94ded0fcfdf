import { readApiProblem } from '@etj/spa';
import { useMutation } from '@apollo/client/react';
import { type ApiProblem } from '@etj/ui';
import { graphql } from '../../gql/gql.ts';
import { STAFF_CUSTOM_CASE_TYPES } from './use-custom-case-types.ts';

const STAFF_PUBLISH_CUSTOM_CASE_TYPE = graphql(`
  mutation StaffPublishCustomCaseType($id: ID!) {
    publishCustomCaseType(id: $id) {
      id
      name {
        sv
        en
      }
      definition
      hasDraft
      versions {
        id
        version
        status
        publishedAt
      }
    }
  }
`);

/** Publishes the draft version of an own case type; that version never changes again. */
export function usePublishCustomCaseType(): {
  publish: (id: string) => Promise<ApiProblem | null>;
  publishing: boolean;
} {
  const [mutate, { loading }] = useMutation(STAFF_PUBLISH_CUSTOM_CASE_TYPE, {
    refetchQueries: [STAFF_CUSTOM_CASE_TYPES],
  });
  return {
    publish: async (id) => {
      try {
        await mutate({ variables: { id } });
        return null;
      } catch (error) {
        return readApiProblem(error);
      }
    },
    publishing: loading,
  };
}
