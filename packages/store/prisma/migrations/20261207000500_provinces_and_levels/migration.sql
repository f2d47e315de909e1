-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "provinceCode" TEXT,
ADD COLUMN     "provinceConfidence" DOUBLE PRECISION,
ADD COLUMN     "provinceSource" TEXT;

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "level" TEXT,
ADD COLUMN     "provinceCode" TEXT,
ADD COLUMN     "provinceConfidence" DOUBLE PRECISION;

-- CreateIndex
CREATE INDEX "Event_provinceCode_idx" ON "Event"("provinceCode");

-- CreateIndex
CREATE INDEX "Organization_level_idx" ON "Organization"("level");

-- CreateIndex
CREATE INDEX "Organization_provinceCode_idx" ON "Organization"("provinceCode");
