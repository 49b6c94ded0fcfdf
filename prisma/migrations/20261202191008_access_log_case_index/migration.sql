-- The patient's own access log of one case (apps/api access-log/citizen-access-log): keyset
-- pages newest first cost their own rows, however large the table.
-- CreateIndex
CREATE INDEX "access_log_case_id_occurred_at_id_idx" ON "access_log"("case_id", "occurred_at", "id");
