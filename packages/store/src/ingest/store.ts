import { type Extraction, ExtractionSchema, isBareDirectiveKey } from '@vanban/core'
import type { Prisma, PrismaClient } from '../generated/prisma/client.ts'
import { articleIdentity, dateBounds, eventIdentity, extractionHash, nameKey, searchKey } from './keys.ts'
import { withConflictRetry } from './retry.ts'

// A directive known only by its code: an extraction writes its key as core's bare key
// (`party:TW:NQ:35`); a hand-built extraction may write the code itself.
function isBare(key: string, code: string): boolean {
  return key === code || isBareDirectiveKey(key)
}

type Tx = Prisma.TransactionClient

/** The write steps of one article's transaction, in order. */
export type IngestStep = 'article' | 'organizations' | 'people' | 'directives' | 'events' | 'links'

/** Options of `ingestExtraction`. */
export interface IngestOptions {
  /**
   * Called inside the transaction after each write step; throwing from it rolls the whole
   * article back (tests use it to inject a failure half-way).
   */
  afterStep?: (step: IngestStep) => void | Promise<void>
}

/** A stored record and whether this ingest created it (`false`: it matched an existing one). */
export interface StoredRef {
  readonly id: number
  readonly key: string
  readonly created: boolean
}

/** What ingesting one article did. */
export type IngestResult =
  | {
      readonly status: 'new' | 'updated' | 'unchanged'
      readonly articleId: number
      readonly identity: string
      readonly directives: StoredRef[]
      readonly events: StoredRef[]
      readonly organizations: StoredRef[]
      readonly people: StoredRef[]
      /** Facts that could not be stored, and why (the rest of the article was). */
      readonly warnings: string[]
    }
  | { readonly status: 'failed'; readonly identity: string | null; readonly reason: string }

/**
 * Stores one extraction in one transaction: the article (by URL, else by the hash of its text),
 * its directives (by canonical key; a bare code joins the one directive with that code), events
 * (one event for every article reporting the same kind, organiser and date), organisations and
 * people (by folded name), and the citations, reports, participations and relations between
 * them. The same extraction again changes nothing (`unchanged`); a changed one replaces the
 * article's links (`updated`). Conflicts with concurrent ingests are retried; any other failure
 * rolls the article back and comes back as `failed` with its reason.
 */
export async function ingestExtraction(
  prisma: PrismaClient,
  extraction: Extraction,
  options: IngestOptions = {},
): Promise<IngestResult> {
  const parsed = ExtractionSchema.safeParse(extraction)
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    return { status: 'failed', identity: null, reason: `invalid extraction: ${issues.slice(0, 5).join('; ')}` }
  }
  const identity = articleIdentity(parsed.data.article)
  const hash = extractionHash(parsed.data)
  const codes = directiveCodes(parsed.data)
  try {
    return await withConflictRetry(async () => {
      const seen = await lookAhead(prisma, identity, codes)
      if (seen.hash === hash) return unchangedResult(seen.articleId, identity)
      const plan: Plan = { identity, hash, codes, exclusive: codesToCreate(parsed.data, seen.directives) }
      return prisma.$transaction((tx) => storeArticle(tx, parsed.data, plan, options), {
        maxWait: 60_000,
        timeout: 120_000,
      })
    })
  } catch (error) {
    return { status: 'failed', identity, reason: error instanceof Error ? error.message : String(error) }
  }
}

/** What one attempt at storing an article works from. */
interface Plan {
  readonly identity: string
  readonly hash: string
  /** Every directive code the extraction lists, cites or relates, sorted. */
  readonly codes: string[]
  /** Codes for which this article creates a directive, locked exclusively; the rest shared. */
  readonly exclusive: Set<string>
}

function unchangedResult(articleId: number, identity: string): IngestResult {
  return {
    status: 'unchanged',
    articleId,
    identity,
    directives: [],
    events: [],
    organizations: [],
    people: [],
    warnings: [],
  }
}

// A row another transaction committed after this statement's snapshot was taken: the statement
// neither inserted nor saw it. The whole article is tried again, when it will be seen.
function conflict(what: string): Error {
  return Object.assign(new Error(`${what} was stored by a concurrent ingest; retrying`), { code: '40001' })
}

