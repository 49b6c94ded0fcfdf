-- The citizen's inbox lists cases, newest message first, a keyset page at a time.

-- AlterTable
ALTER TABLE "cases" ADD COLUMN     "latest_message_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- Hand-written (Prisma cannot describe triggers or partial indexes; migrate-drift expects every
-- index created below).

-- Every case already sent: its newest message, or when it was sent if it has none.
UPDATE "cases" c SET "latest_message_at" = COALESCE(
  (SELECT max(m."created_at") FROM "case_messages" m WHERE m."case_id" = c."id"),
  c."submitted_at");

-- A new case starts at when it was sent, whatever the insert says: its messages come after.
CREATE FUNCTION "cases_latest_message_at_start"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."latest_message_at" := NEW."submitted_at";
  RETURN NEW;
END
$$;
CREATE TRIGGER "cases_latest_message_at_start" BEFORE INSERT ON "cases"
  FOR EACH ROW EXECUTE FUNCTION "cases_latest_message_at_start"();

-- Every message raises its case's time, in the statement (and so the transaction) that writes
-- it, whoever writes it: once per statement and case, so a bulk insert costs one update a case.
-- The condition is evaluated again on a row another transaction changed meanwhile, so two
-- messages at once leave the later time.
CREATE FUNCTION "case_messages_raise_latest"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "cases" c SET "latest_message_at" = m.at
  FROM (SELECT "case_id", max("created_at") AS at FROM "new_messages"
        WHERE "case_id" IS NOT NULL GROUP BY "case_id") m
  WHERE c."id" = m."case_id" AND c."latest_message_at" < m.at;
  RETURN NULL;
END
$$;
CREATE TRIGGER "case_messages_raise_latest" AFTER INSERT ON "case_messages"
  REFERENCING NEW TABLE AS "new_messages"
  FOR EACH STATEMENT EXECUTE FUNCTION "case_messages_raise_latest"();

-- The inbox folder and the archive: a person's cases walked backwards in (latest message, id)
-- order and stopped after a page, whatever else is in the table.
CREATE INDEX "cases_inbox_idx" ON "cases"("subject_person_id", "latest_message_at", "id")
  WHERE "archived_at" IS NULL;
CREATE INDEX "cases_archive_idx" ON "cases"("subject_person_id", "latest_message_at", "id")
  WHERE "archived_at" IS NOT NULL;

-- The messages that are not about a case (notices) beside them: few per person, found without
-- walking the person's case messages.
CREATE INDEX "case_messages_notices_idx" ON "case_messages"("recipient_person_id", "created_at", "id")
  WHERE "case_id" IS NULL;
