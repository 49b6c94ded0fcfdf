import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../identity/access.ts';
import { citizenOf, type RequestContext } from '../identity/request-context.ts';
import {
  NotificationSettings,
  SaveNotificationSettingsInput,
} from './notification-settings.types.ts';
import type { NotificationSettingsService } from './notification-settings.service.ts';

/** The citizen's notification addresses, or in proxy mode the child's. */
@Resolver()
export class NotificationSettingsResolver {
  constructor(private readonly settings: NotificationSettingsService) {}

  @Allow('CITIZEN')
  @Query(() => NotificationSettings)
  notificationSettings(@Ctx() ctx: RequestContext): Promise<NotificationSettings> {
    return this.settings.get(citizenOf(ctx));
  }

  @Allow('CITIZEN')
  @Mutation(() => NotificationSettings, {
    description: 'Field codes EMAIL_INVALID, MOBILE_INVALID, EMAIL_REQUIRED, MOBILE_REQUIRED.',
  })
  saveNotificationSettings(
    @Arg('input', () => SaveNotificationSettingsInput) input: SaveNotificationSettingsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<NotificationSettings> {
    return this.settings.save(citizenOf(ctx), input);
  }
}
