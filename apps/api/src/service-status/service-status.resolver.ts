import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Allow, Public } from '../identity/access.ts';
import { staffOf, type RequestContext } from '../identity/request-context.ts';
import type { ServiceStatusService } from './service-status.service.ts';
import {
  PublishServiceAnnouncementInput,
  ServiceAnnouncement,
  ServiceAnnouncementUpdateInput,
  ServiceStatus,
  SubscribeToServiceStatusInput,
} from './service-status.types.ts';

/**
 * Driftstatus: reading and the e-mail subscription are public (no login); publishing is for the
 * national service administration, which the service checks.
 */
@Resolver()
export class ServiceStatusResolver {
  constructor(private readonly status: ServiceStatusService) {}

  @Public()
  @Query(() => ServiceStatus, { description: 'Current and upcoming announcements; no login.' })
  serviceStatus(): Promise<ServiceStatus> {
    return this.status.status();
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Asks for a confirmation mail. Always true: the answer never tells whether the address subscribes.',
  })
  subscribeToServiceStatus(
    @Arg('input', () => SubscribeToServiceStatusInput) input: SubscribeToServiceStatusInput,
  ): Promise<boolean> {
    return this.status.subscribe(input);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'The confirmation mail link; NOT_FOUND when not valid.' })
  confirmServiceStatusSubscription(@Arg('token', () => String) token: string): Promise<boolean> {
    return this.status.confirm(token);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Any mail unsubscribe link; NOT_FOUND when not valid.' })
  unsubscribeFromServiceStatus(@Arg('token', () => String) token: string): Promise<boolean> {
    return this.status.unsubscribe(token);
  }

  @Allow('STAFF')
  @Query(() => [ServiceAnnouncement], {
    description: 'Service administration: the latest announcements, ended ones too.',
  })
  serviceAnnouncements(@Ctx() ctx: RequestContext): Promise<ServiceAnnouncement[]> {
    return this.status.list(staffOf(ctx));
  }

  @Allow('STAFF')
  @Mutation(() => ServiceAnnouncement, { description: 'Mailed to every confirmed subscriber.' })
  publishServiceAnnouncement(
    @Arg('input', () => PublishServiceAnnouncementInput) input: PublishServiceAnnouncementInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceAnnouncement> {
    return this.status.publish(staffOf(ctx), input);
  }

  @Allow('STAFF')
  @Mutation(() => ServiceAnnouncement, { description: 'An update, mailed to the subscribers.' })
  updateServiceAnnouncement(
    @Arg('input', () => ServiceAnnouncementUpdateInput) input: ServiceAnnouncementUpdateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceAnnouncement> {
    return this.status.update(staffOf(ctx), input);
  }

  @Allow('STAFF')
  @Mutation(() => ServiceAnnouncement, {
    description: 'Ends it now (calls off maintenance not begun); the closing words are mailed.',
  })
  endServiceAnnouncement(
    @Arg('input', () => ServiceAnnouncementUpdateInput) input: ServiceAnnouncementUpdateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceAnnouncement> {
    return this.status.end(staffOf(ctx), input);
  }
}
