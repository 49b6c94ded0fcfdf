import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Allow, AllowBeforeTerms } from './access.ts';
import { CitizenViewer, SessionStatus, StaffViewer } from './identity.types.ts';
import type { RequestContext } from './request-context.ts';
import { citizenOf, sessionOf, staffOf } from './request-context.ts';
import type { ViewerService } from './viewer.service.ts';

@Resolver()
export class ViewerResolver {
  constructor(private readonly viewers: ViewerService) {}

  @AllowBeforeTerms('CITIZEN', 'STAFF')
  @Query(() => SessionStatus, {
    description: 'Background polling: does not count as user activity.',
  })
  sessionStatus(@Ctx() ctx: RequestContext): SessionStatus {
    return this.viewers.sessionStatus(ctx.session);
  }

  @AllowBeforeTerms('CITIZEN', 'STAFF')
  @Mutation(() => SessionStatus, { description: 'The user chose to stay logged in.' })
  keepSessionAlive(@Ctx() ctx: RequestContext): SessionStatus {
    return this.viewers.sessionStatus(ctx.session);
  }

  @AllowBeforeTerms('CITIZEN')
  @Query(() => CitizenViewer)
  citizenMe(@Ctx() ctx: RequestContext): Promise<CitizenViewer> {
    return this.viewers.citizen(citizenOf(ctx), sessionOf(ctx));
  }

  @AllowBeforeTerms('CITIZEN')
  @Mutation(() => CitizenViewer)
  async acceptCitizenTerms(
    @Arg('version', () => String) version: string,
    @Ctx() ctx: RequestContext,
  ): Promise<CitizenViewer> {
    await this.viewers.acceptTerms(citizenOf(ctx), version);
    return this.viewers.citizen(citizenOf(ctx), sessionOf(ctx));
  }

  @AllowBeforeTerms('STAFF')
  @Query(() => StaffViewer)
  staffMe(@Ctx() ctx: RequestContext): Promise<StaffViewer> {
    return this.viewers.staff(staffOf(ctx), sessionOf(ctx));
  }

  @AllowBeforeTerms('STAFF')
  @Mutation(() => StaffViewer)
  async acceptStaffTerms(
    @Arg('version', () => String) version: string,
    @Ctx() ctx: RequestContext,
  ): Promise<StaffViewer> {
    await this.viewers.acceptTerms(staffOf(ctx), version);
    return this.viewers.staff(staffOf(ctx), sessionOf(ctx));
  }

  @Allow('STAFF')
  @Mutation(() => StaffViewer)
  async selectStaffUnit(
    @Arg('unitId', () => ID) unitId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<StaffViewer> {
    ctx.actor = await this.viewers.selectUnit(staffOf(ctx), sessionOf(ctx), unitId);
    return this.viewers.staff(staffOf(ctx), sessionOf(ctx));
  }
}
