-- Who has a case open in the staff app right now (heartbeats, never content).

-- CreateEnum
CREATE TYPE "CasePresenceState" AS ENUM ('LOOKING', 'WRITING');

-- CreateTable
CREATE TABLE "case_presence" (
    "case_id" UUID NOT NULL,
    "staff_member_id" UUID NOT NULL,
    "tab_id" UUID NOT NULL,
    "state" "CasePresenceState" NOT NULL,
    "since" TIMESTAMPTZ(3) NOT NULL,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "case_presence_pkey" PRIMARY KEY ("case_id","staff_member_id","tab_id")
);

-- CreateIndex
CREATE INDEX "case_presence_staff_member_id_idx" ON "case_presence"("staff_member_id");

-- AddForeignKey
ALTER TABLE "case_presence" ADD CONSTRAINT "case_presence_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_presence" ADD CONSTRAINT "case_presence_staff_member_id_fkey" FOREIGN KEY ("staff_member_id") REFERENCES "staff_members"("id") ON DELETE CASCADE ON UPDATE CASCADE;
