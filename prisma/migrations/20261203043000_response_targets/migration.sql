-- Response-time targets on the clinic's business calendar (issue 12 item 2).

-- AlterTable
ALTER TABLE "clinic_case_types" ADD COLUMN "response_target_hours" INTEGER;

-- AlterTable
ALTER TABLE "cases" ADD COLUMN "first_answer_due_at" TIMESTAMPTZ(3),
ADD COLUMN "first_answered_at" TIMESTAMPTZ(3);

-- Hand-written (Prisma cannot describe CHECK constraints or partial indexes; migrate-drift expects
-- every index created below).

-- A target is whole working hours, at most 500 (about three months of weekdays).
ALTER TABLE "clinic_case_types" ADD CONSTRAINT "clinic_case_types_response_target_hours_range"
  CHECK ("response_target_hours" IS NULL OR "response_target_hours" BETWEEN 1 AND 500);

-- Every case already answered keeps when staff first wrote to the patient. No case gets a due
-- time: no target existed when they were sent, and a due time is fixed when a case is sent.
UPDATE "cases" c SET "first_answered_at" = m.first_at
FROM (SELECT "case_id", min("created_at") AS first_at FROM "case_messages"
      WHERE "author_kind" = 'STAFF' GROUP BY "case_id") m
WHERE m."case_id" = c."id";

-- The queue sorted by time left: a clinic's cases waiting for a first answer that have a due
-- time, walked in (due, id) order and stopped after a page. The predicate is the query's, so
-- answered cases (most of a clinic's history) are never walked.
CREATE INDEX "cases_due_idx" ON "cases"("clinic_id", "first_answer_due_at", "id")
  WHERE "first_answered_at" IS NULL AND "first_answer_due_at" IS NOT NULL;

-- A caregiver's work list sorted by time left, the same way.
CREATE INDEX "cases_work_due_idx" ON "cases"("assigned_staff_id", "clinic_id", "first_answer_due_at", "id")
  WHERE "first_answered_at" IS NULL AND "first_answer_due_at" IS NOT NULL;
