-- AlterTable
ALTER TABLE "standard_answers" ADD COLUMN     "position" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "retired_at" TIMESTAMPTZ(3),
ADD COLUMN     "text_en" TEXT,
ADD COLUMN     "title_en" TEXT,
ADD COLUMN     "updated_at" TIMESTAMPTZ(3);
