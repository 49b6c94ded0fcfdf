import { deletionNoticeFor } from '@etj/domain';
import type { Clock } from '../common/clock.ts';
import { badInput, conflict, notFound } from '../common/errors.ts';
import { citizenMayRead, citizenMayReply } from '../cases/case-access.policy.ts';
import { subjectOf } from '../identity/citizen-subject.ts';
import { nextStatus } from '../cases/case-status.ts';
import type { CaseMessageView } from '../cases/case-view.types.ts';
import type { CitizenActor } from '../identity/actor.ts';
import {
  decodeCursor,
  encodeCursor,
  personName,
  readBody,
  readNotice,
  staffName,
} from './inbox-view.ts';
import type {
  CitizenCaseRow,
  InboxEntryRow,
  InboxRepository,
  InboxRow,
} from './inbox.repository.ts';
import type {
  CitizenCase,
  InboxCasePage,
  InboxEntry,
  InboxFolder,
  InboxMessage,
  InboxPage,
  ReplyToCaseInput,
  SetCaseArchivedInput,
  SetMessageArchivedInput,
} from './inbox.types.ts';

export const MAX_INBOX_PAGE = 100;
/** A reply that loses a race with a staff change is tried again on the case as it is now. */
const REPLY_ATTEMPTS = 3;

/** The citizen side of the case loop: the inbox, reading a case, answering, archiving. */
export class InboxService {
  constructor(
    private readonly repository: InboxRepository,
    private readonly clock: Clock,
  ) {}

  /** One page of my messages, newest first: one statement whatever the page size. */
  async page(
    actor: CitizenActor,
    folder: InboxFolder,
    first: number,
    after: string | null,
  ): Promise<InboxPage> {
    checkPageSize(first);
    // type-graphql leaves an omitted nullable argument undefined.
    const key = after ? decodeCursor(after) : null;
    const { rows, unreadCount } = await this.repository.page(
      subjectOf(actor),
      folder,
      first + 1,
      key,
    );
    const items = rows.slice(0, first);
    const last = items.at(-1);
    return {
      items: items.map((row) => toInboxMessage(row, this.clock.now())),
      nextCursor: rows.length > first && last ? encodeCursor(last) : null,
      unreadCount,
    };
  }

  /**
   * One page of my inbox list: my cases by their newest message and the notices beside them,
   * newest first; one statement whatever the page size. The list is of the person acted for,
   * and each case on it is one citizenMayRead lets me read.
   */
  async casePage(
    actor: CitizenActor,
    folder: InboxFolder,
    first: number,
    after: string | null,
  ): Promise<InboxCasePage> {
    checkPageSize(first);
    const key = after ? decodeCursor(after) : null;
    const { rows, unreadCount } = await this.repository.casePage(
      subjectOf(actor),
      folder,
      first + 1,
      key,
    );
    const shown = rows.slice(0, first);
    const last = shown.at(-1);
    const now = this.clock.now();
    return {
      items: shown.flatMap((row) => toInboxEntry(actor, row, now)),
      nextCursor:
        rows.length > first && last
          ? encodeCursor({ createdAt: last.latestAt, id: last.id })
          : null,
      unreadCount,
    };
  }

  async read(actor: CitizenActor, id: string): Promise<CitizenCase> {
    return toCitizenCase(actor, await this.readable(actor, id), this.clock.now());
  }

  async markRead(actor: CitizenActor, caseId: string): Promise<CitizenCase> {
    await this.readable(actor, caseId);
    await this.repository.markRead(caseId, subjectOf(actor), this.clock.now());
    return this.read(actor, caseId);
  }

