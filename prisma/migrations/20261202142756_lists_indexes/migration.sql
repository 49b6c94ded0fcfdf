-- DropIndex
DROP INDEX "cases_assigned_staff_id_status_last_event_at_id_idx";

-- DropIndex
DROP INDEX "cases_clinic_id_status_submitted_at_id_idx";

-- CreateIndex
CREATE INDEX "cases_work_idx" ON "cases"("assigned_staff_id", "clinic_id", "last_event_at", "id");

-- Hand-written (Prisma cannot describe expression or partial indexes; migrate-drift expects
-- every index created below).

-- The staff queue: each part of a queue page (one status, with or without an assignee) is an
-- equality prefix of this index, read in (submitted_at, id) order and stopped after a page.
-- The third column is the same expression as the query's, as an integer: a boolean expression
-- would be folded to IS NOT NULL for the "assigned" parts and no longer match the index.
CREATE INDEX "cases_queue_idx" ON "cases"("clinic_id", "status", (("assigned_staff_id" IS NULL)::int), "submitted_at", "id");

-- A caregiver's work list without closed cases (the default view), latest event first: the
-- predicate is the query's, so closed cases (most of a caregiver's history) are never walked.
CREATE INDEX "cases_work_open_idx" ON "cases"("assigned_staff_id", "clinic_id", "last_event_at", "id") WHERE "status" <> 'CLOSED';

-- A caregiver works at few clinics: without this the planner multiplies the selectivities of
-- assigned_staff_id and clinic_id, expects a handful of rows, and sorts all of a caregiver's
-- open cases instead of walking cases_work_open_idx for one page.
CREATE STATISTICS "cases_assigned_staff_clinic_stats" (dependencies) ON "assigned_staff_id", "clinic_id" FROM "cases";
