-- CreateEnum
CREATE TYPE "IdentityNumberKind" AS ENUM ('PERSONNUMMER', 'SAMORDNINGSNUMMER', 'RESERVNUMMER');

-- CreateEnum
CREATE TYPE "CustodyKind" AS ENUM ('JOINT', 'SOLE');

-- CreateEnum
CREATE TYPE "StaffRole" AS ENUM ('CASE_RECEIVER', 'CAREGIVER', 'CLINIC_ADMIN', 'AUDITOR', 'REGION_ADMIN');

-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('CITIZEN', 'STAFF');

-- CreateEnum
CREATE TYPE "CaseTypeKind" AS ENUM ('CANCEL_REBOOK_APPOINTMENT', 'REQUEST_APPOINTMENT', 'REQUEST_CERTIFICATE', 'ORDER_RECORD_COPY', 'CUSTOM', 'ASK_NURSE', 'EXTEND_SICK_LEAVE', 'RENEW_PRESCRIPTION', 'RENEW_AIDS', 'CONTACT_ME', 'ADVICE');

-- CreateEnum
CREATE TYPE "CaseTypeVersionStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'RETIRED');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('NEW', 'ASSIGNED', 'ANSWERED', 'WAITING_FOR_CITIZEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "MessageAuthorKind" AS ENUM ('CITIZEN', 'STAFF', 'SYSTEM');

-- CreateEnum
CREATE TYPE "MessageKind" AS ENUM ('CASE_SUBMITTED', 'ANSWER', 'PARTIAL_ANSWER', 'COUNTER_QUESTION', 'CITIZEN_REPLY', 'SYSTEM_NOTICE');

-- CreateEnum
CREATE TYPE "CaseEventKind" AS ENUM ('SUBMITTED', 'ASSIGNED', 'REASSIGNED', 'STATUS_CHANGED', 'MESSAGE_ADDED', 'NOTE_ADDED', 'CLOSED');