function directiveCodes(extraction: Extraction): string[] {
  return [
    ...new Set([
      ...extraction.directives.map((d) => d.code),
      ...extraction.relations.flatMap((r) => [r.from, r.to]),
      ...extraction.citations.map((c) => c.directive),
    ]),
  ].sort()
}

interface LookAhead {
  readonly articleId: number
  readonly hash: string | null
  readonly directives: { key: string; code: string }[]
}

/**
 * One read before any transaction: the stored article's extraction hash (an unchanged article
 * needs nothing more) and the stored directives with the article's codes (which codes it will
 * create, so that only those are locked exclusively).
 */
async function lookAhead(prisma: PrismaClient, identity: string, codes: string[]): Promise<LookAhead> {
  const rows = await prisma.$queryRawUnsafe<{ id: number; a: string; b: string }[]>(
    `SELECT id, "extractionHash" AS a, '' AS b FROM "Article" WHERE identity = $1
     UNION ALL SELECT 0, key, code FROM "Directive" WHERE code = ANY($2::text[])`,
    identity,
    codes,
  )
  let article: { id: number; hash: string } | null = null
  const directives: { key: string; code: string }[] = []
  for (const row of rows) {
    if (row.id === 0) directives.push({ key: row.a, code: row.b })
    else article = { id: row.id, hash: row.a }
  }
  return { articleId: article?.id ?? 0, hash: article?.hash ?? null, directives }
}

// A code whose directives this article only reads or fills in can be shared with concurrent
// ingests; creating a directive (and absorbing a bare one) needs the code to itself. Stored
// directives only ever gain full keys, so a code found complete here is still complete once locked.
function codesToCreate(extraction: Extraction, stored: readonly { key: string; code: string }[]): Set<string> {
  const keys = new Set(stored.map((row) => row.key))
  const codes = new Set(stored.map((row) => row.code))
  return new Set(
    extraction.directives
      .filter((d) => (isBare(d.key, d.code) ? !codes.has(d.code) : !keys.has(d.key)))
      .map((d) => d.code),
  )
}

async function storeArticle(tx: Tx, extraction: Extraction, plan: Plan, options: IngestOptions): Promise<IngestResult> {
  const step = async (name: IngestStep) => {
    await options.afterStep?.(name)
  }
  const warnings: string[] = []
  const article = await writeArticle(tx, extraction, plan)
  if (article.status === 'unchanged') return unchangedResult(article.id, plan.identity)
  await step('article')

  const shared = await upsertShared(tx, extraction, plan)
  await step('organizations')
  await step('people')
  const directives = await resolveDirectives(tx, extraction, plan, shared.directives, warnings)
  await step('directives')
  await step('events')
  await insertLinks(tx, extraction, article.id, { directives, events: shared.events, people: shared.people }, warnings)
  if (article.previousEvents.length > 0) await deleteOrphanEvents(tx, article.previousEvents)
  await step('links')

  return {
    status: article.status,
    articleId: article.id,
    identity: plan.identity,
    directives: unique(directives.byCode.values()),
    events: unique(shared.events.values()),
    organizations: unique(shared.organizations.values()),
    people: unique(shared.people.values()),
    warnings,
  }
}

function unique(refs: Iterable<StoredRef>): StoredRef[] {
  return [...new Map([...refs].map((ref) => [ref.id, ref])).values()]
}

type ArticleWrite =
  | { status: 'new' | 'updated'; id: number; previousEvents: number[] }
  | { status: 'unchanged'; id: number }

/**
 * Takes the article's directive-code locks, then inserts the article, in one statement; an
 * existing article is compared by extraction hash and, when changed, updated with its links
 * removed.
 */
