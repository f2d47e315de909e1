-- A directive's events in a date range ("events citing 144-QĐ/TW in 2019") were read by fetching
-- every event citing the directive and testing its date: 16,525 events for 1,472 answers at
-- 100,000 articles (49,600 buffers). A citation now carries its event's first and last day, and
-- one index range of (directive, event start) holds the answers, the end day and the event id
-- read from the index alone. Triggers keep the copy equal to the event's dates, whoever writes
-- (ingestion, reextract, the edit mutations); a bulk load that turns triggers off writes it itself.

-- AlterTable
ALTER TABLE "Citation" ADD COLUMN     "eventDateEnd" DATE,
ADD COLUMN     "eventDateStart" DATE;

UPDATE "Citation" c SET "eventDateStart" = e."dateStart", "eventDateEnd" = e."dateEnd"
FROM "Event" e WHERE e.id = c."eventId";

-- CreateIndex
CREATE INDEX "Citation_directiveId_eventDateStart_eventDateEnd_eventId_idx" ON "Citation"("directiveId", "eventDateStart", "eventDateEnd", "eventId");

-- A citation takes its event's dates when written or moved to another event.
CREATE FUNCTION citation_event_dates() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."eventId" IS NULL THEN
    NEW."eventDateStart" := NULL;
    NEW."eventDateEnd" := NULL;
  ELSE
    SELECT e."dateStart", e."dateEnd" INTO NEW."eventDateStart", NEW."eventDateEnd"
    FROM "Event" e WHERE e.id = NEW."eventId";
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER citation_event_dates BEFORE INSERT OR UPDATE OF "eventId", "eventDateStart", "eventDateEnd"
ON "Citation" FOR EACH ROW EXECUTE FUNCTION citation_event_dates();

-- An event's new dates go to the citations of it.
CREATE FUNCTION event_dates_to_citations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Citation" SET "eventDateStart" = NEW."dateStart", "eventDateEnd" = NEW."dateEnd"
  WHERE "eventId" = NEW.id;
  RETURN NULL;
END
$$;

CREATE TRIGGER event_dates_to_citations AFTER UPDATE OF "dateStart", "dateEnd" ON "Event" FOR EACH ROW
WHEN (OLD."dateStart" IS DISTINCT FROM NEW."dateStart" OR OLD."dateEnd" IS DISTINCT FROM NEW."dateEnd")
EXECUTE FUNCTION event_dates_to_citations();
