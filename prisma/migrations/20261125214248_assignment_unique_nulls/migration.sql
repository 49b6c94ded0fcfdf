-- A staff member has at most one assignment per clinic or region. One of clinic_id and
-- region_id is always NULL, so the plain unique index never fired: treat NULLs as equal.
DROP INDEX "staff_assignments_staff_member_id_clinic_id_region_id_key";
CREATE UNIQUE INDEX "staff_assignments_staff_member_id_clinic_id_region_id_key"
  ON "staff_assignments" ("staff_member_id", "clinic_id", "region_id") NULLS NOT DISTINCT;
