-- Hand-written (Prisma cannot describe partial indexes; migrate-drift expects the index below,
-- see prisma/tools/hand-written-indexes.ts).

-- The citizen's unread count (InboxRepository.unreadCount): the predicate is the query's, so
-- the count is an index-only scan over the citizen's unread inbox messages alone, however many
-- read ones the citizen has. Small: most messages are read.
CREATE INDEX "case_messages_unread_idx" ON "case_messages"("recipient_person_id") WHERE "read_at" IS NULL AND "archived_at" IS NULL AND "author_kind" <> 'CITIZEN';
