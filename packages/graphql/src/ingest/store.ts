import { ExtractionSchema, type Extraction } from '@vanban/core'
import type { Prisma, PrismaClient } from '../generated/prisma/client.ts'
import { articleIdentity, dateBounds, eventIdentity, extractionHash, nameKey, searchKey } from './keys.ts'
import { withConflictRetry } from './retry.ts'

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
  try {
    return await withConflictRetry(() =>
      prisma.$transaction((tx) => storeArticle(tx, parsed.data, identity, options), {
        maxWait: 60_000,
        timeout: 120_000,
      }),
    )
  } catch (error) {
    return { status: 'failed', identity, reason: error instanceof Error ? error.message : String(error) }
  }
}

async function storeArticle(tx: Tx, extraction: Extraction, identity: string, options: IngestOptions): Promise<IngestResult> {
  const step = async (name: IngestStep) => {
    await options.afterStep?.(name)
  }
  const warnings: string[] = []
  const hash = extractionHash(extraction)
  const article = await upsertArticle(tx, extraction, identity, hash)
  if (article.status === 'unchanged') {
    return { status: 'unchanged', articleId: article.id, identity, directives: [], events: [], organizations: [], people: [], warnings }
  }
  await step('article')

  const organizations = await upsertOrganizations(tx, extraction)
  await step('organizations')
  const people = await upsertPeople(tx, extraction)
  await step('people')
  const directives = await resolveDirectives(tx, extraction, warnings)
  await step('directives')
  const events = await upsertEvents(tx, extraction, identity, organizations)
  await step('events')
  await insertLinks(tx, extraction, article.id, { directives, events, people }, warnings)
  if (article.previousEvents.length > 0) await deleteOrphanEvents(tx, article.previousEvents)
  await step('links')

  return {
    status: article.status,
    articleId: article.id,
    identity,
    directives: unique(directives.byCode.values()),
    events: unique(events.values()),
    organizations: unique(organizations.values()),
    people: unique(people.values()),
    warnings,
  }
}

function unique(refs: Iterable<StoredRef>): StoredRef[] {
  return [...new Map([...refs].map((ref) => [ref.id, ref])).values()]
}

type ArticleWrite = { status: 'new' | 'updated'; id: number; previousEvents: number[] } | { status: 'unchanged'; id: number }

async function upsertArticle(tx: Tx, extraction: Extraction, identity: string, hash: string): Promise<ArticleWrite> {
  const a = extraction.article
  const published = dateBounds(a.publishedAt)
  const values = [
    identity,
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
    hash,
    searchKey(a.title, ...a.body),
  ]
  // ON CONFLICT DO NOTHING waits for a concurrent insert of the same article to commit, so two
  // ingests of one article never both count it as new.
  const inserted = await tx.$queryRawUnsafe<{ id: number }[]>(
    `INSERT INTO "Article" (identity, url, source, title, byline, "publishedAt", "publishedStart", "publishedEnd",
       text, body, captions, "contentHash", "extractionHash", "searchKey", "updatedAt")
     VALUES ($1, $2, $3, $4, $5, $6, $7::date, $8::date, $9, $10::text[], $11::text[], $12, $13, $14, now())
     ON CONFLICT (identity) DO NOTHING RETURNING id`,
    ...values,
  )
  if (inserted[0] !== undefined) return { status: 'new', id: inserted[0].id, previousEvents: [] }

  const [existing] = await tx.$queryRawUnsafe<{ id: number; extractionHash: string }[]>(
    `SELECT id, "extractionHash" FROM "Article" WHERE identity = $1 FOR UPDATE`,
    identity,
  )
  if (existing === undefined) throw new Error(`article ${identity} vanished while being stored`)
  if (existing.extractionHash === hash) return { status: 'unchanged', id: existing.id }

  await tx.$executeRawUnsafe(
    `UPDATE "Article" SET url = $2, source = $3, title = $4, byline = $5, "publishedAt" = $6, "publishedStart" = $7::date,
       "publishedEnd" = $8::date, text = $9, body = $10::text[], captions = $11::text[], "contentHash" = $12,
       "extractionHash" = $13, "searchKey" = $14, "updatedAt" = now()
     WHERE identity = $1 AND id = $15`,
    ...values,
    existing.id,
  )
  const previous = await tx.$queryRawUnsafe<{ eventId: number }[]>(
    `SELECT "eventId" FROM "EventReport" WHERE "articleId" = $1`,
    existing.id,
  )
  // The article's links are replaced wholesale; the records they point to stay.
  for (const table of ['Citation', 'EventReport', 'Participation', 'DirectiveRelation']) {
    await tx.$executeRawUnsafe(`DELETE FROM "${table}" WHERE "articleId" = $1`, existing.id)
  }
  return { status: 'updated', id: existing.id, previousEvents: previous.map((row) => row.eventId) }
}

