import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../identity/access.ts';
import { CitizenViewer } from '../identity/identity.types.ts';
import { citizenOf, type RequestContext } from '../identity/request-context.ts';
import { ProxyChild } from '../proxy-access/proxy-child.types.ts';
import { AddProxyChildInput } from './proxy.types.ts';
import type { ProxyService } from './proxy.service.ts';

/** A guardian acting for their children under 13 (DOMAIN.md section 6). */
@Resolver()
export class ProxyResolver {
  constructor(private readonly proxies: ProxyService) {}

  @Allow('CITIZEN')
  @Query(() => [ProxyChild], {
    description: 'The children I may act for now, checked against the register.',
  })
  myProxyChildren(@Ctx() ctx: RequestContext): Promise<ProxyChild[]> {
    return this.proxies.children(citizenOf(ctx));
  }

  @Allow('CITIZEN')
  @Mutation(() => ProxyChild, {
    description:
      'Adds a child by personnummer; one refusal (PROXY_NOT_POSSIBLE) whatever the reason.',
  })
  addProxyChild(
    @Arg('input', () => AddProxyChildInput) input: AddProxyChildInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ProxyChild> {
    return this.proxies.add(citizenOf(ctx), input);
  }

  @Allow('CITIZEN')
  @Mutation(() => Boolean, { description: 'The guardian removes a child from the list.' })
  removeProxyChild(
    @Arg('personId', () => ID) personId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    return this.proxies.remove(citizenOf(ctx), personId);
  }

  @Allow('CITIZEN')
  @Mutation(() => CitizenViewer, {
    description: 'Proxy mode: from now on this session acts for the child (checked every request).',
  })
  actForChild(
    @Arg('personId', () => ID) personId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<CitizenViewer> {
    return this.proxies.actFor(ctx, personId);
  }

  @Allow('CITIZEN')
  @Mutation(() => CitizenViewer, { description: 'Leaves proxy mode.' })
  stopActingForChild(@Ctx() ctx: RequestContext): Promise<CitizenViewer> {
    return this.proxies.stopActing(ctx);
  }
}
