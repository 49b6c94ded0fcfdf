-- CreateEnum
CREATE TYPE "SupportSeverity" AS ENUM ('CRITICAL', 'HIGH', 'NORMAL', 'LOW');

-- CreateEnum
CREATE TYPE "SupportArea" AS ENUM ('LOGIN', 'START_PAGE', 'CASE_QUEUE', 'WORK_LIST', 'CASE_HANDLING', 'ACCESS_LOG', 'ADMINISTRATION', 'NOTIFICATIONS', 'CITIZEN_SERVICE', 'OTHER');

-- CreateEnum
CREATE TYPE "SupportStatus" AS ENUM ('NEW', 'IN_PROGRESS', 'WAITING_FOR_REPORTER', 'RESOLVED', 'CLOSED');

-- CreateTable
CREATE TABLE "support_reports" (
    "id" UUID NOT NULL,
    "number" SERIAL NOT NULL,
    "reporter_staff_id" UUID NOT NULL,
    "reporter_assignment_id" UUID,
    "reporter_workplace" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "area" "SupportArea" NOT NULL,
    "location" TEXT,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "severity" "SupportSeverity" NOT NULL,
    "status" "SupportStatus" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "support_reports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "support_replies" (
    "id" UUID NOT NULL,
    "report_id" UUID NOT NULL,
    "author_staff_id" UUID NOT NULL,
    "from_service_admin" BOOLEAN NOT NULL,
    "text" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "support_replies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "support_screenshots" (
    "report_id" UUID NOT NULL,
    "file_name" TEXT NOT NULL,
    "media_type" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "support_screenshots_pkey" PRIMARY KEY ("report_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "support_reports_number_key" ON "support_reports"("number");

-- CreateIndex
CREATE INDEX "support_reports_created_at_id_idx" ON "support_reports"("created_at", "id");

-- CreateIndex
CREATE INDEX "support_reports_status_created_at_id_idx" ON "support_reports"("status", "created_at", "id");

-- CreateIndex
CREATE INDEX "support_reports_reporter_staff_id_created_at_idx" ON "support_reports"("reporter_staff_id", "created_at");

-- CreateIndex
CREATE INDEX "support_replies_report_id_created_at_idx" ON "support_replies"("report_id", "created_at");

-- AddForeignKey
ALTER TABLE "support_reports" ADD CONSTRAINT "support_reports_reporter_staff_id_fkey" FOREIGN KEY ("reporter_staff_id") REFERENCES "staff_members"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "support_reports" ADD CONSTRAINT "support_reports_reporter_assignment_id_fkey" FOREIGN KEY ("reporter_assignment_id") REFERENCES "staff_assignments"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "support_replies" ADD CONSTRAINT "support_replies_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "support_reports"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "support_replies" ADD CONSTRAINT "support_replies_author_staff_id_fkey" FOREIGN KEY ("author_staff_id") REFERENCES "staff_members"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "support_screenshots" ADD CONSTRAINT "support_screenshots_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "support_reports"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Integrity the application also checks: texts present and within their limits (a report is
-- about the service, and short limits leave little room for anything else), the screenshot an
-- image of the allowed kinds and sizes, and time moving forwards.
ALTER TABLE "support_reports"
  ADD CONSTRAINT "support_reports_summary_length" CHECK (
    char_length(btrim("summary")) BETWEEN 1 AND 120 AND "summary" = btrim("summary")),
  ADD CONSTRAINT "support_reports_description_length" CHECK (
    char_length(btrim("description")) BETWEEN 1 AND 4000),
  ADD CONSTRAINT "support_reports_location_length" CHECK (
    "location" IS NULL OR char_length(btrim("location")) BETWEEN 1 AND 200),
  ADD CONSTRAINT "support_reports_workplace_length" CHECK (
    char_length("reporter_workplace") BETWEEN 1 AND 300),
  ADD CONSTRAINT "support_reports_updated_after_created" CHECK ("updated_at" >= "created_at");

ALTER TABLE "support_replies"
  ADD CONSTRAINT "support_replies_text_length" CHECK (char_length(btrim("text")) BETWEEN 1 AND 4000);

ALTER TABLE "support_screenshots"
  ADD CONSTRAINT "support_screenshots_media_type" CHECK ("media_type" IN ('image/png', 'image/jpeg')),
  ADD CONSTRAINT "support_screenshots_size" CHECK (
    "size_bytes" BETWEEN 1 AND 2097152 AND "size_bytes" = octet_length("content")),
  ADD CONSTRAINT "support_screenshots_sha256" CHECK ("sha256" ~ '^[0-9a-f]{64}$'),
  ADD CONSTRAINT "support_screenshots_file_name_length" CHECK (
    char_length("file_name") BETWEEN 1 AND 200);
