import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../identity/access.ts';
import { staffOf, type RequestContext } from '../identity/request-context.ts';
import {
  CreateCustomCaseTypeInput,
  CustomCaseType,
  SaveCustomCaseTypeInput,
} from './custom-case-type.types.ts';
import type { CustomCaseTypeService } from './custom-case-type.service.ts';

/** Staff only; the service lets the administrators of the session's clinic through. */
@Resolver()
export class CustomCaseTypeResolver {
  constructor(private readonly custom: CustomCaseTypeService) {}

  @Allow('STAFF')
  @Query(() => [CustomCaseType], { description: 'The clinic’s own case types.' })
  customCaseTypes(@Ctx() ctx: RequestContext): Promise<CustomCaseType[]> {
    return this.custom.list(staffOf(ctx));
  }

  @Allow('STAFF')
  @Query(() => CustomCaseType)
  customCaseType(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<CustomCaseType> {
    return this.custom.get(staffOf(ctx), id);
  }

  @Allow('STAFF')
  @Mutation(() => CustomCaseType)
  createCustomCaseType(
    @Arg('input', () => CreateCustomCaseTypeInput) input: CreateCustomCaseTypeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CustomCaseType> {
    return this.custom.create(staffOf(ctx), input);
  }

  @Allow('STAFF')
  @Mutation(() => CustomCaseType, {
    description: 'Saves the draft; after a publication, starts the next version.',
  })
  saveCustomCaseType(
    @Arg('input', () => SaveCustomCaseTypeInput) input: SaveCustomCaseTypeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CustomCaseType> {
    return this.custom.save(staffOf(ctx), input);
  }

  @Allow('STAFF')
  @Mutation(() => CustomCaseType, {
    description: 'Publishes the draft version; it never changes again.',
  })
  publishCustomCaseType(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<CustomCaseType> {
    return this.custom.publish(staffOf(ctx), id);
  }
}
