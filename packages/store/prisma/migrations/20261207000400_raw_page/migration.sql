-- CreateTable
CREATE TABLE "RawPage" (
    "id" SERIAL NOT NULL,
    "url" TEXT NOT NULL,
    "finalUrl" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "headers" JSONB NOT NULL,
    "body" BYTEA NOT NULL,
    "bodyEncoding" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "fetchedAt" TIMESTAMP(3) NOT NULL,
    "checkedAt" TIMESTAMP(3) NOT NULL,
    "fetches" INTEGER NOT NULL DEFAULT 1,
    "notModified" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RawPage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RawPage_url_key" ON "RawPage"("url");

-- CreateIndex
CREATE INDEX "RawPage_checkedAt_idx" ON "RawPage"("checkedAt");
