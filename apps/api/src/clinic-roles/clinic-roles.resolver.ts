import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../identity/access.ts';
import { staffOf, type RequestContext } from '../identity/request-context.ts';
import type { ClinicRolesService } from './clinic-roles.service.ts';
import { ClinicStaffMember, SetClinicStaffRolesInput } from './clinic-roles.types.ts';

/** Clinic administrators: the staff at the clinic (from HSA) and their roles here. */
@Resolver()
export class ClinicRolesResolver {
  constructor(private readonly roles: ClinicRolesService) {}

  @Allow('STAFF')
  @Query(() => [ClinicStaffMember], {
    description:
      'Clinic administrators: everyone with an HSA assignment at the clinic that has not ended, and their roles here.',
  })
  clinicStaff(@Ctx() ctx: RequestContext): Promise<ClinicStaffMember[]> {
    return this.roles.staff(staffOf(ctx));
  }

  @Allow('STAFF')
  @Mutation(() => ClinicStaffMember, {
    description:
      'Clinic administrators: the roles one assignment at the clinic holds from now on; each grant and revoke is logged.',
  })
  setClinicStaffRoles(
    @Arg('input', () => SetClinicStaffRolesInput) input: SetClinicStaffRolesInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ClinicStaffMember> {
    return this.roles.setRoles(staffOf(ctx), input.assignmentId, input.roles);
  }
}