-- CreateEnum
CREATE TYPE "NotificationChannel" AS ENUM ('EMAIL', 'SMS');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "regions" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "hsa_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "regions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "clinics" (
    "id" UUID NOT NULL,
    "region_id" UUID NOT NULL,
    "hsa_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "street" TEXT NOT NULL,
    "postcode" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "municipality" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "email" TEXT,
    "opening_hours" JSONB NOT NULL,
    "description_sv" TEXT,
    "description_en" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "clinics_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "persons" (
    "id" UUID NOT NULL,
    "identity_number" TEXT NOT NULL,
    "identity_number_kind" "IdentityNumberKind" NOT NULL,
    "birth_date" DATE NOT NULL,
    "given_name" TEXT,
    "family_name" TEXT,
    "protected_identity" BOOLEAN NOT NULL DEFAULT false,
    "deceased_on" DATE,
    "municipality" TEXT,
    "registered_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "persons_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "guardianships" (
    "id" UUID NOT NULL,
    "guardian_id" UUID NOT NULL,
    "child_id" UUID NOT NULL,
    "custody" "CustodyKind" NOT NULL,
    "valid_from" DATE NOT NULL,
    "valid_to" DATE,

    CONSTRAINT "guardianships_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "staff_members" (
    "id" UUID NOT NULL,
    "hsa_id" TEXT NOT NULL,
    "given_name" TEXT NOT NULL,
    "family_name" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "email" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "staff_members_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "staff_assignments" (
    "id" UUID NOT NULL,
    "staff_member_id" UUID NOT NULL,
    "clinic_id" UUID,
    "region_id" UUID,
    "roles" "StaffRole"[],
    "valid_from" DATE NOT NULL,
    "valid_to" DATE,

    CONSTRAINT "staff_assignments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "citizen_accounts" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "first_login_at" TIMESTAMPTZ(3),
    "last_login_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "citizen_accounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "staff_accounts" (
    "id" UUID NOT NULL,
    "staff_member_id" UUID NOT NULL,
    "last_login_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "staff_accounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "terms_acceptances" (
    "id" UUID NOT NULL,
    "actor_kind" "ActorKind" NOT NULL,
    "actor_id" UUID NOT NULL,
    "terms_version" TEXT NOT NULL,
    "accepted_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "terms_acceptances_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sessions" (
    "id" UUID NOT NULL,
    "actor_kind" "ActorKind" NOT NULL,
    "actor_id" UUID NOT NULL,
    "assignment_id" UUID,
    "acting_for_person_id" UUID,
    "auth_method" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "last_activity_at" TIMESTAMPTZ(3) NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),
    "revoked_reason" TEXT,

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "login_transactions" (
    "id" UUID NOT NULL,
    "actor_kind" "ActorKind" NOT NULL,
    "state" TEXT NOT NULL,
    "nonce" TEXT NOT NULL,
    "return_to" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "consumed_at" TIMESTAMPTZ(3),

    CONSTRAINT "login_transactions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_types" (
    "id" UUID NOT NULL,
    "kind" "CaseTypeKind" NOT NULL,
    "key" TEXT NOT NULL,
    "name_sv" TEXT NOT NULL,
    "name_en" TEXT,
    "owner_clinic_id" UUID,
    "owner_region_id" UUID,
    "national" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "archived_at" TIMESTAMPTZ(3),

    CONSTRAINT "case_types_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_type_versions" (
    "id" UUID NOT NULL,
    "case_type_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "status" "CaseTypeVersionStatus" NOT NULL,
    "definition" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "published_at" TIMESTAMPTZ(3),
    "created_by" UUID,

    CONSTRAINT "case_type_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "region_offerings" (
    "region_id" UUID NOT NULL,
    "case_type_id" UUID NOT NULL,
    "offered_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "region_offerings_pkey" PRIMARY KEY ("region_id","case_type_id")
);

-- CreateTable
CREATE TABLE "clinic_case_types" (
    "id" UUID NOT NULL,
    "clinic_id" UUID NOT NULL,
    "case_type_id" UUID NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "options" JSONB NOT NULL,
    "terms_sv" TEXT,
    "terms_en" TEXT,
    "available_for_proxy" BOOLEAN NOT NULL DEFAULT true,
    "attachments_allowed" BOOLEAN NOT NULL DEFAULT false,
    "expected_response_days" INTEGER NOT NULL DEFAULT 3,
    "notice_sv" TEXT,
    "notice_en" TEXT,
    "closed_from" DATE,
    "closed_to" DATE,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "clinic_case_types_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cases" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "clinic_id" UUID NOT NULL,
    "case_type_version_id" UUID NOT NULL,
    "subject_person_id" UUID NOT NULL,
    "sender_person_id" UUID NOT NULL,
    "idempotency_key" TEXT NOT NULL,
    "status" "CaseStatus" NOT NULL,
    "answers" JSONB NOT NULL,
    "assigned_staff_id" UUID,
    "submitted_at" TIMESTAMPTZ(3) NOT NULL,
    "last_event_at" TIMESTAMPTZ(3) NOT NULL,
    "closed_at" TIMESTAMPTZ(3),
    "archived_at" TIMESTAMPTZ(3),
    "revision" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "cases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_messages" (
    "id" UUID NOT NULL,
    "case_id" UUID,
    "recipient_person_id" UUID NOT NULL,
    "author_kind" "MessageAuthorKind" NOT NULL,
    "author_person_id" UUID,
    "author_staff_id" UUID,
    "on_behalf_of_person_id" UUID,
    "kind" "MessageKind" NOT NULL,
    "body" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "read_at" TIMESTAMPTZ(3),
    "archived_at" TIMESTAMPTZ(3),
    "dedupe_key" TEXT,

    CONSTRAINT "case_messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_events" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "kind" "CaseEventKind" NOT NULL,
    "actor_kind" "ActorKind" NOT NULL,
    "actor_person_id" UUID,
    "actor_staff_id" UUID,
    "actor_role" "StaffRole",
    "from_status" "CaseStatus",
    "to_status" "CaseStatus",
    "details" JSONB,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "case_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_assignments" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "staff_member_id" UUID NOT NULL,
    "assigned_by_staff_id" UUID NOT NULL,
    "assigned_at" TIMESTAMPTZ(3) NOT NULL,
    "ended_at" TIMESTAMPTZ(3),

    CONSTRAINT "case_assignments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "internal_notes" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "author_staff_id" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "internal_notes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "attachments" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "message_id" UUID,
    "file_name" TEXT NOT NULL,
    "media_type" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "attachments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_drafts" (
    "id" UUID NOT NULL,
    "clinic_id" UUID NOT NULL,
    "case_type_version_id" UUID NOT NULL,
    "subject_person_id" UUID NOT NULL,
    "sender_person_id" UUID NOT NULL,
    "answers" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "case_drafts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "standard_answers" (
    "id" UUID NOT NULL,
    "clinic_id" UUID NOT NULL,
    "case_type_id" UUID,
    "title_sv" TEXT NOT NULL,
    "text_sv" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "standard_answers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "proxy_links" (
    "id" UUID NOT NULL,
    "guardian_person_id" UUID NOT NULL,
    "child_person_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "ended_at" TIMESTAMPTZ(3),
    "ended_reason" TEXT,

    CONSTRAINT "proxy_links_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification_settings" (
    "id" UUID NOT NULL,
    "citizen_account_id" UUID NOT NULL,
    "email" TEXT,
    "mobile" TEXT,
    "notify_by_email" BOOLEAN NOT NULL DEFAULT false,
    "notify_by_sms" BOOLEAN NOT NULL DEFAULT false,
    "updated_by_person_id" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "notification_settings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification_outbox" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "channel" "NotificationChannel" NOT NULL,
    "address" TEXT NOT NULL,
    "template_key" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "status" "OutboxStatus" NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "sent_at" TIMESTAMPTZ(3),
    "last_error" TEXT,

    CONSTRAINT "notification_outbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "access_log" (
    "id" BIGSERIAL NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "staff_member_id" UUID NOT NULL,
    "staff_hsa_id" TEXT NOT NULL,
    "role" "StaffRole" NOT NULL,
    "clinic_id" UUID,
    "region_id" UUID,
    "case_id" UUID,
    "patient_person_id" UUID,
    "action" TEXT NOT NULL,
    "request_id" TEXT,

    CONSTRAINT "access_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "regions_code_key" ON "regions"("code");

-- CreateIndex
CREATE UNIQUE INDEX "regions_hsa_id_key" ON "regions"("hsa_id");

-- CreateIndex
CREATE UNIQUE INDEX "clinics_hsa_id_key" ON "clinics"("hsa_id");

-- CreateIndex
CREATE INDEX "clinics_region_id_idx" ON "clinics"("region_id");

-- CreateIndex
CREATE INDEX "clinics_city_idx" ON "clinics"("city");

-- CreateIndex
CREATE UNIQUE INDEX "persons_identity_number_key" ON "persons"("identity_number");

-- CreateIndex
CREATE INDEX "guardianships_child_id_idx" ON "guardianships"("child_id");

-- CreateIndex
CREATE UNIQUE INDEX "guardianships_guardian_id_child_id_key" ON "guardianships"("guardian_id", "child_id");

-- CreateIndex
CREATE UNIQUE INDEX "staff_members_hsa_id_key" ON "staff_members"("hsa_id");

-- CreateIndex
CREATE INDEX "staff_assignments_clinic_id_idx" ON "staff_assignments"("clinic_id");

-- CreateIndex
CREATE INDEX "staff_assignments_region_id_idx" ON "staff_assignments"("region_id");

-- CreateIndex
CREATE UNIQUE INDEX "staff_assignments_staff_member_id_clinic_id_region_id_key" ON "staff_assignments"("staff_member_id", "clinic_id", "region_id");

-- CreateIndex
CREATE UNIQUE INDEX "citizen_accounts_person_id_key" ON "citizen_accounts"("person_id");

-- CreateIndex
CREATE UNIQUE INDEX "staff_accounts_staff_member_id_key" ON "staff_accounts"("staff_member_id");

-- CreateIndex
CREATE UNIQUE INDEX "terms_acceptances_actor_kind_actor_id_terms_version_key" ON "terms_acceptances"("actor_kind", "actor_id", "terms_version");

-- CreateIndex
CREATE INDEX "sessions_actor_kind_actor_id_idx" ON "sessions"("actor_kind", "actor_id");

-- CreateIndex
CREATE UNIQUE INDEX "login_transactions_state_key" ON "login_transactions"("state");

-- CreateIndex
CREATE UNIQUE INDEX "case_types_key_owner_clinic_id_key" ON "case_types"("key", "owner_clinic_id");

-- CreateIndex
CREATE UNIQUE INDEX "case_type_versions_case_type_id_version_key" ON "case_type_versions"("case_type_id", "version");

-- CreateIndex
CREATE UNIQUE INDEX "clinic_case_types_clinic_id_case_type_id_key" ON "clinic_case_types"("clinic_id", "case_type_id");

-- CreateIndex
CREATE UNIQUE INDEX "cases_reference_key" ON "cases"("reference");

-- CreateIndex
CREATE INDEX "cases_clinic_id_status_submitted_at_id_idx" ON "cases"("clinic_id", "status", "submitted_at" DESC, "id");

-- CreateIndex
CREATE INDEX "cases_subject_person_id_last_event_at_id_idx" ON "cases"("subject_person_id", "last_event_at" DESC, "id");

-- CreateIndex
CREATE INDEX "cases_assigned_staff_id_status_last_event_at_id_idx" ON "cases"("assigned_staff_id", "status", "last_event_at" DESC, "id");

-- CreateIndex
CREATE INDEX "cases_last_event_at_idx" ON "cases"("last_event_at");

-- CreateIndex
CREATE UNIQUE INDEX "cases_sender_person_id_idempotency_key_key" ON "cases"("sender_person_id", "idempotency_key");

-- CreateIndex
CREATE INDEX "case_messages_recipient_person_id_created_at_id_idx" ON "case_messages"("recipient_person_id", "created_at" DESC, "id");

-- CreateIndex
CREATE INDEX "case_messages_case_id_created_at_idx" ON "case_messages"("case_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "case_messages_recipient_person_id_dedupe_key_key" ON "case_messages"("recipient_person_id", "dedupe_key");

-- CreateIndex
CREATE INDEX "case_events_case_id_occurred_at_idx" ON "case_events"("case_id", "occurred_at");

-- CreateIndex
CREATE INDEX "case_assignments_case_id_idx" ON "case_assignments"("case_id");

-- CreateIndex
CREATE INDEX "case_assignments_staff_member_id_idx" ON "case_assignments"("staff_member_id");

-- CreateIndex
CREATE INDEX "internal_notes_case_id_created_at_idx" ON "internal_notes"("case_id", "created_at");

-- CreateIndex
CREATE INDEX "attachments_case_id_idx" ON "attachments"("case_id");

-- CreateIndex
CREATE INDEX "case_drafts_sender_person_id_updated_at_idx" ON "case_drafts"("sender_person_id", "updated_at" DESC);

-- CreateIndex
CREATE INDEX "standard_answers_clinic_id_case_type_id_idx" ON "standard_answers"("clinic_id", "case_type_id");

-- CreateIndex
CREATE INDEX "proxy_links_guardian_person_id_idx" ON "proxy_links"("guardian_person_id");

-- CreateIndex
CREATE INDEX "proxy_links_child_person_id_idx" ON "proxy_links"("child_person_id");

-- CreateIndex
CREATE UNIQUE INDEX "notification_settings_citizen_account_id_key" ON "notification_settings"("citizen_account_id");

-- CreateIndex
CREATE INDEX "notification_outbox_status_created_at_idx" ON "notification_outbox"("status", "created_at");

-- CreateIndex
CREATE INDEX "access_log_clinic_id_occurred_at_idx" ON "access_log"("clinic_id", "occurred_at");

-- CreateIndex
CREATE INDEX "access_log_patient_person_id_occurred_at_idx" ON "access_log"("patient_person_id", "occurred_at");

-- CreateIndex
CREATE INDEX "access_log_staff_member_id_occurred_at_idx" ON "access_log"("staff_member_id", "occurred_at");

-- AddForeignKey
ALTER TABLE "clinics" ADD CONSTRAINT "clinics_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "guardianships" ADD CONSTRAINT "guardianships_guardian_id_fkey" FOREIGN KEY ("guardian_id") REFERENCES "persons"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "guardianships" ADD CONSTRAINT "guardianships_child_id_fkey" FOREIGN KEY ("child_id") REFERENCES "persons"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_assignments" ADD CONSTRAINT "staff_assignments_staff_member_id_fkey" FOREIGN KEY ("staff_member_id") REFERENCES "staff_members"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_assignments" ADD CONSTRAINT "staff_assignments_clinic_id_fkey" FOREIGN KEY ("clinic_id") REFERENCES "clinics"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_assignments" ADD CONSTRAINT "staff_assignments_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "regions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citizen_accounts" ADD CONSTRAINT "citizen_accounts_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_accounts" ADD CONSTRAINT "staff_accounts_staff_member_id_fkey" FOREIGN KEY ("staff_member_id") REFERENCES "staff_members"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_assignment_id_fkey" FOREIGN KEY ("assignment_id") REFERENCES "staff_assignments"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_types" ADD CONSTRAINT "case_types_owner_clinic_id_fkey" FOREIGN KEY ("owner_clinic_id") REFERENCES "clinics"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_types" ADD CONSTRAINT "case_types_owner_region_id_fkey" FOREIGN KEY ("owner_region_id") REFERENCES "regions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_type_versions" ADD CONSTRAINT "case_type_versions_case_type_id_fkey" FOREIGN KEY ("case_type_id") REFERENCES "case_types"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "region_offerings" ADD CONSTRAINT "region_offerings_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "regions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "region_offerings" ADD CONSTRAINT "region_offerings_case_type_id_fkey" FOREIGN KEY ("case_type_id") REFERENCES "case_types"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "clinic_case_types" ADD CONSTRAINT "clinic_case_types_clinic_id_fkey" FOREIGN KEY ("clinic_id") REFERENCES "clinics"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "clinic_case_types" ADD CONSTRAINT "clinic_case_types_case_type_id_fkey" FOREIGN KEY ("case_type_id") REFERENCES "case_types"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_clinic_id_fkey" FOREIGN KEY ("clinic_id") REFERENCES "clinics"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_case_type_version_id_fkey" FOREIGN KEY ("case_type_version_id") REFERENCES "case_type_versions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_messages" ADD CONSTRAINT "case_messages_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_assignments" ADD CONSTRAINT "case_assignments_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "internal_notes" ADD CONSTRAINT "internal_notes_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_drafts" ADD CONSTRAINT "case_drafts_clinic_id_fkey" FOREIGN KEY ("clinic_id") REFERENCES "clinics"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_drafts" ADD CONSTRAINT "case_drafts_case_type_version_id_fkey" FOREIGN KEY ("case_type_version_id") REFERENCES "case_type_versions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "standard_answers" ADD CONSTRAINT "standard_answers_clinic_id_fkey" FOREIGN KEY ("clinic_id") REFERENCES "clinics"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification_settings" ADD CONSTRAINT "notification_settings_citizen_account_id_fkey" FOREIGN KEY ("citizen_account_id") REFERENCES "citizen_accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;
