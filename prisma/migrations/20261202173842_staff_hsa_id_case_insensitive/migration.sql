-- Hand-written (Prisma cannot describe expression indexes; migrate-drift expects the index
-- below, see prisma/tools/hand-written-indexes.ts).

-- HSA-ids are matched without regard to case (LocalHsaCatalog.findByHsaId): this index answers
-- that lookup and keeps two staff members from holding ids that differ only in case.
CREATE UNIQUE INDEX "staff_members_hsa_id_upper_key" ON "staff_members"(upper("hsa_id"));