async function writeArticle(tx: Tx, extraction: Extraction, plan: Plan): Promise<ArticleWrite> {
  const a = extraction.article
  const published = dateBounds(a.publishedAt)
  const values = [
    plan.identity,
    a.url,
    a.source,
    a.title,
    a.byline,
    a.publishedAt,
    published.start,
    published.end,
    a.text,
    a.body,
    a.captions,
    a.contentHash,
    plan.hash,
    searchKey(a.title, ...a.body),
  ]
  // Locks are taken in code order, so concurrent ingests do not deadlock on them. ON CONFLICT DO
  // NOTHING waits for a concurrent insert of the same article to commit, so two ingests of one
  // article never both count it as new.
  const inserted = await tx.$queryRawUnsafe<{ id: number }[]>(
    `WITH locks AS (
       SELECT count(CASE WHEN c.x THEN pg_advisory_xact_lock(hashtext('vanban.directive:' || c.code))::text
         ELSE pg_advisory_xact_lock_shared(hashtext('vanban.directive:' || c.code))::text END) AS n
       FROM jsonb_to_recordset($1::jsonb -> 'locks') AS c(code text, x boolean))
     INSERT INTO "Article" (identity, url, source, title, byline, "publishedAt", "publishedStart", "publishedEnd",
       text, body, captions, "contentHash", "extractionHash", "searchKey", "updatedAt")
     SELECT a.identity, a.url, a.source, a.title, a.byline, a."publishedAt", a."publishedStart"::date,
       a."publishedEnd"::date, a.text, ARRAY(SELECT jsonb_array_elements_text(a.body)),
       ARRAY(SELECT jsonb_array_elements_text(a.captions)), a."contentHash", a."extractionHash", a."searchKey", now()
     FROM locks, jsonb_to_record($1::jsonb -> 'article') AS a(identity text, url text, source text, title text, byline text,
       "publishedAt" text, "publishedStart" text, "publishedEnd" text, text text, body jsonb, captions jsonb,
       "contentHash" text, "extractionHash" text, "searchKey" text)
     ON CONFLICT (identity) DO NOTHING RETURNING id`,
    JSON.stringify({
      locks: plan.codes.map((code) => ({ code, x: plan.exclusive.has(code) })),
      article: {
        identity: plan.identity,
        url: a.url,
        source: a.source,
        title: a.title,
        byline: a.byline,
        publishedAt: a.publishedAt,
        publishedStart: published.start,
        publishedEnd: published.end,
        text: a.text,
        body: a.body,
        captions: a.captions,
        contentHash: a.contentHash,
        extractionHash: plan.hash,
        searchKey: values[13],
      },
    }),
  )
  if (inserted[0] !== undefined) return { status: 'new', id: inserted[0].id, previousEvents: [] }

  const [existing] = await tx.$queryRawUnsafe<{ id: number; extractionHash: string }[]>(
    `SELECT id, "extractionHash" FROM "Article" WHERE identity = $1 FOR UPDATE`,
    plan.identity,
  )
  if (existing === undefined) throw new Error(`article ${plan.identity} vanished while being stored`)
  if (existing.extractionHash === plan.hash) return { status: 'unchanged', id: existing.id }

  // The article's links are replaced wholesale; the records they point to stay.
  const previous = await tx.$queryRawUnsafe<{ eventId: number }[]>(
    `WITH a AS (
       UPDATE "Article" SET url = $2, source = $3, title = $4, byline = $5, "publishedAt" = $6, "publishedStart" = $7::date,
         "publishedEnd" = $8::date, text = $9, body = $10::text[], captions = $11::text[], "contentHash" = $12,
         "extractionHash" = $13, "searchKey" = $14, "updatedAt" = now()
       WHERE identity = $1 AND id = $15),
     c AS (DELETE FROM "Citation" WHERE "articleId" = $15),
     p AS (DELETE FROM "Participation" WHERE "articleId" = $15),
     r AS (DELETE FROM "DirectiveRelation" WHERE "articleId" = $15)
     DELETE FROM "EventReport" WHERE "articleId" = $15 RETURNING "eventId"`,
    ...values,
    existing.id,
  )
  return { status: 'updated', id: existing.id, previousEvents: previous.map((row) => row.eventId) }
}

