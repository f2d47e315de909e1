-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "extractorVersion" TEXT;

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "dateConfidence" DOUBLE PRECISION,
ADD COLUMN     "dateInferred" BOOLEAN NOT NULL DEFAULT false;

-- Dates stored before inference were all written or taken from the publication date: sure ones.
UPDATE "Event" SET "dateConfidence" = 1 WHERE date IS NOT NULL;
