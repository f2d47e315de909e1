-- Keyset pages: ORDER BY <date> DESC NULLS LAST, id DESC (undated records last in both
-- directions) can only walk an index built in that order, which schema.prisma cannot spell
-- (no NULLS in @@index), so NULLS LAST is written here by hand; the schema engine does not diff it.

-- DropIndex
DROP INDEX "Article_publishedStart_idx";

-- DropIndex
DROP INDEX "Citation_articleId_idx";

-- DropIndex
DROP INDEX "Citation_directiveId_idx";

-- DropIndex
DROP INDEX "Citation_eventId_idx";

-- DropIndex
DROP INDEX "Directive_issuedStart_idx";

-- DropIndex
DROP INDEX "Event_dateStart_idx";

-- DropIndex
DROP INDEX "Event_organizerId_idx";

-- DropIndex
DROP INDEX "Participation_eventId_idx";

-- CreateIndex
CREATE INDEX "Article_publishedStart_id_idx" ON "Article"("publishedStart", "id");

-- CreateIndex
CREATE INDEX "Article_publishedStart_desc_id_idx" ON "Article"("publishedStart" DESC NULLS LAST, "id" DESC);

-- CreateIndex
CREATE INDEX "Citation_articleId_directiveId_idx" ON "Citation"("articleId", "directiveId");

-- CreateIndex
CREATE INDEX "Citation_eventId_directiveId_idx" ON "Citation"("eventId", "directiveId");

-- CreateIndex
CREATE INDEX "Citation_directiveId_eventId_idx" ON "Citation"("directiveId", "eventId");

-- CreateIndex
CREATE INDEX "Citation_directiveId_articleId_idx" ON "Citation"("directiveId", "articleId");

-- CreateIndex
CREATE INDEX "Directive_issuedStart_desc_id_idx" ON "Directive"("issuedStart" DESC NULLS LAST, "id" DESC);

-- CreateIndex
CREATE INDEX "Event_dateStart_id_idx" ON "Event"("dateStart", "id");

-- CreateIndex
CREATE INDEX "Event_dateStart_desc_id_idx" ON "Event"("dateStart" DESC NULLS LAST, "id" DESC);

-- CreateIndex
CREATE INDEX "Event_organizerId_dateStart_desc_id_idx" ON "Event"("organizerId", "dateStart" DESC NULLS LAST, "id" DESC);

-- CreateIndex
CREATE INDEX "Organization_name_id_idx" ON "Organization"("name", "id");

-- CreateIndex
CREATE INDEX "Participation_eventId_personId_idx" ON "Participation"("eventId", "personId");

-- CreateIndex
CREATE INDEX "Person_name_id_idx" ON "Person"("name", "id");
