-- AlterTable
ALTER TABLE "attachments" ADD COLUMN     "draft_id" UUID,
ALTER COLUMN "case_id" DROP NOT NULL;

-- AlterTable
ALTER TABLE "cases" ADD COLUMN     "clinic_options" JSONB NOT NULL DEFAULT '{}';

-- CreateIndex
CREATE INDEX "attachments_draft_id_idx" ON "attachments"("draft_id");

-- AddForeignKey
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_draft_id_fkey" FOREIGN KEY ("draft_id") REFERENCES "case_drafts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- An attachment belongs either to a draft (while the citizen fills in the form) or to a case.
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_case_xor_draft"
  CHECK (("case_id" IS NULL) <> ("draft_id" IS NULL));
