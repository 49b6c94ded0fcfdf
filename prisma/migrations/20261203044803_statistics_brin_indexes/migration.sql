-- DropIndex
DROP INDEX "cases_closed_at_idx";

-- DropIndex
DROP INDEX "cases_submitted_at_idx";

-- CreateIndex
CREATE INDEX "cases_submitted_at_idx" ON "cases" USING BRIN ("submitted_at");

-- CreateIndex
CREATE INDEX "cases_closed_at_idx" ON "cases" USING BRIN ("closed_at");