// Rows written in one statement are deduplicated and sorted by key, so that concurrent ingests
// lock shared rows in the same order and do not deadlock.
function byKey<T>(rows: Iterable<readonly [string, T]>): [string, T][] {
  return [...new Map(rows)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}

interface DirectiveRow {
  id: number
  key: string
  code: string
}

interface SharedRecords {
  readonly organizations: Map<string, StoredRef>
  readonly people: Map<string, StoredRef>
  /** By the extraction's event id. */
  readonly events: Map<string, StoredRef>
  /** The stored directives with the article's codes, newest first. */
  readonly directives: DirectiveRow[]
}

/**
 * Organisations, people and events in one statement: each inserted when absent (a row that exists
 * is only locked when it has a missing field this article fills), and the directives with the
 * article's codes read, under the locks the article statement took. Existing directives the
 * article knows more about are filled in too.
 */
async function upsertShared(tx: Tx, extraction: Extraction, plan: Plan): Promise<SharedRecords> {
  const named = [
    ...extraction.organizations.map((o) => [nameKey(o.name), { name: o.name, kind: o.kind as string }] as const),
    ...extraction.events.flatMap((e) =>
      e.organizer === null ? [] : [[nameKey(e.organizer), { name: e.organizer, kind: 'other' }] as const],
    ),
  ]
  // The listed organisation (with its kind) wins over the bare organiser name of an event.
  const orgs = byKey(named.reverse().filter(([key]) => key !== ''))
  const names = [...extraction.people.map((p) => p.name), ...extraction.participations.map((p) => p.person)]
  const people = byKey(names.map((name) => [nameKey(name), name] as [string, string]).reverse()).filter(
    ([key]) => key !== '',
  )
  const events = byKey(extraction.events.map((e) => [eventIdentity(e, plan.identity), e] as const))
  // Only full keys are filled in: a bare code listed again names whichever directive it joined.
  const fills = byKey(extraction.directives.filter((d) => !isBare(d.key, d.code)).map((d) => [d.key, d] as const))

  const rows = await tx.$queryRawUnsafe<
    { t: string; id: number; key: string; code: string | null; created: boolean; ord: number }[]
  >(
    `WITH
     o_in AS (SELECT * FROM jsonb_to_recordset($1::jsonb -> 'o') AS u(name text, key text, kind text, sk text)),
     o_new AS (INSERT INTO "Organization" (name, "nameKey", kind, "searchKey") SELECT name, key, kind, sk FROM o_in
       ON CONFLICT ("nameKey") DO NOTHING RETURNING id, "nameKey"),
     o_fill AS (UPDATE "Organization" o SET kind = i.kind FROM o_in i
       WHERE o."nameKey" = i.key AND o.kind = 'other' AND i.kind <> 'other' RETURNING o.id),
     o_all AS (SELECT id, "nameKey" AS key, true AS created FROM o_new
       UNION ALL SELECT o.id, o."nameKey", false FROM "Organization" o JOIN o_in i ON o."nameKey" = i.key),
     p_in AS (SELECT * FROM jsonb_to_recordset($1::jsonb -> 'p') AS u(name text, key text, sk text)),
     p_new AS (INSERT INTO "Person" (name, "nameKey", "searchKey") SELECT name, key, sk FROM p_in
       ON CONFLICT ("nameKey") DO NOTHING RETURNING id, "nameKey"),
     p_all AS (SELECT id, "nameKey" AS key, true AS created FROM p_new
       UNION ALL SELECT p.id, p."nameKey", false FROM "Person" p JOIN p_in i ON p."nameKey" = i.key),
     e_in AS (SELECT u.*, (SELECT id FROM o_all WHERE o_all.key = u.okey) AS oid
       FROM jsonb_to_recordset($1::jsonb -> 'e') AS u(identity text, kind text, title text, date text, ds text, de text,
         pod text, loc text, okey text, sk text)),
     e_new AS (INSERT INTO "Event" (identity, kind, title, date, "dateStart", "dateEnd", "partOfDay", location,
         "organizerId", "searchKey", "updatedAt")
       SELECT identity, kind, title, date, ds::date, de::date, pod, loc, oid, sk, now() FROM e_in
       ON CONFLICT (identity) DO NOTHING RETURNING id, identity),
     e_fill AS (UPDATE "Event" e SET
         title = COALESCE(e.title, i.title),
         "partOfDay" = COALESCE(e."partOfDay", i.pod),
         location = COALESCE(e.location, i.loc),
         "organizerId" = COALESCE(e."organizerId", i.oid),
         "searchKey" = CASE WHEN e.title IS NULL AND i.title IS NOT NULL THEN i.sk ELSE e."searchKey" END,
         "updatedAt" = now()
       FROM e_in i WHERE e.identity = i.identity AND ((e.title IS NULL AND i.title IS NOT NULL)
         OR (e."partOfDay" IS NULL AND i.pod IS NOT NULL) OR (e.location IS NULL AND i.loc IS NOT NULL)
         OR (e."organizerId" IS NULL AND i.oid IS NOT NULL))
       RETURNING e.id),
     e_all AS (SELECT id, identity AS key, true AS created FROM e_new
       UNION ALL SELECT e.id, e.identity, false FROM "Event" e JOIN e_in i ON e.identity = i.identity),
     d_in AS (SELECT * FROM jsonb_to_recordset($1::jsonb -> 'd') AS u(key text, io text, ist text, ien text, ib text,
       ti text, inf boolean, sk text)),
     d_fill AS (UPDATE "Directive" d SET
         "issuedOn" = COALESCE(d."issuedOn", i.io),
         "issuedStart" = COALESCE(d."issuedStart", i.ist::date),
         "issuedEnd" = COALESCE(d."issuedEnd", i.ien::date),
         "issuingBody" = COALESCE(d."issuingBody", i.ib),
         title = COALESCE(d.title, i.ti),
         inferred = d.inferred AND i.inf,
         "searchKey" = CASE WHEN d.title IS NULL AND i.ti IS NOT NULL THEN i.sk ELSE d."searchKey" END,
         "updatedAt" = now()
       FROM d_in i WHERE d.key = i.key AND ((d."issuedOn" IS NULL AND i.io IS NOT NULL)
         OR (d."issuedStart" IS NULL AND i.ist IS NOT NULL) OR (d."issuedEnd" IS NULL AND i.ien IS NOT NULL)
         OR (d."issuingBody" IS NULL AND i.ib IS NOT NULL) OR (d.title IS NULL AND i.ti IS NOT NULL)
         OR (d.inferred AND NOT i.inf))
       RETURNING d.id)
     SELECT 'o' AS t, id, key, NULL AS code, created, 0 AS ord FROM o_all
     UNION ALL SELECT 'p', id, key, NULL, created, 0 FROM p_all
     UNION ALL SELECT 'e', id, key, NULL, created, 0 FROM e_all
     UNION ALL SELECT 'd', id, key, code, false,
       (row_number() OVER (ORDER BY "issuedStart" DESC NULLS LAST, id DESC))::int
       FROM "Directive" WHERE code IN (SELECT jsonb_array_elements_text($1::jsonb -> 'codes'))`,
    // One JSON parameter: the driver adapters take far longer over many array parameters.
    JSON.stringify({
      o: orgs.map(([key, o]) => ({ name: o.name, key, kind: o.kind, sk: searchKey(o.name) })),
      p: people.map(([key, name]) => ({ name, key, sk: searchKey(name) })),
      e: events.map(([identity, e]) => {
        const date = dateBounds(e.date)
        return {
          identity,
          kind: e.kind,
          title: e.title,
          date: e.date,
          ds: date.start,
          de: date.end,
          pod: e.partOfDay,
          loc: e.location,
          okey: e.organizer === null ? null : nameKey(e.organizer),
          sk: searchKey(e.title, e.organizer, e.location),
        }
      }),
      d: fills.map(([key, d]) => {
        const issued = dateBounds(d.issuedOn)
        return {
          key,
          io: d.issuedOn,
          ist: issued.start,
          ien: issued.end,
          ib: d.issuingBody,
          ti: d.title,
          inf: d.inferred,
          sk: searchKey(d.code, d.title, d.issuingBody),
        }
      }),
      codes: plan.codes,
    }),
  )
  const organizations = new Map<string, StoredRef>()
  const persons = new Map<string, StoredRef>()
  const byIdentity = new Map<string, StoredRef>()
  const directives: (DirectiveRow & { ord: number })[] = []
  for (const row of rows) {
    const ref = { id: row.id, key: row.key, created: row.created }
    if (row.t === 'o') organizations.set(row.key, ref)
    else if (row.t === 'p') persons.set(row.key, ref)
    else if (row.t === 'e') byIdentity.set(row.key, ref)
    else directives.push({ id: row.id, key: row.key, code: row.code ?? '', ord: row.ord })
  }
  if (orgs.some(([key]) => !organizations.has(key))) throw conflict('an organisation')
  if (people.some(([key]) => !persons.has(key))) throw conflict('a person')
  if (events.some(([key]) => !byIdentity.has(key))) throw conflict('an event')
  const byEventId = new Map<string, StoredRef>()
  for (const e of extraction.events) {
    const ref = byIdentity.get(eventIdentity(e, plan.identity))
    if (ref !== undefined) byEventId.set(e.id, ref)
  }
  directives.sort((a, b) => a.ord - b.ord)
  return { organizations, people: persons, events: byEventId, directives }
}

interface ResolvedDirectives {
  /** By canonical code as the extraction's citations and relations write it. */
  readonly byCode: Map<string, StoredRef>
  /** Codes attached to the newest of several directives carrying them. */
  readonly ambiguous: Set<string>
}

/**
 * Finds or creates each directive of the extraction. A directive known by its full key (code plus
 * date or term) is stored under that key. A bare code (key = code) joins the one stored directive
 * with that code; with several, the newest, and its citations are marked ambiguous; with none, it
 * is stored under the bare code, and joins the first full-key directive that arrives later.
 * Creating directives of a code is serialized across ingests by an exclusive transaction advisory
 * lock; reading them takes the same lock shared.
 */
async function resolveDirectives(
  tx: Tx,
  extraction: Extraction,
  plan: Plan,
  existing: DirectiveRow[],
  warnings: string[],
): Promise<ResolvedDirectives> {
  const byCode = new Map<string, StoredRef>()
  const ambiguous = new Set<string>()
  if (plan.codes.length === 0) return { byCode, ambiguous }
  const candidates = (code: string) => existing.filter((row) => row.code === code)
  const keys = new Set(existing.map((row) => row.key))

  const listed = byKey(extraction.directives.map((d) => [d.key, d] as const))
  const toCreate = listed.filter(([key, d]) => (isBare(key, d.code) ? candidates(d.code).length === 0 : !keys.has(key)))
  // The look-ahead found these codes complete; a directive of theirs vanished since, so try again.
  if (toCreate.some(([, d]) => !plan.exclusive.has(d.code))) throw conflict('a directive')
  const created =
    toCreate.length === 0
      ? []
      : await tx.$queryRawUnsafe<(DirectiveRow & { created: boolean })[]>(
          `INSERT INTO "Directive" (key, code, system, type, number, year, "issuerCode", "issuedOn", "issuedStart",
             "issuedEnd", "issuingBody", title, inferred, "searchKey", "updatedAt")
           SELECT k, c, s, t, n, y, ic, io, ist::date, ien::date, ib, ti, inf, sk, now()
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[], $8::text[],
             $9::text[], $10::text[], $11::text[], $12::text[], $13::boolean[], $14::text[])
             AS u(k, c, s, t, n, y, ic, io, ist, ien, ib, ti, inf, sk)
           RETURNING id, key, code, true AS created`,
          ...directiveColumns(toCreate.map(([, d]) => d)),
        )
  for (const row of created) {
    if (!isBare(row.key, row.code)) await absorbBareDirective(tx, row, existing)
  }
  const createdKeys = new Set(created.map((row) => row.key))
  for (const [key, d] of listed) {
    if (isBare(key, d.code) && !createdKeys.has(key)) continue
    const row = created.find((r) => r.key === key) ?? existing.find((r) => r.key === key)
    if (row !== undefined) byCode.set(d.code, { id: row.id, key: row.key, created: createdKeys.has(key) })
  }
  for (const code of plan.codes) {
    if (byCode.has(code)) continue
    const full = candidates(code).filter((row) => !isBare(row.key, row.code))
    const found = full.length > 0 ? full : candidates(code)
    const chosen = found[0]
    if (chosen === undefined) {
      warnings.push(
        `directive ${code} is cited or related but neither listed in the extraction nor stored; its links were skipped`,
      )
      continue
    }
    if (full.length > 1) ambiguous.add(code)
    byCode.set(code, { id: chosen.id, key: chosen.key, created: false })
  }
  return { byCode, ambiguous }
}

function directiveColumns(directives: Extraction['directives']): unknown[][] {
  const issued = directives.map((d) => dateBounds(d.issuedOn))
  return [
    directives.map((d) => d.key),
    directives.map((d) => d.code),
    directives.map((d) => d.system),
    directives.map((d) => d.type),
    directives.map((d) => d.number),
    directives.map((d) => d.year),
    directives.map((d) => d.issuerCode),
    directives.map((d) => d.issuedOn),
    issued.map((i) => i.start),
    issued.map((i) => i.end),
    directives.map((d) => d.issuingBody),
    directives.map((d) => d.title),
    directives.map((d) => d.inferred),
    directives.map((d) => searchKey(d.code, d.title, d.issuingBody)),
  ]
}

// A directive first stored under its bare code becomes the full-key directive once that is the
// only one with the code, so the order in which articles arrive does not change the result.
async function absorbBareDirective(tx: Tx, full: DirectiveRow, existing: DirectiveRow[]): Promise<void> {
  const bare = existing.find((row) => row.code === full.code && isBare(row.key, row.code))
  const others = existing.filter((row) => row.code === full.code && !isBare(row.key, row.code) && row.id !== full.id)
  if (bare === undefined || others.length > 0) return
  await tx.$executeRawUnsafe(`UPDATE "Citation" SET "directiveId" = $1 WHERE "directiveId" = $2`, full.id, bare.id)
  for (const column of ['fromId', 'toId']) {
    await tx.$executeRawUnsafe(
      `UPDATE "DirectiveRelation" r SET "${column}" = $1 WHERE r."${column}" = $2 AND NOT EXISTS (
         SELECT 1 FROM "DirectiveRelation" o WHERE o.type = r.type AND o."articleId" = r."articleId"
           AND o."fromId" = CASE WHEN $3 = 'fromId' THEN $1 ELSE r."fromId" END
           AND o."toId" = CASE WHEN $3 = 'toId' THEN $1 ELSE r."toId" END)`,
      full.id,
      bare.id,
      column,
    )
  }
  await tx.$executeRawUnsafe(`DELETE FROM "Directive" WHERE id = $1`, bare.id)
}

async function insertLinks(
  tx: Tx,
  extraction: Extraction,
  articleId: number,
  stored: { directives: ResolvedDirectives; events: Map<string, StoredRef>; people: Map<string, StoredRef> },
  warnings: string[],
): Promise<void> {
  const eventOf = (id: string | null) => (id === null ? null : (stored.events.get(id)?.id ?? null))

  const reports = new Map<number, Prisma.EventReportCreateManyInput>()
  for (const e of extraction.events) {
    const eventId = eventOf(e.id)
    if (eventId === null || reports.has(eventId)) continue
    reports.set(eventId, {
      articleId,
      eventId,
      spanStart: e.provenance?.span.start ?? null,
      spanEnd: e.provenance?.span.end ?? null,
      sentence: e.provenance?.sentence ?? null,
      confidence: e.provenance?.confidence ?? null,
    })
  }

  const citations: Prisma.CitationCreateManyInput[] = []
  const cited = new Set<string>()
  for (const c of extraction.citations) {
    const directive = stored.directives.byCode.get(c.directive)
    if (directive === undefined) continue
    const eventId = eventOf(c.event)
    cited.add(`${eventId}|${directive.id}`)
    citations.push({
      articleId,
      eventId,
      directiveId: directive.id,
      verb: c.verb,
      inferred: c.inferred,
      ambiguous: stored.directives.ambiguous.has(c.directive),
      spanStart: c.provenance.span.start,
      spanEnd: c.provenance.span.end,
      sentence: c.provenance.sentence,
      confidence: c.provenance.confidence,
    })
  }
  // An event's directives without a citation of their own are cited from the event's sentence.
  for (const e of extraction.events) {
    const eventId = eventOf(e.id)
    for (const code of e.directives) {
      const directive = stored.directives.byCode.get(code)
      if (eventId === null || directive === undefined || cited.has(`${eventId}|${directive.id}`)) continue
      cited.add(`${eventId}|${directive.id}`)
      citations.push({
        articleId,
        eventId,
        directiveId: directive.id,
        verb: 'mentions',
        inferred: false,
        ambiguous: stored.directives.ambiguous.has(code),
        spanStart: e.provenance?.span.start ?? 0,
        spanEnd: e.provenance?.span.end ?? 0,
        sentence: e.provenance?.sentence ?? '',
        confidence: e.provenance?.confidence ?? 0,
      })
    }
  }

  const participations = new Map<string, Prisma.ParticipationCreateManyInput & { roles: string[] }>()
  for (const p of extraction.participations) {
    const person = stored.people.get(nameKey(p.person))
    const eventId = eventOf(p.event)
    if (person === undefined || eventId === null) {
      warnings.push(
        `participation of ${p.person} in event ${p.event} names an unknown ${person === undefined ? 'person' : 'event'}`,
      )
      continue
    }
    const key = `${person.id}|${eventId}`
    const seen = participations.get(key)
    if (seen !== undefined) {
      seen.roles = [...new Set([...seen.roles, ...p.roles])]
      continue
    }
    participations.set(key, {
      personId: person.id,
      eventId,
      articleId,
      roles: p.roles,
      spanStart: p.provenance?.span.start ?? null,
      spanEnd: p.provenance?.span.end ?? null,
      sentence: p.provenance?.sentence ?? null,
      confidence: p.provenance?.confidence ?? null,
    })
  }

  const relations = new Map<string, Prisma.DirectiveRelationCreateManyInput>()
  for (const r of extraction.relations) {
    const from = stored.directives.byCode.get(r.from)
    const to = stored.directives.byCode.get(r.to)
    if (from === undefined || to === undefined) continue
    const key = `${from.id}|${r.type}|${to.id}`
    if (relations.has(key)) continue
    relations.set(key, {
      fromId: from.id,
      toId: to.id,
      type: r.type,
      articleId,
      spanStart: r.provenance?.span.start ?? null,
      spanEnd: r.provenance?.span.end ?? null,
      sentence: r.provenance?.sentence ?? null,
      confidence: r.provenance?.confidence ?? null,
    })
  }
  if (reports.size + citations.length + participations.size + relations.size === 0) return
  // One statement for every link of the article, the rows of each table as a JSON array in one parameter.
  await tx.$executeRawUnsafe(
    `WITH r AS (INSERT INTO "EventReport" ("articleId", "eventId", "spanStart", "spanEnd", sentence, confidence)
       SELECT "articleId", "eventId", "spanStart", "spanEnd", sentence, confidence
       FROM jsonb_to_recordset($1::jsonb -> 'r') AS x("articleId" int, "eventId" int, "spanStart" int, "spanEnd" int,
         sentence text, confidence float8)),
     c AS (INSERT INTO "Citation" ("articleId", "eventId", "directiveId", verb, inferred, ambiguous, "spanStart", "spanEnd",
         sentence, confidence)
       SELECT "articleId", "eventId", "directiveId", verb, inferred, ambiguous, "spanStart", "spanEnd", sentence, confidence
       FROM jsonb_to_recordset($1::jsonb -> 'c') AS x("articleId" int, "eventId" int, "directiveId" int, verb text, inferred boolean,
         ambiguous boolean, "spanStart" int, "spanEnd" int, sentence text, confidence float8)),
     p AS (INSERT INTO "Participation" ("personId", "eventId", "articleId", roles, "spanStart", "spanEnd", sentence, confidence)
       SELECT "personId", "eventId", "articleId", ARRAY(SELECT jsonb_array_elements_text(roles)), "spanStart", "spanEnd",
         sentence, confidence
       FROM jsonb_to_recordset($1::jsonb -> 'p') AS x("personId" int, "eventId" int, "articleId" int, roles jsonb, "spanStart" int,
         "spanEnd" int, sentence text, confidence float8))
     INSERT INTO "DirectiveRelation" ("fromId", "toId", type, "articleId", "spanStart", "spanEnd", sentence, confidence)
     SELECT "fromId", "toId", type, "articleId", "spanStart", "spanEnd", sentence, confidence
     FROM jsonb_to_recordset($1::jsonb -> 'd') AS x("fromId" int, "toId" int, type text, "articleId" int, "spanStart" int,
       "spanEnd" int, sentence text, confidence float8)`,
    JSON.stringify({
      r: [...reports.values()],
      c: citations,
      p: [...participations.values()],
      d: [...relations.values()],
    }),
  )
}

// Events an updated article no longer reports, and nobody else does, go. The rows are locked
// first so that a concurrent ingest adding a report to one of them is seen before deciding.
async function deleteOrphanEvents(tx: Tx, eventIds: number[]): Promise<void> {
  await tx.$queryRawUnsafe(`SELECT id FROM "Event" WHERE id = ANY($1::int[]) ORDER BY id FOR UPDATE`, eventIds)
  await tx.$executeRawUnsafe(
    `DELETE FROM "Event" e WHERE e.id = ANY($1::int[]) AND NOT EXISTS (SELECT 1 FROM "EventReport" r WHERE r."eventId" = e.id)`,
    eventIds,
  )
}
