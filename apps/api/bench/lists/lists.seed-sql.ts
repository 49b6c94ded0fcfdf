// The lists scenario's bulk statements: cases, their messages, events and assignments for one
// chunk of generate_series, with deterministic, time-ordered ids.

/**
 * A deterministic uuid whose first twelve hex digits grow with the case number (batch, table,
 * then n * 8 + j) and whose rest is an md5: each primary key is filled in order, at its right
 * edge, instead of at random pages of an index larger than the buffer cache.
 */
export function orderedId(code: string, table: string, salt: string, n: string, j: string): string {
  return `overlay(md5(${salt} || ${n} || '.' || ${j}) placing ${code} || ${table} || lpad(to_hex(${n} * 8 + ${j}), 10, '0') from 1)::uuid`;
}

/** The j-th of `count` instants spread evenly from submission to the latest event. */
const AT = (j: string, count: string) =>
  `submitted_at + (last_event_at - submitted_at) * (${j} - 1) / greatest(${count} - 1, 1)`;

export const INSERT_CASES = `
  INSERT INTO cases (id, reference, clinic_id, case_type_version_id, subject_person_id,
    sender_person_id, idempotency_key, status, answers, clinic_options, assigned_staff_id,
    submitted_at, last_event_at, closed_at, archived_at, revision, first_answer_due_at,
    first_answered_at)
  SELECT id, prefix || '-' || n, clinic_id, version_id, person_id, person_id,
         md5('k' || prefix || n), status,
         jsonb_build_object('medicine', 'Levaxin 50 mikrogram', 'dosage', '1 tablett dagligen',
           'message', 'Jag behöver förnya mitt recept, det tar slut nästa vecka. Tack på förhand!'),
         '{}'::jsonb, staff_id, submitted_at, last_event_at,
         CASE WHEN status = 'CLOSED' THEN last_event_at END,
         CASE WHEN status = 'CLOSED' AND n % 3 = 0 THEN last_event_at END,
         events,
         -- Every type has a target: two days stands in for 16 working hours on the calendar.
         submitted_at + interval '2 days',
         -- The first staff message (the second message) answered all but new and assigned cases.
         CASE WHEN status NOT IN ('NEW', 'ASSIGNED') THEN ${AT('2', 'messages')} END
    FROM bench_chunk`;

export const INSERT_MESSAGES = `
  INSERT INTO case_messages (id, case_id, recipient_person_id, author_kind, author_person_id,
    author_staff_id, kind, body, created_at, read_at)
  SELECT ${orderedId('code', "'1'", "prefix || 'm'", 'n', 'j')}, id, person_id,
         (CASE WHEN j = 1 THEN 'SYSTEM' WHEN j % 2 = 0 THEN 'STAFF' ELSE 'CITIZEN' END)::"MessageAuthorKind",
         CASE WHEN j > 1 AND j % 2 = 1 THEN person_id END,
         CASE WHEN j % 2 = 0 THEN staff_id END,
         (CASE WHEN j = 1 THEN 'CASE_SUBMITTED'
               WHEN j % 2 = 1 THEN 'CITIZEN_REPLY'
               WHEN status = 'WAITING_FOR_CITIZEN' THEN 'COUNTER_QUESTION'
               WHEN j = messages THEN 'ANSWER'
               ELSE 'PARTIAL_ANSWER' END)::"MessageKind",
         CASE WHEN j = 1 THEN jsonb_build_object('key', 'caseSubmitted', 'reference', prefix || '-' || n)
              WHEN j % 2 = 0 THEN jsonb_build_object('text',
                'Hej! Vi har tittat på ditt ärende. Receptet är förnyat och finns hos apoteket '
                || 'från i morgon. Vänliga hälsningar, mottagningen', 'outcomes', '[]'::jsonb)
              ELSE jsonb_build_object('text', 'Tack för svaret!', 'outcomes', '[]'::jsonb)
         END,
         ${AT('j', 'messages')},
         CASE WHEN status IN ('ANSWERED', 'WAITING_FOR_CITIZEN') AND j % 2 = 0 AND n % 2 = 0 THEN NULL
              ELSE ${AT('j', 'messages')} + interval '2 hours' END
    FROM bench_chunk CROSS JOIN LATERAL generate_series(1, messages) j`;

export const INSERT_EVENTS = `
  INSERT INTO case_events (id, case_id, kind, actor_kind, actor_person_id, actor_staff_id,
    actor_role, from_status, to_status, details, occurred_at)
  SELECT ${orderedId('code', "'2'", "prefix || 'e'", 'n', 'j')}, id,
         ((ARRAY['SUBMITTED', 'ASSIGNED', 'MESSAGE_ADDED', 'CLOSED'])[j])::"CaseEventKind",
         (CASE WHEN j = 1 THEN 'CITIZEN' ELSE 'STAFF' END)::"ActorKind",
         CASE WHEN j = 1 THEN person_id END,
         CASE j WHEN 1 THEN NULL WHEN 2 THEN receiver_id ELSE staff_id END,
         (CASE j WHEN 1 THEN NULL WHEN 2 THEN 'CASE_RECEIVER' ELSE 'CAREGIVER' END)::"StaffRole",
         ((ARRAY[NULL, 'NEW', 'ASSIGNED', 'ANSWERED'])[j])::"CaseStatus",
         CASE j WHEN 1 THEN 'NEW' WHEN 2 THEN 'ASSIGNED' WHEN 4 THEN 'CLOSED'
                ELSE CASE WHEN status = 'CLOSED' THEN 'ANSWERED' ELSE status::text END
         END::"CaseStatus",
         CASE j WHEN 2 THEN jsonb_build_object('staffMemberId', staff_id, 'previousStaffId', NULL)
                WHEN 3 THEN jsonb_build_object('messageId', ${orderedId('code', "'1'", "prefix || 'm'", 'n', '2')})
         END,
         ${AT('j', 'events')}
    FROM bench_chunk CROSS JOIN LATERAL generate_series(1, events) j`;

export const INSERT_ASSIGNMENTS = `
  INSERT INTO case_assignments (id, case_id, staff_member_id, assigned_by_staff_id, assigned_at)
  SELECT ${orderedId('code', "'3'", "prefix || 'a'", 'n', '0')}, id, staff_id, receiver_id,
         ${AT('2', 'events')}
    FROM bench_chunk WHERE staff_id IS NOT NULL`;