  /** Answers a counter-question; a retry with the same key changes nothing and answers the same. */
  async reply(actor: CitizenActor, input: ReplyToCaseInput): Promise<CitizenCase> {
    const dedupeKey = `reply:${input.idempotencyKey}`;
    for (let attempt = 0; attempt < REPLY_ATTEMPTS; attempt += 1) {
      const earlier = await this.repository.findReply(subjectOf(actor), dedupeKey);
      if (earlier) {
        if (earlier.caseId !== input.caseId) throw conflict('IDEMPOTENCY_KEY_REUSED');
        return this.read(actor, input.caseId);
      }
      const row = await this.readable(actor, input.caseId);
      const toStatus = nextStatus(row.facts.status, {
        kind: 'CITIZEN_REPLY',
        assigned: row.facts.assignedStaffId !== null,
      });
      if (!citizenMayReply(actor, row.facts) || !toStatus) throw conflict('NOT_WAITING_FOR_REPLY');
      const outcome = await this.repository.reply({
        caseId: row.id,
        revision: row.revision,
        subjectPersonId: row.facts.subjectPersonId,
        authorPersonId: actor.personId,
        dedupeKey,
        text: input.text,
        fromStatus: row.facts.status,
        toStatus,
        at: this.clock.now(),
      });
      if (outcome === 'DONE') return this.read(actor, input.caseId);
      // DUPLICATE: a concurrent retry won; STALE: the case moved on. Either way, look again.
    }
    throw conflict('CASE_CHANGED');
  }

  /** One message read (a notice, say); NOT_FOUND for a message not in my inbox. */
  async markMessageRead(actor: CitizenActor, id: string): Promise<InboxMessage> {
    const subject = subjectOf(actor);
    if (!(await this.repository.findMessage(id, subject))) throw notFound();
    await this.repository.markMessageRead(id, subject, this.clock.now());
    return this.message(subject, id);
  }

  /**
   * My own filing: not an event, so neither the status nor the deletion clock moves. A case
   * message files its whole case (as setCaseArchived does); a notice only itself.
   */
  async setMessageArchived(
    actor: CitizenActor,
    input: SetMessageArchivedInput,
  ): Promise<InboxMessage> {
    const subject = subjectOf(actor);
    const row = await this.repository.findMessage(input.messageId, subject);
    if (!row) throw notFound();
    const at = input.archived ? this.clock.now() : null;
    if (row.caseId) {
      await this.readable(actor, row.caseId);
      await this.repository.setArchived(row.caseId, subject, at);
    } else {
      await this.repository.setMessageArchived(row.id, subject, at);
    }
    return this.message(subject, row.id);
  }

  async setArchived(actor: CitizenActor, input: SetCaseArchivedInput): Promise<CitizenCase> {
    await this.readable(actor, input.caseId);
    await this.repository.setArchived(
      input.caseId,
      subjectOf(actor),
      input.archived ? this.clock.now() : null,
    );
    return this.read(actor, input.caseId);
  }

  private async message(subject: string, id: string): Promise<InboxMessage> {
    const row = await this.repository.findMessage(id, subject);
    if (!row) throw notFound();
    return toInboxMessage(row, this.clock.now());
  }

  private async readable(actor: CitizenActor, id: string): Promise<CitizenCaseRow> {
    const row = await this.repository.findCase(id);
    if (!row || !citizenMayRead(actor, row.facts)) throw notFound();
    return row;
  }
}

function checkPageSize(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_INBOX_PAGE)
    throw badInput([
      { path: 'first', code: 'OUT_OF_RANGE', params: { min: 1, max: MAX_INBOX_PAGE } },
    ]);
}

