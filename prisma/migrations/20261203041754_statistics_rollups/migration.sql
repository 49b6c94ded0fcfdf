-- CreateTable
CREATE TABLE "stats_days" (
    "day" DATE NOT NULL,
    "final" BOOLEAN NOT NULL,
    "computed_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "stats_days_pkey" PRIMARY KEY ("day")
);

-- CreateTable
CREATE TABLE "stats_case_days" (
    "day" DATE NOT NULL,
    "clinic_id" UUID NOT NULL,
    "case_type_id" UUID NOT NULL,
    "submitted" INTEGER NOT NULL DEFAULT 0,
    "submitted_by_proxy" INTEGER NOT NULL DEFAULT 0,
    "first_answer_minutes" INTEGER[],
    "first_answer_business_minutes" INTEGER[],
    "answered_within_target" INTEGER NOT NULL DEFAULT 0,
    "answered_with_target" INTEGER NOT NULL DEFAULT 0,
    "close_minutes" INTEGER[],
    "close_business_minutes" INTEGER[],
    "backlog" INTEGER[],

    CONSTRAINT "stats_case_days_pkey" PRIMARY KEY ("day","clinic_id","case_type_id")
);

-- CreateTable
CREATE TABLE "stats_login_days" (
    "day" DATE NOT NULL,
    "kind" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "stats_login_days_pkey" PRIMARY KEY ("day","kind")
);

-- CreateIndex
CREATE INDEX "stats_case_days_clinic_id_day_idx" ON "stats_case_days"("clinic_id", "day");

-- CreateIndex
CREATE INDEX "cases_submitted_at_idx" ON "cases"("submitted_at");

-- CreateIndex
CREATE INDEX "cases_closed_at_idx" ON "cases"("closed_at");

-- The rollups hold counts only: never negative, five backlog age groups, known login kinds.
ALTER TABLE "stats_case_days"
  ADD CONSTRAINT "stats_case_days_counts"
  CHECK ("submitted" >= 0 AND "submitted_by_proxy" BETWEEN 0 AND "submitted"
         AND "answered_within_target" BETWEEN 0 AND "answered_with_target"
         AND cardinality("backlog") = 5);
ALTER TABLE "stats_login_days"
  ADD CONSTRAINT "stats_login_days_kind" CHECK ("kind" IN ('CITIZEN', 'STAFF', 'PROXY') AND "count" >= 0);

-- The statistics job finds the staff's responses of a day range without reading every message.
CREATE INDEX "case_messages_staff_created_idx" ON "case_messages" ("created_at")
  WHERE "author_kind" = 'STAFF';
