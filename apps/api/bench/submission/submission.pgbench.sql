-- What the API writes for one citizen who saves a new draft and sends it, by hand: the baseline
-- of the submission bench (apps/api/bench/submission). One run of this script is one submission.
--
-- Against a database the bench seeded and kept (`pnpm bench submission --keep` prints its name):
--   pgbench -n -f submission.pgbench.sql -T 10 -c 4 <database>
--
-- The ids are derived from fixed names as submission.seed.ts derives them (md5 with a UUID's
-- version and variant digits), so nothing is read first; :k makes the draft's, the case's and the key's ids. Like the API, the draft is its own
-- transaction (a request of its own) and the send is one statement: the case, its first event,
-- the receipt message, the draft's attachments moved and the draft deleted. Nobody at the
-- clinic has alerts switched on, so no outbox rows (as in the API's run).
\set p random(1, 100)
\set k random(1, 9000000000000000000)
INSERT INTO case_drafts (id, clinic_id, case_type_version_id, subject_person_id,
  sender_person_id, answers, created_at, updated_at)
VALUES (md5('draft-' || :k)::uuid, overlay(overlay(md5('submission-bench-clinic') placing '4' from 13) placing '8' from 17)::uuid,
  overlay(overlay(md5('submission-bench-version') placing '4' from 13) placing '8' from 17)::uuid, overlay(overlay(md5('submission-bench-person-' || :p) placing '4' from 13) placing '8' from 17)::uuid,
  overlay(overlay(md5('submission-bench-person-' || :p) placing '4' from 13) placing '8' from 17)::uuid,
  '{"medicines":[{"name":"Levaxin","strength":"50 mikrogram"}]}', now(), now());
WITH new_case AS (
  INSERT INTO cases (id, reference, clinic_id, case_type_version_id, subject_person_id,
    sender_person_id, idempotency_key, status, answers, clinic_options, submitted_at,
    last_event_at)
  VALUES (md5('case-' || :k)::uuid, 'E-2026-' || upper(md5('case-' || :k)),
    overlay(overlay(md5('submission-bench-clinic') placing '4' from 13) placing '8' from 17)::uuid, overlay(overlay(md5('submission-bench-version') placing '4' from 13) placing '8' from 17)::uuid,
    overlay(overlay(md5('submission-bench-person-' || :p) placing '4' from 13) placing '8' from 17)::uuid, overlay(overlay(md5('submission-bench-person-' || :p) placing '4' from 13) placing '8' from 17)::uuid,
    md5('key-' || :k), 'NEW', '{"medicines":[{"name":"Levaxin","strength":"50 mikrogram"}]}',
    '{}', now(), now())
  ON CONFLICT (sender_person_id, idempotency_key) DO NOTHING
  RETURNING id, reference, submitted_at
), submitted AS (
  INSERT INTO case_events (id, case_id, kind, actor_kind, actor_person_id, to_status,
    occurred_at)
  SELECT gen_random_uuid(), id, 'SUBMITTED'::"CaseEventKind", 'CITIZEN'::"ActorKind",
    overlay(overlay(md5('submission-bench-person-' || :p) placing '4' from 13) placing '8' from 17)::uuid, 'NEW'::"CaseStatus", submitted_at
  FROM new_case
), receipt AS (
  INSERT INTO case_messages (id, case_id, recipient_person_id, author_kind, kind, body,
    created_at, read_at)
  SELECT gen_random_uuid(), id, overlay(overlay(md5('submission-bench-person-' || :p) placing '4' from 13) placing '8' from 17)::uuid,
    'SYSTEM'::"MessageAuthorKind", 'CASE_SUBMITTED'::"MessageKind", jsonb_build_object('key', 'caseSubmitted', 'reference', reference),
    submitted_at, submitted_at
  FROM new_case
), moved AS (
  UPDATE attachments SET case_id = new_case.id, draft_id = NULL
  FROM new_case WHERE attachments.draft_id = md5('draft-' || :k)::uuid
), removed AS (
  DELETE FROM case_drafts WHERE id = md5('draft-' || :k)::uuid
)
SELECT id, reference, submitted_at FROM new_case;
