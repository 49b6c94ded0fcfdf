-- CreateTable
CREATE TABLE "proxy_action_log" (
    "id" BIGSERIAL NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "guardian_person_id" UUID NOT NULL,
    "child_person_id" UUID NOT NULL,
    "operation" TEXT NOT NULL,
    "request_id" TEXT,

    CONSTRAINT "proxy_action_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "proxy_action_log_child_person_id_occurred_at_idx" ON "proxy_action_log"("child_person_id", "occurred_at");

-- CreateIndex
CREATE INDEX "proxy_action_log_guardian_person_id_occurred_at_idx" ON "proxy_action_log"("guardian_person_id", "occurred_at");

-- Append-only, like the access log: what a guardian did for a child is never changed or removed.
CREATE FUNCTION "proxy_action_log_refuse_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'proxy_action_log is append-only: % is not allowed', TG_OP;
END;
$$;

CREATE TRIGGER "proxy_action_log_append_only"
  BEFORE UPDATE OR DELETE ON "proxy_action_log"
  FOR EACH STATEMENT EXECUTE FUNCTION "proxy_action_log_refuse_change"();

CREATE TRIGGER "proxy_action_log_no_truncate"
  BEFORE TRUNCATE ON "proxy_action_log"
  FOR EACH STATEMENT EXECUTE FUNCTION "proxy_action_log_refuse_change"();
