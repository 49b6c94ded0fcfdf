import { readApiProblem } from '@etj/spa';
import { useMutation, useQuery } from '@apollo/client/react';
import { type ApiProblem } from '@etj/ui';
import { graphql } from '../../gql/gql.ts';
import { type StaffClinicStandardAnswersQuery } from '../../gql/graphql.ts';
import { type AdminFieldProblem, readAdminFieldProblems } from '../admin/admin-field-problems.ts';

export type StandardAnswer = StaffClinicStandardAnswersQuery['clinicStandardAnswers'][number];
export type AnswerCaseType = StaffClinicStandardAnswersQuery['clinicCaseTypes'][number];

export const STAFF_STANDARD_ANSWERS = graphql(`
  query StaffClinicStandardAnswers {
    clinicStandardAnswers {
      id
      caseTypeId
      title {
        sv
        en
      }
      text {
        sv
        en
      }
      position
      retiredAt
    }
    clinicCaseTypes {
      caseTypeId
      name {
        sv
        en
      }
    }
  }
`);

const STAFF_CREATE_STANDARD_ANSWER = graphql(`
  mutation StaffCreateStandardAnswer($input: CreateStandardAnswerInput!) {
    createStandardAnswer(input: $input) {
      id
    }
  }
`);

const STAFF_UPDATE_STANDARD_ANSWER = graphql(`
  mutation StaffUpdateStandardAnswer($input: UpdateStandardAnswerInput!) {
    updateStandardAnswer(input: $input) {
      id
    }
  }
`);

const STAFF_MOVE_STANDARD_ANSWER = graphql(`
  mutation StaffMoveStandardAnswer($id: ID!, $direction: StandardAnswerMove!) {
    moveStandardAnswer(id: $id, direction: $direction) {
      id
    }
  }
`);

const STAFF_RETIRE_STANDARD_ANSWER = graphql(`
  mutation StaffRetireStandardAnswer($id: ID!) {
    retireStandardAnswer(id: $id) {
      id
    }
  }
`);

export type StandardAnswersState =
  | { status: 'loading' }
  | { status: 'failed'; problem: ApiProblem }
  | { status: 'ready'; answers: StandardAnswer[]; caseTypes: AnswerCaseType[] };

/** Every standard answer of the administrator's clinic, and the clinic's case types. */
export function useStandardAnswers(): StandardAnswersState {
  const { data, error } = useQuery(STAFF_STANDARD_ANSWERS, { fetchPolicy: 'cache-and-network' });
  if (data) {
    return {
      status: 'ready',
      answers: data.clinicStandardAnswers,
      caseTypes: data.clinicCaseTypes,
    };
  }
  if (error) return { status: 'failed', problem: readApiProblem(error) };
  return { status: 'loading' };
}

export type AnswerTexts = { titleSv: string; textSv: string; titleEn: string; textEn: string };

export type ChangeResult =
  { ok: true } | { ok: false; problem: ApiProblem; fields: AdminFieldProblem[] };

const failed = (error: unknown): ChangeResult => ({
  ok: false,
  problem: readApiProblem(error),
  fields: readAdminFieldProblems(error),
});

const optional = (text: string) => (text.trim() === '' ? null : text.trim());

/** The administrator's changes; each one reloads the list. */
export function useStandardAnswerChanges() {
  const options = { refetchQueries: [STAFF_STANDARD_ANSWERS], awaitRefetchQueries: true };
  const [create, created] = useMutation(STAFF_CREATE_STANDARD_ANSWER, options);
  const [update, updated] = useMutation(STAFF_UPDATE_STANDARD_ANSWER, options);
  const [move, moved] = useMutation(STAFF_MOVE_STANDARD_ANSWER, options);
  const [retire, retired] = useMutation(STAFF_RETIRE_STANDARD_ANSWER, options);
  const run = async (mutation: () => Promise<unknown>): Promise<ChangeResult> => {
    try {
      await mutation();
      return { ok: true };
    } catch (error) {
      return failed(error);
    }
  };
  const texts = (t: AnswerTexts) => ({
    titleSv: t.titleSv.trim(),
    textSv: t.textSv.trim(),
    titleEn: optional(t.titleEn),
    textEn: optional(t.textEn),
  });
  return {
    busy: created.loading || updated.loading || moved.loading || retired.loading,
    create: (caseTypeId: string | null, t: AnswerTexts) =>
      run(() => create({ variables: { input: { caseTypeId, ...texts(t) } } })),
    update: (id: string, t: AnswerTexts) =>
      run(() => update({ variables: { input: { id, ...texts(t) } } })),
    move: (id: string, direction: 'UP' | 'DOWN') =>
      run(() => move({ variables: { id, direction } })),
    retire: (id: string) => run(() => retire({ variables: { id } })),
  };
}
