import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../identity/access.ts';
import { citizenOf, type RequestContext } from '../identity/request-context.ts';
import {
  CitizenCase,
  InboxCasePage,
  InboxFolderEnum,
  InboxMessage,
  InboxPage,
  ReplyToCaseInput,
  SetCaseArchivedInput,
  SetMessageArchivedInput,
  type InboxFolder,
} from './inbox.types.ts';
import type { InboxService } from './inbox.service.ts';

/** The citizen side of the case loop: the inbox, reading a case, answering, archiving. */
@Resolver()
export class InboxResolver {
  constructor(private readonly messages: InboxService) {}

  @Allow('CITIZEN')
  @Query(() => InboxPage, { description: 'My messages, newest first (keyset pagination).' })
  inbox(
    @Arg('folder', () => InboxFolderEnum, { defaultValue: 'INBOX' }) folder: InboxFolder,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<InboxPage> {
    return this.messages.page(citizenOf(ctx), folder, first, after);
  }

  @Allow('CITIZEN')
  @Query(() => InboxCasePage, {
    description:
      'My inbox list: my cases by their newest message, and the notices, newest first (keyset pagination).',
  })
  inboxCases(
    @Arg('folder', () => InboxFolderEnum, { defaultValue: 'INBOX' }) folder: InboxFolder,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<InboxCasePage> {
    return this.messages.casePage(citizenOf(ctx), folder, first, after);
  }

  @Allow('CITIZEN')
  @Query(() => CitizenCase, { description: 'One of my cases; NOT_FOUND for anyone else’s.' })
  citizenCase(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<CitizenCase> {
    return this.messages.read(citizenOf(ctx), id);
  }

  @Allow('CITIZEN')
  @Mutation(() => CitizenCase, { description: 'Marks every message of the case as read.' })
  markCaseRead(
    @Arg('caseId', () => ID) caseId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<CitizenCase> {
    return this.messages.markRead(citizenOf(ctx), caseId);
  }

  @Allow('CITIZEN')
  @Mutation(() => CitizenCase, { description: 'Answers a counter-question (motfråga).' })
  replyToCase(
    @Arg('input', () => ReplyToCaseInput) input: ReplyToCaseInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CitizenCase> {
    return this.messages.reply(citizenOf(ctx), input);
  }

  @Allow('CITIZEN')
  @Mutation(() => CitizenCase, {
    description: 'Files the case in the archive, or back; the status does not change.',
  })
  setCaseArchived(
    @Arg('input', () => SetCaseArchivedInput) input: SetCaseArchivedInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CitizenCase> {
    return this.messages.setArchived(citizenOf(ctx), input);
  }

  @Allow('CITIZEN')
  @Mutation(() => InboxMessage, {
    description: 'Marks one message read (a notice that is not about a case, say).',
  })
  markMessageRead(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<InboxMessage> {
    return this.messages.markMessageRead(citizenOf(ctx), id);
  }

  @Allow('CITIZEN')
  @Mutation(() => InboxMessage, {
    description: 'Files one message that is not about a case; a case message files its case.',
  })
  setMessageArchived(
    @Arg('input', () => SetMessageArchivedInput) input: SetMessageArchivedInput,
    @Ctx() ctx: RequestContext,
  ): Promise<InboxMessage> {
    return this.messages.setMessageArchived(citizenOf(ctx), input);
  }
}
