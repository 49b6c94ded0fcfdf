import { CLINIC_ROLE_REFUSALS, type ClinicRoleRefusal } from '@etj/domain/api-codes';
import { CLINIC_ROLES as CLINIC_ROLES_OF_DOMAIN, type ClinicRole } from '@etj/domain/clinic-roles';
import { knownInputProblems, readApiProblem } from '@etj/spa';
import { useMutation, useQuery } from '@apollo/client/react';
import { type ApiProblem } from '@etj/ui';
import { graphql } from '../../gql/gql.ts';
import { type StaffClinicStaffQuery, type StaffRole } from '../../gql/graphql.ts';

export type ClinicStaffMember = StaffClinicStaffQuery['clinicStaff'][number];

/** The clinic roles an administrator gives (the API's own list), in the order the page shows them. */
export const CLINIC_ROLES = CLINIC_ROLES_OF_DOMAIN satisfies readonly StaffRole[];
export type { ClinicRole };

export const STAFF_CLINIC_STAFF = graphql(`
  query StaffClinicStaff {
    clinicStaff {
      assignmentId
      staffMemberId
      name
      title
      hsaId
      roles
      validFrom
      validTo
      isViewer
    }
  }
`);

const STAFF_SET_CLINIC_STAFF_ROLES = graphql(`
  mutation StaffSetClinicStaffRoles($input: SetClinicStaffRolesInput!) {
    setClinicStaffRoles(input: $input) {
      assignmentId
      roles
    }
  }
`);

export type ClinicStaffState =
  | { status: 'loading' }
  | { status: 'failed'; problem: ApiProblem }
  | { status: 'ready'; staff: ClinicStaffMember[] };

/** Everyone with an HSA assignment at the administrator's clinic, and their roles here. */
export function useClinicStaff(): ClinicStaffState {
  const { data, error } = useQuery(STAFF_CLINIC_STAFF, { fetchPolicy: 'cache-and-network' });
  if (data) return { status: 'ready', staff: data.clinicStaff };
  if (error) return { status: 'failed', problem: readApiProblem(error) };
  return { status: 'loading' };
}

/** Why the API refused a change of roles; the page has words for each. */
export type RolesRefusal = ClinicRoleRefusal;

export type SaveResult =
  { ok: true } | { ok: false; refusal: RolesRefusal } | { ok: false; problem: ApiProblem };

function refusalOf(error: unknown): RolesRefusal | null {
  return knownInputProblems(error, CLINIC_ROLE_REFUSALS)[0]?.code ?? null;
}

/** Sets one assignment's clinic roles; the list is read again after. */
export function useSetClinicRoles() {
  const [mutate, state] = useMutation(STAFF_SET_CLINIC_STAFF_ROLES, {
    refetchQueries: [STAFF_CLINIC_STAFF],
    awaitRefetchQueries: true,
  });
  return {
    busy: state.loading,
    save: async (assignmentId: string, roles: StaffRole[]): Promise<SaveResult> => {
      try {
        await mutate({ variables: { input: { assignmentId, roles } } });
        return { ok: true };
      } catch (error) {
        const refusal = refusalOf(error);
        return refusal ? { ok: false, refusal } : { ok: false, problem: readApiProblem(error) };
      }
    },
  };
}