/** An entry as the list shows it; none for a case the rules do not let me read. */
function toInboxEntry(actor: CitizenActor, row: InboxEntryRow, now: Date): InboxEntry[] {
  if (row.message)
    return [
      { id: row.id, latestAt: row.latestAt, case: null, message: toInboxMessage(row.message, now) },
    ];
  const c = row.case;
  if (!c || !citizenMayRead(actor, c.facts)) return [];
  const latest = c.latest;
  return [
    {
      id: row.id,
      latestAt: row.latestAt,
      message: null,
      case: {
        id: row.id,
        reference: c.reference,
        status: c.facts.status,
        clinicName: c.clinicName,
        caseTypeName: { sv: c.caseTypeNameSv, en: c.caseTypeNameEn },
        submittedAt: c.submittedAt,
        archived: c.archivedAt !== null,
        unreadCount: c.unreadCount,
        waitingForReply: citizenMayReply(actor, c.facts),
        deletionNoticeAt: deletionNoticeFor(c.lastEventAt, now),
        latestMessage: latest
          ? {
              id: latest.id,
              kind: latest.kind,
              authorKind: latest.authorKind,
              authorName:
                latest.authorKind === 'STAFF' &&
                latest.staffGivenName !== null &&
                latest.staffFamilyName !== null &&
                latest.staffTitle !== null
                  ? staffName({
                      givenName: latest.staffGivenName,
                      familyName: latest.staffFamilyName,
                      title: latest.staffTitle,
                    })
                  : null,
              createdAt: latest.createdAt,
              readAt: latest.readAt,
            }
          : null,
      },
    },
  ];
}

function toInboxMessage(row: InboxRow, now: Date): InboxMessage {
  return {
    id: row.id,
    kind: row.kind,
    createdAt: row.createdAt,
    readAt: row.readAt,
    archived: row.archivedAt !== null,
    caseId: row.caseId,
    caseReference: row.caseReference,
    caseStatus: row.caseStatus,
    clinicName: row.clinicName,
    caseTypeName:
      row.caseTypeNameSv === null ? null : { sv: row.caseTypeNameSv, en: row.caseTypeNameEn },
    authorName:
      row.staffGivenName === null || row.staffFamilyName === null || row.staffTitle === null
        ? null
        : staffName({
            givenName: row.staffGivenName,
            familyName: row.staffFamilyName,
            title: row.staffTitle,
          }),
    notice: readNotice(row.kind, row.body),
    deletionNoticeAt: row.caseLastEventAt ? deletionNoticeFor(row.caseLastEventAt, now) : null,
  };
}

function toCitizenCase(actor: CitizenActor, row: CitizenCaseRow, now: Date): CitizenCase {
  const attachmentsOf = (messageId: string | null) =>
    row.attachments
      .filter((a) => a.messageId === messageId)
      .map(({ id, fileName, mediaType, sizeBytes }) => ({ id, fileName, mediaType, sizeBytes }));
  const messages: CaseMessageView[] = row.messages.map((m) => {
    const body = readBody(m.kind, m.body);
    return {
      id: m.id,
      kind: m.kind,
      authorKind: m.authorKind,
      authorName:
        m.authorKind === 'STAFF'
          ? staffName(m.authorStaffId ? row.staffNames.get(m.authorStaffId) : null)
          : m.authorKind === 'CITIZEN' && m.authorPersonId
            ? sameInBoth(personName(row.personNames.get(m.authorPersonId)))
            : null,
      text: body.text,
      outcomes: body.outcomes,
      attachments: attachmentsOf(m.id),
      createdAt: m.createdAt,
      readAt: m.readAt,
    };
  });
  return {
    id: row.id,
    reference: row.reference,
    status: row.facts.status,
    clinicName: row.clinicName,
    caseTypeName: { sv: row.caseTypeNameSv, en: row.caseTypeNameEn },
    submittedAt: row.submittedAt,
    // Sent by a guardian for the child: the guardian's name (the child reads it too).
    sentBy:
      row.senderPersonId === row.facts.subjectPersonId
        ? null
        : (personName(row.personNames.get(row.senderPersonId)) ?? null),
    form: {
      definition: asObject(row.definition),
      clinicOptions: asObject(row.clinicOptions),
      answers: asObject(row.answers),
    },
    attachments: attachmentsOf(null),
    messages,
    canReply: citizenMayReply(actor, row.facts),
    archived: row.archivedAt !== null,
    deletionNoticeAt: deletionNoticeFor(row.lastEventAt, now),
  };
}

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** A name that reads the same in Swedish and English. */
function sameInBoth(name: string | null): { sv: string; en: string } | null {
  return name === null ? null : { sv: name, en: name };
}
