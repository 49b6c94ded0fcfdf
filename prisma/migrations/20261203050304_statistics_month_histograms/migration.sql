-- CreateTable
CREATE TABLE "stats_duration_months" (
    "month" DATE NOT NULL,
    "scope" TEXT NOT NULL,
    "scope_id" UUID NOT NULL,
    "case_type_id" UUID NOT NULL,
    "measure" SMALLINT NOT NULL,
    "bucket" SMALLINT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "stats_duration_months_pkey" PRIMARY KEY ("scope","scope_id","case_type_id","measure","month","bucket")
);

-- CreateTable
CREATE TABLE "stats_months" (
    "month" DATE NOT NULL,
    "computed_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "stats_months_pkey" PRIMARY KEY ("month")
);

ALTER TABLE "stats_duration_months"
  ADD CONSTRAINT "stats_duration_months_cell"
  CHECK ("scope" IN ('NATIONAL', 'REGION', 'CLINIC') AND "measure" BETWEEN 0 AND 3
         AND "bucket" >= 0 AND "count" > 0);
