-- Hand-written: rules Prisma's schema language cannot express. Prisma's diff does not see
-- CHECK constraints, functions or triggers, so `db:drift` stays clean with them.
-- Applied whole, in one transaction, by @etj/db's migration runner (the function bodies
-- contain `;`, which adapter-pg's statement splitting would break).
-- Violations raise SQLSTATE P0001 (raise_exception): adapter-pg passes its message through
-- (it would turn 23001 restrict_violation into a message-less foreign-key error).

-- (a) The access log (PDL) is append-only: no UPDATE, DELETE or TRUNCATE, whatever the rows.
CREATE FUNCTION "access_log_refuse_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'access_log is append-only: % is not allowed', TG_OP
    USING HINT = 'Access log entries are never changed or removed; record a new entry instead.';
END;
$$;

CREATE TRIGGER "access_log_append_only"
  BEFORE UPDATE OR DELETE ON "access_log"
  FOR EACH STATEMENT EXECUTE FUNCTION "access_log_refuse_change"();

CREATE TRIGGER "access_log_no_truncate"
  BEFORE TRUNCATE ON "access_log"
  FOR EACH STATEMENT EXECUTE FUNCTION "access_log_refuse_change"();

-- (b) A staff assignment is at one clinic or, for region roles, one region: exactly one is set.
ALTER TABLE "staff_assignments"
  ADD CONSTRAINT "staff_assignments_clinic_xor_region"
  CHECK (num_nonnulls("clinic_id", "region_id") = 1);

-- (c) A case type version that has been published (PUBLISHED, later RETIRED) is immutable: its
-- definition never changes, it is never deleted, and its status only moves on from PUBLISHED
-- to RETIRED (never back to DRAFT, never RETIRED to PUBLISHED). Editing creates a new version.
CREATE FUNCTION "case_type_versions_guard_published"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."status" NOT IN ('PUBLISHED', 'RETIRED') THEN
    IF TG_OP = 'DELETE' THEN
      RETURN OLD;
    END IF;
    RETURN NEW;
  END IF;

  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'case type version % is % and cannot be deleted', OLD."id", OLD."status";
  END IF;

  IF NEW."definition" IS DISTINCT FROM OLD."definition" THEN
    RAISE EXCEPTION 'case type version % is % and its definition cannot change', OLD."id", OLD."status"
      USING HINT = 'Create a new version instead.';
  END IF;

  IF NEW."status" IS DISTINCT FROM OLD."status"
     AND NOT (OLD."status" = 'PUBLISHED' AND NEW."status" = 'RETIRED') THEN
    RAISE EXCEPTION 'case type version % cannot move from % to %', OLD."id", OLD."status", NEW."status";
  END IF;

  RETURN NEW;
END;
$$;

CREATE TRIGGER "case_type_versions_published_immutable"
  BEFORE UPDATE OR DELETE ON "case_type_versions"
  FOR EACH ROW EXECUTE FUNCTION "case_type_versions_guard_published"();
