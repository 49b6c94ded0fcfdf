import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { AttachmentInfo } from '../cases/case-view.types.ts';
import { Allow } from '../identity/access.ts';
import { citizenOf, type RequestContext } from '../identity/request-context.ts';
import { AddDraftAttachmentInput } from './attachment.types.ts';
import type { AttachmentService } from './attachment.service.ts';

/**
 * Files the citizen adds to a draft before sending (where the clinic allows them). They move
 * to the case when it is sent; downloads go through GET /api/<surface>/attachments/:id.
 */
@Resolver()
export class AttachmentResolver {
  constructor(private readonly attachments: AttachmentService) {}

  @Allow('CITIZEN')
  @Query(() => [AttachmentInfo], { description: 'The files added to one of my drafts.' })
  draftAttachments(
    @Arg('draftId', () => ID) draftId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<AttachmentInfo[]> {
    return this.attachments.listForDraft(citizenOf(ctx), draftId);
  }

  @Allow('CITIZEN')
  @Mutation(() => AttachmentInfo, {
    description: 'PDF, PNG, JPEG or GIF by content, within the size limit; else BAD_USER_INPUT.',
  })
  addDraftAttachment(
    @Arg('input', () => AddDraftAttachmentInput) input: AddDraftAttachmentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AttachmentInfo> {
    return this.attachments.addToDraft(citizenOf(ctx), input);
  }

  @Allow('CITIZEN')
  @Mutation(() => Boolean)
  removeDraftAttachment(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    return this.attachments.removeFromDraft(citizenOf(ctx), id);
  }
}
