import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../identity/access.ts';
import { staffOf, type RequestContext } from '../identity/request-context.ts';
import {
  ClinicCaseTypeSettings,
  RegionOfferingEntry,
  UpdateClinicCaseTypeInput,
} from './case-type-admin.types.ts';
import type { CaseTypeAdminService } from './case-type-admin.service.ts';

/** Staff only; the service lets region and clinic administrators of the session's unit through. */
@Resolver()
export class CaseTypeAdminResolver {
  constructor(private readonly admin: CaseTypeAdminService) {}

  @Allow('STAFF')
  @Query(() => [RegionOfferingEntry], {
    description: 'Region administrators: the national types and which the region offers.',
  })
  regionOffering(@Ctx() ctx: RequestContext): Promise<RegionOfferingEntry[]> {
    return this.admin.regionOffering(staffOf(ctx));
  }

  @Allow('STAFF')
  @Mutation(() => [RegionOfferingEntry])
  setRegionOffering(
    @Arg('caseTypeId', () => ID) caseTypeId: string,
    @Arg('offered', () => Boolean) offered: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<RegionOfferingEntry[]> {
    return this.admin.setRegionOffering(staffOf(ctx), caseTypeId, offered);
  }

  @Allow('STAFF')
  @Query(() => [ClinicCaseTypeSettings], {
    description: 'Clinic administrators: the types the clinic may offer, with its settings.',
  })
  clinicCaseTypes(@Ctx() ctx: RequestContext): Promise<ClinicCaseTypeSettings[]> {
    return this.admin.clinicCaseTypes(staffOf(ctx));
  }

  @Allow('STAFF')
  @Mutation(() => ClinicCaseTypeSettings)
  updateClinicCaseType(
    @Arg('input', () => UpdateClinicCaseTypeInput) input: UpdateClinicCaseTypeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ClinicCaseTypeSettings> {
    return this.admin.updateClinicCaseType(staffOf(ctx), input);
  }
}
