import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../identity/access.ts';
import { staffOf, type RequestContext } from '../identity/request-context.ts';
import {
  AddInternalNoteInput,
  AssignCaseInput,
  CaseListOrderEnum,
  CaseQueueFilter,
  CloseCaseInput,
  type CaseListOrder,
  InternalNoteView,
  RespondToCaseInput,
  StaffCase,
  StaffCasePage,
  StaffMemberRef,
  StandardAnswerView,
} from './case-handling.types.ts';
import type { CaseHandlingService } from './case-handling.service.ts';

/** The staff side of the case loop: queue, work list, the case, assignment and answers. */
@Resolver()
export class CaseHandlingResolver {
  constructor(private readonly handling: CaseHandlingService) {}

  @Allow('STAFF')
  @Query(() => StaffCasePage, {
    description: 'Case receivers: the clinic queue, new and unassigned first.',
  })
  caseQueue(
    @Arg('filter', () => CaseQueueFilter, { nullable: true }) filter: CaseQueueFilter | null,
    @Arg('order', () => CaseListOrderEnum, { defaultValue: 'STANDARD' }) order: CaseListOrder,
    @Arg('first', () => Int, { defaultValue: 25 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<StaffCasePage> {
    return this.handling.lists.queue(staffOf(ctx), filter ?? {}, order, first, after, ctx);
  }

  @Allow('STAFF')
  @Query(() => StaffCasePage, {
    description: 'Caregivers: the cases assigned to me, latest event first.',
  })
  myAssignedCases(
    @Arg('includeClosed', () => Boolean, { defaultValue: false }) includeClosed: boolean,
    @Arg('order', () => CaseListOrderEnum, { defaultValue: 'STANDARD' }) order: CaseListOrder,
    @Arg('first', () => Int, { defaultValue: 25 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<StaffCasePage> {
    return this.handling.lists.workList(staffOf(ctx), includeClosed, order, first, after, ctx);
  }

  @Allow('STAFF')
  @Query(() => StaffCase, { description: 'A case; NOT_FOUND unless the viewer may read it.' })
  staffCase(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<StaffCase> {
    return this.handling.read(staffOf(ctx), id, ctx);
  }

  @Allow('STAFF')
  @Query(() => [StaffMemberRef], {
    description: 'Case receivers: the caregivers a case of this clinic can be assigned to.',
  })
  clinicCaregivers(@Ctx() ctx: RequestContext): Promise<StaffMemberRef[]> {
    return this.handling.caregivers(staffOf(ctx));
  }

  @Allow('STAFF')
  @Query(() => [StandardAnswerView], {
    description: 'Standard answers for the case’s clinic and type (whoever may answer it).',
  })
  standardAnswers(
    @Arg('caseId', () => ID) caseId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<StandardAnswerView[]> {
    return this.handling.standardAnswers(staffOf(ctx), caseId);
  }

  @Allow('STAFF')
  @Mutation(() => StaffCase, {
    description: 'Assigns or reassigns; CONFLICT CASE_CHANGED when someone else was first.',
  })
  assignCase(
    @Arg('input', () => AssignCaseInput) input: AssignCaseInput,
    @Ctx() ctx: RequestContext,
  ): Promise<StaffCase> {
    return this.handling.assign(staffOf(ctx), input, ctx);
  }

  @Allow('STAFF')
  @Mutation(() => StaffCase, { description: 'Answer, partial answer or counter-question.' })
  respondToCase(
    @Arg('input', () => RespondToCaseInput) input: RespondToCaseInput,
    @Ctx() ctx: RequestContext,
  ): Promise<StaffCase> {
    return this.handling.respond(staffOf(ctx), input, ctx);
  }

  @Allow('STAFF')
  @Mutation(() => StaffCase)
  closeCase(
    @Arg('input', () => CloseCaseInput) input: CloseCaseInput,
    @Ctx() ctx: RequestContext,
  ): Promise<StaffCase> {
    return this.handling.close(staffOf(ctx), input, ctx);
  }

  @Allow('STAFF')
  @Mutation(() => InternalNoteView, { description: 'A note for staff only.' })
  addInternalNote(
    @Arg('input', () => AddInternalNoteInput) input: AddInternalNoteInput,
    @Ctx() ctx: RequestContext,
  ): Promise<InternalNoteView> {
    return this.handling.addNote(staffOf(ctx), input, ctx);
  }
}
