-- A national assignment (the national service administration) has neither clinic nor region,
-- and the SERVICE_ADMIN role belongs to national assignments only; every other assignment is at
-- exactly one clinic or one region as before. (The enum value was added, and committed, by the
-- migration before this one: PostgreSQL refuses a new enum value in the transaction adding it.)
ALTER TABLE "staff_assignments" DROP CONSTRAINT IF EXISTS "staff_assignments_clinic_xor_region";

ALTER TABLE "staff_assignments"
  ADD CONSTRAINT "staff_assignments_one_place"
  CHECK (
    CASE num_nonnulls("clinic_id", "region_id")
      WHEN 1 THEN NOT ('SERVICE_ADMIN' = ANY ("roles"))
      WHEN 0 THEN "roles" = ARRAY['SERVICE_ADMIN']::"StaffRole"[]
      ELSE false
    END
  );

-- One national assignment per staff member (NULLs would slip past the unique constraint).
CREATE UNIQUE INDEX "staff_assignments_national_unique"
  ON "staff_assignments" ("staff_member_id")
  WHERE "clinic_id" IS NULL AND "region_id" IS NULL;