// Rows upserted in one statement are deduplicated and sorted by key, so that concurrent ingests
// lock shared rows in the same order and do not deadlock.
function byKey<T>(rows: Iterable<readonly [string, T]>): [string, T][] {
  return [...new Map(rows)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}

async function upsertOrganizations(tx: Tx, extraction: Extraction): Promise<Map<string, StoredRef>> {
  const named = [
    ...extraction.organizations.map((o) => [nameKey(o.name), { name: o.name, kind: o.kind as string }] as const),
    ...extraction.events.flatMap((e) =>
      e.organizer === null ? [] : [[nameKey(e.organizer), { name: e.organizer, kind: 'other' }] as const],
    ),
  ]
  // The listed organisation (with its kind) wins over the bare organiser name of an event.
  const rows = byKey(named.reverse().filter(([key]) => key !== ''))
  if (rows.length === 0) return new Map()
  const stored = await tx.$queryRawUnsafe<{ id: number; nameKey: string; created: boolean }[]>(
    `INSERT INTO "Organization" (name, "nameKey", kind, "searchKey")
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
     ON CONFLICT ("nameKey") DO UPDATE
       SET kind = CASE WHEN "Organization".kind = 'other' THEN EXCLUDED.kind ELSE "Organization".kind END
     RETURNING id, "nameKey", (xmax = 0) AS created`,
    rows.map(([, o]) => o.name),
    rows.map(([key]) => key),
    rows.map(([, o]) => o.kind),
    rows.map(([, o]) => searchKey(o.name)),
  )
  return new Map(stored.map((row) => [row.nameKey, { id: row.id, key: row.nameKey, created: row.created }]))
}

async function upsertPeople(tx: Tx, extraction: Extraction): Promise<Map<string, StoredRef>> {
  const names = [...extraction.people.map((p) => p.name), ...extraction.participations.map((p) => p.person)]
  const rows = byKey(names.map((name) => [nameKey(name), name] as [string, string]).reverse()).filter(([key]) => key !== '')
  if (rows.length === 0) return new Map()
  const stored = await tx.$queryRawUnsafe<{ id: number; nameKey: string; created: boolean }[]>(
    `INSERT INTO "Person" (name, "nameKey", "searchKey")
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
     ON CONFLICT ("nameKey") DO UPDATE SET name = "Person".name
     RETURNING id, "nameKey", (xmax = 0) AS created`,
    rows.map(([, name]) => name),
    rows.map(([key]) => key),
    rows.map(([, name]) => searchKey(name)),
  )
  return new Map(stored.map((row) => [row.nameKey, { id: row.id, key: row.nameKey, created: row.created }]))
}

interface ResolvedDirectives {
  /** By canonical code as the extraction's citations and relations write it. */
  readonly byCode: Map<string, StoredRef>
  /** Codes attached to the newest of several directives carrying them. */
  readonly ambiguous: Set<string>
}

interface DirectiveRow {
  id: number
  key: string
  code: string
}

/**
 * Finds or creates each directive of the extraction. A directive known by its full key (code plus
 * date or term) is upserted on that key. A bare code (key = code) joins the one stored directive
 * with that code; with several, the newest, and its citations are marked ambiguous; with none, it
 * is stored under the bare code, and joins the first full-key directive that arrives later.
 * Decisions about one code are serialized across ingests by a transaction advisory lock.
 */
async function resolveDirectives(tx: Tx, extraction: Extraction, warnings: string[]): Promise<ResolvedDirectives> {
  const codes = [
    ...new Set([
      ...extraction.directives.map((d) => d.code),
      ...extraction.relations.flatMap((r) => [r.from, r.to]),
      ...extraction.citations.map((c) => c.directive),
    ]),
  ].sort()
  const byCode = new Map<string, StoredRef>()
  const ambiguous = new Set<string>()
  if (codes.length === 0) return { byCode, ambiguous }
  await tx.$queryRawUnsafe(
    `SELECT pg_advisory_xact_lock(hashtext('vanban.directive:' || c))::text FROM unnest($1::text[]) AS c ORDER BY c`,
    codes,
  )
  const existing = await tx.$queryRawUnsafe<DirectiveRow[]>(
    `SELECT id, key, code FROM "Directive" WHERE code = ANY($1::text[])
     ORDER BY "issuedStart" DESC NULLS LAST, id DESC`,
    codes,
  )
  const candidates = (code: string) => existing.filter((row) => row.code === code)

  const toUpsert = byKey(
    extraction.directives
      .filter((d) => d.key !== d.code || candidates(d.code).length === 0)
      .map((d) => [d.key, d] as const),
  )
  const upserted =
    toUpsert.length === 0
      ? []
      : await tx.$queryRawUnsafe<(DirectiveRow & { created: boolean })[]>(
          `INSERT INTO "Directive" (key, code, system, type, number, year, "issuerCode", "issuedOn", "issuedStart",
             "issuedEnd", "issuingBody", title, inferred, "searchKey", "updatedAt")
           SELECT k, c, s, t, n, y, ic, io, ist::date, ien::date, ib, ti, inf, sk, now()
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[], $8::text[],
             $9::text[], $10::text[], $11::text[], $12::text[], $13::boolean[], $14::text[])
             AS u(k, c, s, t, n, y, ic, io, ist, ien, ib, ti, inf, sk)
           ON CONFLICT (key) DO UPDATE SET
             "issuedOn" = COALESCE("Directive"."issuedOn", EXCLUDED."issuedOn"),
             "issuedStart" = COALESCE("Directive"."issuedStart", EXCLUDED."issuedStart"),
             "issuedEnd" = COALESCE("Directive"."issuedEnd", EXCLUDED."issuedEnd"),
             "issuingBody" = COALESCE("Directive"."issuingBody", EXCLUDED."issuingBody"),
             title = COALESCE("Directive".title, EXCLUDED.title),
             inferred = "Directive".inferred AND EXCLUDED.inferred,
             "searchKey" = CASE WHEN "Directive".title IS NULL AND EXCLUDED.title IS NOT NULL
               THEN EXCLUDED."searchKey" ELSE "Directive"."searchKey" END,
             "updatedAt" = now()
           RETURNING id, key, code, (xmax = 0) AS created`,
          ...directiveColumns(toUpsert.map(([, d]) => d)),
        )
  for (const row of upserted) {
    byCode.set(row.code, { id: row.id, key: row.key, created: row.created })
    if (row.key !== row.code) await absorbBareDirective(tx, row, existing)
  }
  for (const code of codes) {
    if (byCode.has(code)) continue
    const full = candidates(code).filter((row) => row.key !== row.code)
    const found = full.length > 0 ? full : candidates(code)
    const chosen = found[0]
    if (chosen === undefined) {
      warnings.push(`directive ${code} is cited or related but neither listed in the extraction nor stored; its links were skipped`)
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
  const bare = existing.find((row) => row.code === full.code && row.key === row.code)
  const others = existing.filter((row) => row.code === full.code && row.key !== row.code && row.id !== full.id)
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

async function upsertEvents(
  tx: Tx,
  extraction: Extraction,
  articleIdentity: string,
  organizations: Map<string, StoredRef>,
): Promise<Map<string, StoredRef>> {
  const rows = byKey(extraction.events.map((e) => [eventIdentity(e, articleIdentity), e] as const))
  if (rows.length === 0) return new Map()
  const dates = rows.map(([, e]) => dateBounds(e.date))
  const stored = await tx.$queryRawUnsafe<{ id: number; identity: string; created: boolean }[]>(
    `INSERT INTO "Event" (identity, kind, title, date, "dateStart", "dateEnd", "partOfDay", location, "organizerId",
       "searchKey", "updatedAt")
     SELECT i, k, t, d, ds::date, de::date, p, l, o, s, now()
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
       $9::int[], $10::text[]) AS u(i, k, t, d, ds, de, p, l, o, s)
     ON CONFLICT (identity) DO UPDATE SET
       title = COALESCE("Event".title, EXCLUDED.title),
       "partOfDay" = COALESCE("Event"."partOfDay", EXCLUDED."partOfDay"),
       location = COALESCE("Event".location, EXCLUDED.location),
       "organizerId" = COALESCE("Event"."organizerId", EXCLUDED."organizerId"),
       "searchKey" = CASE WHEN "Event".title IS NULL AND EXCLUDED.title IS NOT NULL
         THEN EXCLUDED."searchKey" ELSE "Event"."searchKey" END,
       "updatedAt" = now()
     RETURNING id, identity, (xmax = 0) AS created`,
    rows.map(([key]) => key),
    rows.map(([, e]) => e.kind),
    rows.map(([, e]) => e.title),
    rows.map(([, e]) => e.date),
    dates.map((d) => d.start),
    dates.map((d) => d.end),
    rows.map(([, e]) => e.partOfDay),
    rows.map(([, e]) => e.location),
    rows.map(([, e]) => (e.organizer === null ? null : (organizations.get(nameKey(e.organizer))?.id ?? null))),
    rows.map(([, e]) => searchKey(e.title, e.organizer, e.location)),
  )
  const byIdentity = new Map(stored.map((row) => [row.identity, { id: row.id, key: row.identity, created: row.created }]))
  const byEventId = new Map<string, StoredRef>()
  for (const e of extraction.events) {
    const ref = byIdentity.get(eventIdentity(e, articleIdentity))
    if (ref !== undefined) byEventId.set(e.id, ref)
  }
  return byEventId
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
  if (reports.size > 0) await tx.eventReport.createMany({ data: [...reports.values()] })

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
  if (citations.length > 0) await tx.citation.createMany({ data: citations })

  const participations = new Map<string, Prisma.ParticipationCreateManyInput & { roles: string[] }>()
  for (const p of extraction.participations) {
    const person = stored.people.get(nameKey(p.person))
    const eventId = eventOf(p.event)
    if (person === undefined || eventId === null) {
      warnings.push(`participation of ${p.person} in event ${p.event} names an unknown ${person === undefined ? 'person' : 'event'}`)
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
  if (participations.size > 0) await tx.participation.createMany({ data: [...participations.values()] })

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
  if (relations.size > 0) await tx.directiveRelation.createMany({ data: [...relations.values()] })
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
