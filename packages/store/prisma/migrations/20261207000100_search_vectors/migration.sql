-- Full-text search over the folded text. Each searchable table gets a `searchVector` tsvector
-- GENERATED from columns the row already has, so every writer (ingestion, the edit mutations, a
-- bulk INSERT ... SELECT) fills it without code of its own; a GIN index serves `@@`. The 'simple'
-- configuration (no stemming, no stop words) over core's foldDiacritics text, since the query is
-- folded the same way in JavaScript. Articles weigh the title (A) over the lead (B) over the body
-- (C, all of `searchKey`); the other records' keys are short, all of them weighed as a title (A).
--
-- schema.prisma declares these columns `Unsupported("tsvector")?`: Prisma does not model
-- generated expressions, and its diff reads a generated column as a nullable column without a
-- default, which is what that declaration says, so `check:migrations` stays green.
--
-- Trigram similarity is kept for short keys only (directives, events, organisations, people and
-- article titles): the trigram index over whole article bodies goes.

-- DropIndex
DROP INDEX "Article_searchKey_idx";

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "leadKey" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "titleKey" TEXT NOT NULL DEFAULT '';

-- Stored articles: the folded title is the first words of `searchKey` (as many as the title has,
-- core's fold keeping letters, digits and ASCII punctuation as words); the lead is the next
-- 300 characters cut at a word. Ingestion writes both from core's foldDiacritics from now on.
UPDATE "Article" a SET "titleKey" = k.title, "leadKey" = k.lead
FROM (
  SELECT t.id, t.title,
    CASE WHEN length(t.rest) <= 300 THEN t.rest ELSE regexp_replace(left(t.rest, 301), '\s+\S*$', '') END AS lead
  FROM (
    SELECT w.id, w.title, ltrim(substr(w."searchKey", length(w.title) + 1)) AS rest
    FROM (
      SELECT id, "searchKey", array_to_string((string_to_array("searchKey", ' '))[1:coalesce(
        array_length(regexp_split_to_array(btrim(regexp_replace(coalesce(title, ''), '[^[:alnum:]!-/:-@[-`{-~]+', ' ', 'g')), ' +'), 1), 0)
        * (CASE WHEN btrim(coalesce(title, '')) = '' THEN 0 ELSE 1 END)], ' ') AS title
      FROM "Article") w) t) k
WHERE a.id = k.id;

ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple'::regconfig, "titleKey"), 'A')
  || setweight(to_tsvector('simple'::regconfig, "leadKey"), 'B')
  || setweight(to_tsvector('simple'::regconfig, "searchKey"), 'C')) STORED;

-- AlterTable
ALTER TABLE "Directive" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, "searchKey"), 'A')) STORED;

-- AlterTable
ALTER TABLE "Event" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, "searchKey"), 'A')) STORED;

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, "searchKey"), 'A')) STORED;

-- AlterTable
ALTER TABLE "Person" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, "searchKey"), 'A')) STORED;

-- CreateIndex
CREATE INDEX "Article_titleKey_idx" ON "Article" USING GIN ("titleKey" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Directive_searchVector_idx" ON "Directive" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Event_searchVector_idx" ON "Event" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Organization_searchVector_idx" ON "Organization" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Person_searchVector_idx" ON "Person" USING GIN ("searchVector");

-- search reads the newest matches of a common query first through the keyset indexes of the
-- next migration (`*_desc_id_idx`: date DESC NULLS LAST, id DESC), so the ranked window stops early.
