// Indexes Prisma cannot describe (expression or partial indexes), which hand-written migrations
// create and the drift check expects: each must exist exactly as stated here (PostgreSQL's
// pg_get_indexdef), and no other such index may exist. Prisma's own diff does not see them, so
// without this list a dropped or changed one would go unnoticed.
export const HAND_WRITTEN_INDEXES: Record<string, string> = {
  // The staff queue's parts (apps/api/src/case-handling, queuePageStatement).
  cases_queue_idx:
    'CREATE INDEX cases_queue_idx ON public.cases USING btree (clinic_id, status, (((assigned_staff_id IS NULL))::integer), submitted_at, id)',
  // A caregiver's work list without closed cases (workPageStatement).
  cases_work_open_idx:
    'CREATE INDEX cases_work_open_idx ON public.cases USING btree (assigned_staff_id, clinic_id, last_event_at, id) WHERE (status <> \'CLOSED\'::"CaseStatus")',
  // The queue and the work list sorted by time left to the first answer (workPageStatement,
  // queuePageStatement with sort DUE).
  cases_due_idx:
    'CREATE INDEX cases_due_idx ON public.cases USING btree (clinic_id, first_answer_due_at, id) WHERE ((first_answered_at IS NULL) AND (first_answer_due_at IS NOT NULL))',
  cases_work_due_idx:
    'CREATE INDEX cases_work_due_idx ON public.cases USING btree (assigned_staff_id, clinic_id, first_answer_due_at, id) WHERE ((first_answered_at IS NULL) AND (first_answer_due_at IS NOT NULL))',
  // The citizen's unread count (apps/api/src/inbox, unreadCountStatement).
  case_messages_unread_idx:
    'CREATE INDEX case_messages_unread_idx ON public.case_messages USING btree (recipient_person_id) WHERE ((read_at IS NULL) AND (archived_at IS NULL) AND (author_kind <> \'CITIZEN\'::"MessageAuthorKind"))',
  // The citizen's inbox and archive by case, newest message first (apps/api/src/inbox,
  // inboxCasesStatement), and the notices beside them.
  cases_inbox_idx:
    'CREATE INDEX cases_inbox_idx ON public.cases USING btree (subject_person_id, latest_message_at, id) WHERE (archived_at IS NULL)',
  cases_archive_idx:
    'CREATE INDEX cases_archive_idx ON public.cases USING btree (subject_person_id, latest_message_at, id) WHERE (archived_at IS NOT NULL)',
  case_messages_notices_idx:
    'CREATE INDEX case_messages_notices_idx ON public.case_messages USING btree (recipient_person_id, created_at, id) WHERE (case_id IS NULL)',
  // HSA-ids without regard to case (apps/api/src/adapters/hsa-catalog, findByHsaId).
  staff_members_hsa_id_upper_key:
    'CREATE UNIQUE INDEX staff_members_hsa_id_upper_key ON public.staff_members USING btree (upper(hsa_id))',
  // The staff's responses by time, for the statistics job (apps/api/src/statistics).
  case_messages_staff_created_idx:
    'CREATE INDEX case_messages_staff_created_idx ON public.case_messages USING btree (created_at) WHERE (author_kind = \'STAFF\'::"MessageAuthorKind")',
  // One national assignment (the service administration) per staff member.
  staff_assignments_national_unique:
    'CREATE UNIQUE INDEX staff_assignments_national_unique ON public.staff_assignments USING btree (staff_member_id) WHERE ((clinic_id IS NULL) AND (region_id IS NULL))',
};

/** What is wrong with the hand-written indexes the migrations create; empty when nothing. */
export function handWrittenIndexProblems(
  created: Record<string, string>,
  expected: Record<string, string> = HAND_WRITTEN_INDEXES,
): string[] {
  const problems: string[] = [];
  for (const [name, definition] of Object.entries(expected)) {
    const actual = created[name];
    if (actual === undefined) problems.push(`missing index ${name}: ${definition}`);
    else if (actual !== definition)
      problems.push(`index ${name} differs:\n  expected ${definition}\n  created  ${actual}`);
  }
  for (const [name, definition] of Object.entries(created))
    if (!(name in expected))
      problems.push(
        `unexpected index ${name} (add it to prisma/tools/hand-written-indexes.ts): ${definition}`,
      );
  return problems;
}
