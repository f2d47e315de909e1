-- People were one per name key; a person is now one per name key and organisation context
-- (`identity`). Stored people keep their ids and take their name key as identity: it was unique,
-- and the organisation of their roles is folded by @vanban/core, which SQL cannot call. A mention
-- with no context joins such a person as the one stored person of its name.

-- DropIndex
DROP INDEX "Person_nameKey_key";

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "identity" TEXT;
UPDATE "Person" SET "identity" = "nameKey";
ALTER TABLE "Person" ALTER COLUMN "identity" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Person_identity_key" ON "Person"("identity");

-- CreateIndex
CREATE INDEX "Person_nameKey_idx" ON "Person"("nameKey");
