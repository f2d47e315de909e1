-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateTable
CREATE TABLE "Article" (
    "id" SERIAL NOT NULL,
    "identity" TEXT NOT NULL,
    "url" TEXT,
    "source" TEXT,
    "title" TEXT,
    "byline" TEXT,
    "publishedAt" TEXT,
    "publishedStart" DATE,
    "publishedEnd" DATE,
    "text" TEXT NOT NULL,
    "body" TEXT[],
    "captions" TEXT[],
    "contentHash" TEXT NOT NULL,
    "extractionHash" TEXT NOT NULL,
    "searchKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Directive" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "system" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "year" INTEGER,
    "issuerCode" TEXT NOT NULL,
    "issuedOn" TEXT,
    "issuedStart" DATE,
    "issuedEnd" DATE,
    "issuingBody" TEXT,
    "title" TEXT,
    "inferred" BOOLEAN NOT NULL DEFAULT false,
    "searchKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Directive_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "searchKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "searchKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" SERIAL NOT NULL,
    "identity" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT,
    "date" TEXT,
    "dateStart" DATE,
    "dateEnd" DATE,
    "partOfDay" TEXT,
    "location" TEXT,
    "organizerId" INTEGER,
    "searchKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventReport" (
    "articleId" INTEGER NOT NULL,
    "eventId" INTEGER NOT NULL,
    "spanStart" INTEGER,
    "spanEnd" INTEGER,
    "sentence" TEXT,
    "confidence" DOUBLE PRECISION,

    CONSTRAINT "EventReport_pkey" PRIMARY KEY ("articleId","eventId")
);

-- CreateTable
CREATE TABLE "Citation" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "eventId" INTEGER,
    "directiveId" INTEGER NOT NULL,
    "verb" TEXT NOT NULL,
    "inferred" BOOLEAN NOT NULL,
    "ambiguous" BOOLEAN NOT NULL DEFAULT false,
    "spanStart" INTEGER NOT NULL,
    "spanEnd" INTEGER NOT NULL,
    "sentence" TEXT NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "Citation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DirectiveRelation" (
    "id" SERIAL NOT NULL,
    "fromId" INTEGER NOT NULL,
    "toId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "articleId" INTEGER NOT NULL,
    "spanStart" INTEGER,
    "spanEnd" INTEGER,
    "sentence" TEXT,
    "confidence" DOUBLE PRECISION,

    CONSTRAINT "DirectiveRelation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Participation" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "eventId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "roles" TEXT[],
    "spanStart" INTEGER,
    "spanEnd" INTEGER,
    "sentence" TEXT,
    "confidence" DOUBLE PRECISION,

    CONSTRAINT "Participation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Article_identity_key" ON "Article"("identity");

-- CreateIndex
CREATE INDEX "Article_publishedStart_idx" ON "Article"("publishedStart");

-- CreateIndex
CREATE INDEX "Article_publishedEnd_idx" ON "Article"("publishedEnd");

-- CreateIndex
CREATE INDEX "Article_searchKey_idx" ON "Article" USING GIN ("searchKey" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Directive_key_key" ON "Directive"("key");

-- CreateIndex
CREATE INDEX "Directive_code_idx" ON "Directive"("code");

-- CreateIndex
CREATE INDEX "Directive_type_idx" ON "Directive"("type");

-- CreateIndex
CREATE INDEX "Directive_issuerCode_idx" ON "Directive"("issuerCode");

-- CreateIndex
CREATE INDEX "Directive_issuedStart_idx" ON "Directive"("issuedStart");

-- CreateIndex
CREATE INDEX "Directive_searchKey_idx" ON "Directive" USING GIN ("searchKey" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Organization_nameKey_key" ON "Organization"("nameKey");

-- CreateIndex
CREATE INDEX "Organization_searchKey_idx" ON "Organization" USING GIN ("searchKey" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Person_nameKey_key" ON "Person"("nameKey");

-- CreateIndex
CREATE INDEX "Person_searchKey_idx" ON "Person" USING GIN ("searchKey" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Event_identity_key" ON "Event"("identity");

-- CreateIndex
CREATE INDEX "Event_kind_idx" ON "Event"("kind");

-- CreateIndex
CREATE INDEX "Event_dateStart_idx" ON "Event"("dateStart");

-- CreateIndex
CREATE INDEX "Event_dateEnd_idx" ON "Event"("dateEnd");

-- CreateIndex
CREATE INDEX "Event_organizerId_idx" ON "Event"("organizerId");

-- CreateIndex
CREATE INDEX "Event_searchKey_idx" ON "Event" USING GIN ("searchKey" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "EventReport_eventId_idx" ON "EventReport"("eventId");

-- CreateIndex
CREATE INDEX "Citation_articleId_idx" ON "Citation"("articleId");

-- CreateIndex
CREATE INDEX "Citation_eventId_idx" ON "Citation"("eventId");

-- CreateIndex
CREATE INDEX "Citation_directiveId_idx" ON "Citation"("directiveId");

-- CreateIndex
CREATE INDEX "DirectiveRelation_toId_idx" ON "DirectiveRelation"("toId");

-- CreateIndex
CREATE INDEX "DirectiveRelation_articleId_idx" ON "DirectiveRelation"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "DirectiveRelation_fromId_type_toId_articleId_key" ON "DirectiveRelation"("fromId", "type", "toId", "articleId");

-- CreateIndex
CREATE INDEX "Participation_eventId_idx" ON "Participation"("eventId");

-- CreateIndex
CREATE INDEX "Participation_articleId_idx" ON "Participation"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "Participation_personId_eventId_articleId_key" ON "Participation"("personId", "eventId", "articleId");

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_organizerId_fkey" FOREIGN KEY ("organizerId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventReport" ADD CONSTRAINT "EventReport_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventReport" ADD CONSTRAINT "EventReport_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_directiveId_fkey" FOREIGN KEY ("directiveId") REFERENCES "Directive"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DirectiveRelation" ADD CONSTRAINT "DirectiveRelation_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Directive"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DirectiveRelation" ADD CONSTRAINT "DirectiveRelation_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Directive"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DirectiveRelation" ADD CONSTRAINT "DirectiveRelation_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
