import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../identity/access.ts';
import { staffOf, type RequestContext } from '../identity/request-context.ts';
import {
  ClinicStandardAnswer,
  CreateStandardAnswerInput,
  StandardAnswerMove,
  UpdateStandardAnswerInput,
} from './standard-answers.types.ts';
import type { StandardAnswerService } from './standard-answers.service.ts';

/** Staff only; the service lets the administrators of the session's clinic through. */
@Resolver()
export class StandardAnswerResolver {
  constructor(private readonly answers: StandardAnswerService) {}

  @Allow('STAFF')
  @Query(() => [ClinicStandardAnswer], {
    description: 'Clinic administrators: every standard answer of the clinic, retired ones too.',
  })
  clinicStandardAnswers(@Ctx() ctx: RequestContext): Promise<ClinicStandardAnswer[]> {
    return this.answers.list(staffOf(ctx));
  }

  @Allow('STAFF')
  @Mutation(() => ClinicStandardAnswer, { description: 'A new answer, last in its list.' })
  createStandardAnswer(
    @Arg('input', () => CreateStandardAnswerInput) input: CreateStandardAnswerInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ClinicStandardAnswer> {
    return this.answers.create(staffOf(ctx), input);
  }

  @Allow('STAFF')
  @Mutation(() => ClinicStandardAnswer)
  updateStandardAnswer(
    @Arg('input', () => UpdateStandardAnswerInput) input: UpdateStandardAnswerInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ClinicStandardAnswer> {
    return this.answers.update(staffOf(ctx), input);
  }

  @Allow('STAFF')
  @Mutation(() => [ClinicStandardAnswer], {
    description: 'Moves a live answer one step in its list; answers every answer of the clinic.',
  })
  moveStandardAnswer(
    @Arg('id', () => ID) id: string,
    @Arg('direction', () => StandardAnswerMove) direction: StandardAnswerMove,
    @Ctx() ctx: RequestContext,
  ): Promise<ClinicStandardAnswer[]> {
    return this.answers.move(staffOf(ctx), id, direction);
  }

  @Allow('STAFF')
  @Mutation(() => ClinicStandardAnswer, {
    description: 'No longer offered to caregivers; answers already sent are unaffected.',
  })
  retireStandardAnswer(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ClinicStandardAnswer> {
    return this.answers.retire(staffOf(ctx), id);
  }
}
