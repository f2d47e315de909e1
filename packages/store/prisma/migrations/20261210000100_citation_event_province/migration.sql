-- A directive's events counted per province (`coverage`, `stats` by PROVINCE) read every event
-- citing it: at 1,000,000 articles the busiest directive's 117,201 events took 3.4 s, most of it
-- heap pages of "Event". A citation now carries its event's province beside its dates, the last
-- column of the (directive, event start, event end, event) index, so those counts are one index
-- range read alone. The triggers of citation_event_dates copy it as they copy the dates.

-- DropIndex
DROP INDEX "Citation_directiveId_eventDateStart_eventDateEnd_eventId_idx";

-- AlterTable
ALTER TABLE "Citation" ADD COLUMN     "eventProvinceCode" TEXT;

UPDATE "Citation" c SET "eventProvinceCode" = e."provinceCode"
FROM "Event" e WHERE e.id = c."eventId" AND e."provinceCode" IS NOT NULL;

-- CreateIndex
CREATE INDEX "Citation_directiveId_eventDateStart_eventDateEnd_eventId_ev_idx" ON "Citation"("directiveId", "eventDateStart", "eventDateEnd", "eventId", "eventProvinceCode");

-- A citation takes its event's dates and province when written or moved to another event.
CREATE OR REPLACE FUNCTION citation_event_dates() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."eventId" IS NULL THEN
    NEW."eventDateStart" := NULL;
    NEW."eventDateEnd" := NULL;
    NEW."eventProvinceCode" := NULL;
  ELSE
    SELECT e."dateStart", e."dateEnd", e."provinceCode"
    INTO NEW."eventDateStart", NEW."eventDateEnd", NEW."eventProvinceCode"
    FROM "Event" e WHERE e.id = NEW."eventId";
  END IF;
  RETURN NEW;
END
$$;

DROP TRIGGER citation_event_dates ON "Citation";
CREATE TRIGGER citation_event_dates
BEFORE INSERT OR UPDATE OF "eventId", "eventDateStart", "eventDateEnd", "eventProvinceCode"
ON "Citation" FOR EACH ROW EXECUTE FUNCTION citation_event_dates();

-- An event's new dates or province go to the citations of it.
CREATE OR REPLACE FUNCTION event_dates_to_citations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Citation"
  SET "eventDateStart" = NEW."dateStart", "eventDateEnd" = NEW."dateEnd", "eventProvinceCode" = NEW."provinceCode"
  WHERE "eventId" = NEW.id;
  RETURN NULL;
END
$$;

DROP TRIGGER event_dates_to_citations ON "Event";
CREATE TRIGGER event_dates_to_citations AFTER UPDATE OF "dateStart", "dateEnd", "provinceCode" ON "Event" FOR EACH ROW
WHEN (OLD."dateStart" IS DISTINCT FROM NEW."dateStart" OR OLD."dateEnd" IS DISTINCT FROM NEW."dateEnd"
  OR OLD."provinceCode" IS DISTINCT FROM NEW."provinceCode")
EXECUTE FUNCTION event_dates_to_citations();
