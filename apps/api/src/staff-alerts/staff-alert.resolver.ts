import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../identity/access.ts';
import { staffOf, type RequestContext } from '../identity/request-context.ts';
import { SaveStaffAlertSettingsInput } from './staff-alert.inputs.ts';
import type { StaffAlertService } from './staff-alert.service.ts';
import { StaffAlertSettings } from './staff-alert.types.ts';

/** A staff member's own e-mail alerts, for the clinic chosen in the session. */
@Resolver()
export class StaffAlertResolver {
  constructor(private readonly alerts: StaffAlertService) {}

  @Allow('STAFF')
  @Query(() => StaffAlertSettings)
  staffAlertSettings(@Ctx() ctx: RequestContext): Promise<StaffAlertSettings> {
    return this.alerts.get(staffOf(ctx));
  }

  @Allow('STAFF')
  @Mutation(() => StaffAlertSettings, {
    description:
      'Field codes EMAIL_INVALID, EMAIL_REQUIRED, NOT_YOUR_ROLE (a switch for a role I do not hold here).',
  })
  saveStaffAlertSettings(
    @Arg('input', () => SaveStaffAlertSettingsInput) input: SaveStaffAlertSettingsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<StaffAlertSettings> {
    return this.alerts.save(staffOf(ctx), input);
  }
}
