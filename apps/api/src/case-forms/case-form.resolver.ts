import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../identity/access.ts';
import { citizenOf, type RequestContext } from '../identity/request-context.ts';
import { CaseDraft, CaseDraftReview, CaseTypeForm, SaveCaseDraftInput } from './case-form.types.ts';
import type { CaseFormService } from './case-form.service.ts';

@Resolver()
export class CaseFormResolver {
  constructor(private readonly forms: CaseFormService) {}

  @Allow('CITIZEN')
  @Query(() => CaseTypeForm, { description: 'A clinic’s case type as the citizen fills it in.' })
  caseTypeForm(
    @Arg('clinicId', () => ID) clinicId: string,
    @Arg('caseTypeId', () => ID) caseTypeId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<CaseTypeForm> {
    return this.forms.form(citizenOf(ctx), clinicId, caseTypeId);
  }

  @Allow('CITIZEN')
  @Query(() => [CaseDraft], { description: 'My forms in progress, newest first.' })
  myCaseDrafts(@Ctx() ctx: RequestContext): Promise<CaseDraft[]> {
    return this.forms.drafts(citizenOf(ctx));
  }

  @Allow('CITIZEN')
  @Query(() => CaseDraft)
  caseDraft(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<CaseDraft> {
    return this.forms.draft(citizenOf(ctx), id);
  }

  @Allow('CITIZEN')
  @Mutation(() => CaseDraft)
  saveCaseDraft(
    @Arg('input', () => SaveCaseDraftInput) input: SaveCaseDraftInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CaseDraft> {
    return this.forms.saveDraft(citizenOf(ctx), input);
  }

  @Allow('CITIZEN')
  @Mutation(() => Boolean)
  deleteCaseDraft(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.forms.deleteDraft(citizenOf(ctx), id);
  }

  @Allow('CITIZEN')
  @Mutation(() => CaseDraftReview, {
    description: 'Checks the draft against every rule; refused with field codes.',
  })
  reviewCaseDraft(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<CaseDraftReview> {
    return this.forms.review(citizenOf(ctx), id);
  }
}
