import { staffNameWithTitle } from '@etj/domain/staff-titles';
import {
  caseDeletionAt,
  clinicCalendar,
  formatIdentityNumber,
  readOpeningHours,
  type ClinicCalendar,
} from '@etj/domain';
import { mayAssign, mayRespond } from '../cases/case-access.policy.ts';
import type { AttachmentInfo, CaseMessageView } from '../cases/case-view.types.ts';
import type { StaffActor } from '../identity/actor.ts';
import type { CaseHandlingLoaders } from './case-handling.loaders.ts';
import {
  guardianAuthorName,
  personName,
  readMessageBody,
  sentByName,
} from './case-handling.rules.ts';
import type {
  InternalNoteView,
  StaffCase,
  StaffCaseSummary,
  StaffMemberRef,
} from './case-handling.types.ts';
import type { CaseSummaryRow } from './case-list.repository.ts';
import type { CaseDetailRow, CaseFactsRow } from './case-record.repository.ts';
import { firstAnswerDue } from './response-due.rules.ts';
import type { StaffRefRow } from './staff-lookup.repository.ts';

/** Rows as staff see them: summaries, the whole case, staff references. */

/** Each clinic's calendar built once per page (a list is one clinic's, so once). */
export class Calendars {
  private readonly byClinic = new Map<string, ClinicCalendar>();

  of(row: CaseSummaryRow): ClinicCalendar {
    let calendar = this.byClinic.get(row.clinicId);
    if (!calendar) {
      calendar = clinicCalendar(readOpeningHours(row.clinicOpeningHours));
      this.byClinic.set(row.clinicId, calendar);
    }
    return calendar;
  }
}

/** The summary's fields as a plain object (the view classes are shapes, never instantiated). */
type SummaryFields = { [K in keyof StaffCaseSummary]: StaffCaseSummary[K] };

/** A case as a list shows it, time left reckoned at `now` on its clinic's calendar. */
export function summary(row: CaseSummaryRow, now: Date, calendars: Calendars): SummaryFields {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    submittedAt: row.submittedAt,
    lastEventAt: row.lastEventAt,
    caseTypeId: row.caseTypeId,
    caseTypeName: { sv: row.caseTypeNameSv, en: row.caseTypeNameEn },
    patientName: personName({
      givenName: row.patientGivenName,
      familyName: row.patientFamilyName,
    }),
    patientIdentityNumber: formatIdentityNumber(row.patientIdentityNumber),
    assignee:
      row.assignedStaffId && row.assigneeGivenName !== null
        ? staffRef({
            id: row.assignedStaffId,
            givenName: row.assigneeGivenName,
            familyName: row.assigneeFamilyName ?? '',
            title: row.assigneeTitle ?? '',
          })
        : null,
    revision: row.revision,
    firstAnswerDue: firstAnswerDue(
      {
        submittedAt: row.submittedAt,
        dueAt: row.firstAnswerDueAt,
        answeredAt: row.firstAnsweredAt,
      },
      now,
      calendars.of(row),
    ),
  };
}

export function staffRef(row: StaffRefRow): StaffMemberRef {
  return { id: row.id, name: `${row.givenName} ${row.familyName}`, title: row.title };
}

/** The whole case as the viewer sees it, with what the policy lets them do with it. */
export async function caseView(
  actor: StaffActor,
  row: CaseDetailRow,
  facts: CaseFactsRow,
  loaders: CaseHandlingLoaders,
  now: Date,
): Promise<StaffCase> {
  const byMessage = new Map<string, AttachmentInfo[]>();
  const formAttachments: AttachmentInfo[] = [];
  for (const a of row.attachments) {
    const info = {
      id: a.id,
      fileName: a.fileName,
      mediaType: a.mediaType,
      sizeBytes: a.sizeBytes,
    };
    if (a.messageId) byMessage.set(a.messageId, [...(byMessage.get(a.messageId) ?? []), info]);
    else formAttachments.push(info);
  }
  const [messages, notes] = await Promise.all([
    Promise.all(
      row.messages.map(async (m): Promise<CaseMessageView> => {
        const body = readMessageBody(m.body);
        return {
          id: m.id,
          kind: m.kind,
          authorKind: m.authorKind,
          authorName: await authorName(loaders, m, row),
          text: body.text,
          outcomes: body.outcomes,
          attachments: byMessage.get(m.id) ?? [],
          createdAt: m.createdAt,
          readAt: m.readAt,
        };
      }),
    ),
    Promise.all(
      row.notes.map(async (n): Promise<InternalNoteView> => {
        const author = await loaders.staff.load(n.authorStaffId);
        return {
          id: n.id,
          author: author ? staffRef(author) : { id: n.authorStaffId, name: '–', title: '' },
          text: n.text,
          createdAt: n.createdAt,
        };
      }),
    ),
  ]);
  return {
    ...summary(row, now, new Calendars()),
    clinicName: row.clinicName,
    sentBy:
      row.senderPersonId === row.subjectPersonId
        ? null
        : sentByName(
            { givenName: row.senderGivenName, familyName: row.senderFamilyName },
            formatIdentityNumber(row.senderIdentityNumber),
          ),
    form: {
      definition: asObject(row.definition),
      clinicOptions: asObject(row.clinicOptions),
      answers: asObject(row.answers),
    },
    messages,
    notes,
    attachments: formAttachments,
    canAssign: mayAssign(actor, facts),
    canRespond: mayRespond(actor, facts) !== null,
    deletesAt: caseDeletionAt(row.lastEventAt),
  };
}

/** Staff: "Given Family, Title"; citizen: the patient's name; system: none. */
async function authorName(
  loaders: CaseHandlingLoaders,
  message: CaseDetailRow['messages'][number],
  row: CaseDetailRow,
): Promise<{ sv: string; en: string } | null> {
  if (message.authorKind === 'STAFF' && message.authorStaffId) {
    const staff = await loaders.staff.load(message.authorStaffId);
    return staff ? staffNameWithTitle(staff) : null;
  }
  if (
    message.authorKind === 'CITIZEN' &&
    message.authorPersonId &&
    message.authorPersonId !== row.subjectPersonId
  ) {
    // A guardian wrote for the child (proxy mode): staff see who, and that they are the guardian.
    const guardian = row.otherAuthors.find((p) => p.id === message.authorPersonId);
    return guardian ? guardianAuthorName(guardian) : null;
  }
  if (message.authorKind === 'CITIZEN') {
    const name = personName({ givenName: row.patientGivenName, familyName: row.patientFamilyName });
    return { sv: name, en: name };
  }
  return null;
}

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
