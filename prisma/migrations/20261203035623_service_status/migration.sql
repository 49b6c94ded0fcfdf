-- CreateEnum
CREATE TYPE "ServiceAnnouncementKind" AS ENUM ('DISTURBANCE', 'MAINTENANCE');

-- CreateEnum
CREATE TYPE "ServiceSurface" AS ENUM ('CITIZEN', 'STAFF', 'NOTIFICATIONS');

-- AlterTable
ALTER TABLE "notification_outbox" ADD COLUMN     "service_announcement_id" UUID,
ADD COLUMN     "service_announcement_update_id" UUID,
ADD COLUMN     "service_status_subscription_id" UUID;

-- CreateTable
CREATE TABLE "service_announcements" (
    "id" UUID NOT NULL,
    "kind" "ServiceAnnouncementKind" NOT NULL,
    "affected" "ServiceSurface"[],
    "title_sv" TEXT NOT NULL,
    "title_en" TEXT NOT NULL,
    "body_sv" TEXT NOT NULL,
    "body_en" TEXT NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3),
    "published_at" TIMESTAMPTZ(3) NOT NULL,
    "created_by_staff_id" UUID NOT NULL,

    CONSTRAINT "service_announcements_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_announcement_updates" (
    "id" UUID NOT NULL,
    "announcement_id" UUID NOT NULL,
    "text_sv" TEXT NOT NULL,
    "text_en" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "created_by_staff_id" UUID NOT NULL,

    CONSTRAINT "service_announcement_updates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_status_subscriptions" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "confirm_salt" TEXT NOT NULL,
    "confirm_token_hash" TEXT NOT NULL,
    "unsubscribe_salt" TEXT NOT NULL,
    "unsubscribe_token_hash" TEXT NOT NULL,
    "confirm_requested_at" TIMESTAMPTZ(3) NOT NULL,
    "confirmed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "service_status_subscriptions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "service_announcements_ends_at_starts_at_idx" ON "service_announcements"("ends_at", "starts_at");

-- CreateIndex
CREATE INDEX "service_announcement_updates_announcement_id_at_idx" ON "service_announcement_updates"("announcement_id", "at");

-- CreateIndex
CREATE UNIQUE INDEX "service_status_subscriptions_email_key" ON "service_status_subscriptions"("email");

-- CreateIndex
CREATE UNIQUE INDEX "service_status_subscriptions_confirm_token_hash_key" ON "service_status_subscriptions"("confirm_token_hash");

-- CreateIndex
CREATE UNIQUE INDEX "service_status_subscriptions_unsubscribe_token_hash_key" ON "service_status_subscriptions"("unsubscribe_token_hash");

-- CreateIndex
CREATE INDEX "service_status_subscriptions_confirmed_at_idx" ON "service_status_subscriptions"("confirmed_at");

-- CreateIndex
CREATE INDEX "notification_outbox_service_status_subscription_id_idx" ON "notification_outbox"("service_status_subscription_id");

-- AddForeignKey
ALTER TABLE "notification_outbox" ADD CONSTRAINT "notification_outbox_service_status_subscription_id_fkey" FOREIGN KEY ("service_status_subscription_id") REFERENCES "service_status_subscriptions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification_outbox" ADD CONSTRAINT "notification_outbox_service_announcement_id_fkey" FOREIGN KEY ("service_announcement_id") REFERENCES "service_announcements"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification_outbox" ADD CONSTRAINT "notification_outbox_service_announcement_update_id_fkey" FOREIGN KEY ("service_announcement_update_id") REFERENCES "service_announcement_updates"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_announcements" ADD CONSTRAINT "service_announcements_created_by_staff_id_fkey" FOREIGN KEY ("created_by_staff_id") REFERENCES "staff_members"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_announcement_updates" ADD CONSTRAINT "service_announcement_updates_announcement_id_fkey" FOREIGN KEY ("announcement_id") REFERENCES "service_announcements"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_announcement_updates" ADD CONSTRAINT "service_announcement_updates_created_by_staff_id_fkey" FOREIGN KEY ("created_by_staff_id") REFERENCES "staff_members"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Integrity the schema language cannot state.
ALTER TABLE "service_announcements"
  ADD CONSTRAINT "service_announcements_ends_after_starts" CHECK ("ends_at" IS NULL OR "ends_at" > "starts_at"),
  ADD CONSTRAINT "service_announcements_affects_something" CHECK (cardinality("affected") >= 1),
  ADD CONSTRAINT "service_announcements_texts_present" CHECK (
    length(btrim("title_sv")) > 0 AND length(btrim("title_en")) > 0 AND
    length(btrim("body_sv")) > 0 AND length(btrim("body_en")) > 0);
ALTER TABLE "service_announcement_updates"
  ADD CONSTRAINT "service_announcement_updates_texts_present" CHECK (
    length(btrim("text_sv")) > 0 AND length(btrim("text_en")) > 0);
ALTER TABLE "service_status_subscriptions"
  ADD CONSTRAINT "service_status_subscriptions_email_normalised" CHECK ("email" = lower(btrim("email"))),
  ADD CONSTRAINT "service_status_subscriptions_locale" CHECK ("locale" IN ('sv', 'en')),
  ADD CONSTRAINT "service_status_subscriptions_confirmed_after_asked" CHECK (
    "confirmed_at" IS NULL OR "confirmed_at" >= "created_at");
-- A notification goes to exactly one of a person, a staff member or a driftstatus subscriber;
-- a driftstatus mail always names its subscription, and the update it carries belongs to the
-- announcement it carries.
ALTER TABLE "notification_outbox"
  DROP CONSTRAINT "notification_outbox_one_recipient",
  ADD CONSTRAINT "notification_outbox_one_recipient"
    CHECK (num_nonnulls("person_id", "staff_member_id", "service_status_subscription_id") = 1),
  ADD CONSTRAINT "notification_outbox_service_status_recipient" CHECK (
    ("service_announcement_id" IS NULL AND "service_announcement_update_id" IS NULL)
    OR "service_status_subscription_id" IS NOT NULL),
  ADD CONSTRAINT "notification_outbox_service_status_update_has_announcement" CHECK (
    "service_announcement_update_id" IS NULL OR "service_announcement_id" IS NOT NULL);
