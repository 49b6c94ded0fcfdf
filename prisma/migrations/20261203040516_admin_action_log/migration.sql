-- CreateTable
CREATE TABLE "admin_action_log" (
    "id" BIGSERIAL NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "staff_member_id" UUID NOT NULL,
    "staff_hsa_id" TEXT NOT NULL,
    "role" "StaffRole" NOT NULL,
    "clinic_id" UUID,
    "region_id" UUID,
    "action" TEXT NOT NULL,
    "case_type_id" UUID,
    "subject_staff_member_id" UUID,
    "subject_role" "StaffRole",
    "enabled" BOOLEAN,
    "request_id" TEXT,

    CONSTRAINT "admin_action_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "admin_action_log_clinic_id_occurred_at_id_idx" ON "admin_action_log"("clinic_id", "occurred_at", "id");

-- CreateIndex
CREATE INDEX "admin_action_log_region_id_occurred_at_id_idx" ON "admin_action_log"("region_id", "occurred_at", "id");

-- Append-only, like the access log: an administrative action is never changed or removed.
CREATE FUNCTION "admin_action_log_refuse_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'admin_action_log is append-only: % is not allowed', TG_OP;
END;
$$;

CREATE TRIGGER "admin_action_log_append_only"
  BEFORE UPDATE OR DELETE ON "admin_action_log"
  FOR EACH STATEMENT EXECUTE FUNCTION "admin_action_log_refuse_change"();

CREATE TRIGGER "admin_action_log_no_truncate"
  BEFORE TRUNCATE ON "admin_action_log"
  FOR EACH STATEMENT EXECUTE FUNCTION "admin_action_log_refuse_change"();

-- A role change names whose role and which; a switch names its state.
ALTER TABLE "admin_action_log"
  ADD CONSTRAINT "admin_action_log_role_change_complete"
  CHECK (("action" IN ('GRANT_CLINIC_ROLE', 'REVOKE_CLINIC_ROLE'))
         = ("subject_staff_member_id" IS NOT NULL AND "subject_role" IS NOT NULL));
