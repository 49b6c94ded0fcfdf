import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Allow } from '../identity/access.ts';
import { citizenOf, type RequestContext } from '../identity/request-context.ts';
import { CaseReceipt, SubmitCaseInput } from './case.types.ts';
import type { CaseService } from './case.service.ts';

@Resolver()
export class CaseResolver {
  constructor(private readonly cases: CaseService) {}

  @Allow('CITIZEN')
  @Mutation(() => CaseReceipt, {
    description: 'Sends a reviewed draft to the clinic; idempotent per key.',
  })
  submitCase(
    @Arg('input', () => SubmitCaseInput) input: SubmitCaseInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CaseReceipt> {
    return this.cases.submit(citizenOf(ctx), input);
  }
}
