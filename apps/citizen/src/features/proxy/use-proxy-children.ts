import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useMutation, useQuery } from '@apollo/client/react';
import { knownInputProblems, readApiProblem } from '@etj/spa';
import { type ApiProblem } from '@etj/ui';
import { useState } from 'react';
import { graphql } from '../../gql/gql.ts';
import { type ProxyChild } from './proxy-child.ts';

const CITIZEN_MY_PROXY_CHILDREN = graphql(`
  query CitizenMyProxyChildren {
    myProxyChildren {
      ...ProxyChildFields
    }
  }
`);

const CITIZEN_ADD_PROXY_CHILD = graphql(`
  mutation CitizenAddProxyChild($input: AddProxyChildInput!) {
    addProxyChild(input: $input) {
      ...ProxyChildFields
    }
  }
`);

const CITIZEN_REMOVE_PROXY_CHILD = graphql(`
  mutation CitizenRemoveProxyChild($personId: ID!) {
    removeProxyChild(personId: $personId)
  }
`);

/** The field codes the API refuses a child with (never saying whether the child exists). */
const API_ADD_CHILD_REFUSALS = ['INVALID_FORMAT', 'PROXY_NOT_POSSIBLE'] as const;

/** Why adding a child was refused, as the catalogue words it: the API's codes, or no number. */
export const ADD_CHILD_REFUSALS = ['PERSONNUMMER_REQUIRED', ...API_ADD_CHILD_REFUSALS] as const;
export type AddChildRefusal = (typeof ADD_CHILD_REFUSALS)[number];

/** The refusal code of the personnummer field in a BAD_USER_INPUT answer, if it is a known one. */
export function readAddChildRefusal(error: unknown): AddChildRefusal | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const extensions = error.errors[0]?.extensions;
  if (extensions?.['code'] !== 'BAD_USER_INPUT') return null;
  // Any other input refusal is worded the one way that reveals nothing.
  return knownInputProblems(error, API_ADD_CHILD_REFUSALS)[0]?.code ?? 'PROXY_NOT_POSSIBLE';
}

/** The children I may act for, asked on every visit, and adding and removing them. */
export function useProxyChildren({ skip }: { skip: boolean }) {
  const { data, error } = useQuery(CITIZEN_MY_PROXY_CHILDREN, {
    fetchPolicy: 'cache-and-network',
    skip,
  });
  const [addMutation] = useMutation(CITIZEN_ADD_PROXY_CHILD, {
    refetchQueries: [CITIZEN_MY_PROXY_CHILDREN],
    awaitRefetchQueries: true,
  });
  const [removeMutation] = useMutation(CITIZEN_REMOVE_PROXY_CHILD, {
    refetchQueries: [CITIZEN_MY_PROXY_CHILDREN],
    awaitRefetchQueries: true,
  });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  /** Adds the child: the child, a refusal for the field, or null with `problem` set. */
  const add = async (
    personnummer: string,
  ): Promise<{ child: ProxyChild } | { refusal: AddChildRefusal } | null> => {
    setBusy(true);
    setProblem(null);
    try {
      const result = await addMutation({ variables: { input: { personnummer } } });
      if (!result.data) throw new Error('addProxyChild answered without data');
      return { child: result.data.addProxyChild };
    } catch (failure) {
      const refusal = readAddChildRefusal(failure);
      if (refusal) return { refusal };
      setProblem(readApiProblem(failure));
      return null;
    } finally {
      setBusy(false);
    }
  };

  const remove = async (personId: string): Promise<boolean> => {
    setBusy(true);
    setProblem(null);
    try {
      await removeMutation({ variables: { personId } });
      return true;
    } catch (failure) {
      setProblem(readApiProblem(failure));
      return false;
    } finally {
      setBusy(false);
    }
  };

  return {
    children: data?.myProxyChildren ?? null,
    listProblem: error ? readApiProblem(error) : null,
    problem,
    busy,
    add,
    remove,
  };
}
