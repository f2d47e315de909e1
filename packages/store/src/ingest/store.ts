import { type Extraction, ExtractionSchema } from '@vanban/core'
import type { Prisma, PrismaClient } from '../generated/prisma/client.ts'
import { writeArticle } from './article.ts'
import { resolveDirectives } from './directives.ts'
import { articleIdentity, extractionHash } from './keys.ts'
import { insertLinks } from './links.ts'
import { codesToCreate, directiveCodes, type Plan } from './plan.ts'
import type { StoredRef } from './records.ts'
import { withConflictRetry } from './retry.ts'
import { storeSharedRecords } from './shared-records.ts'
import { deleteOrphanEvents } from './statements/delete-orphan-events.ts'
import { readStoredState } from './statements/read-stored.ts'
import { recordExtractorVersion } from './statements/record-extractor-version.ts'

export type { StoredRef } from './records.ts'

/** The write steps of one article's transaction, in order. */
export type IngestStep = 'article' | 'organizations' | 'people' | 'directives' | 'events' | 'links'

/** Options of `ingestExtraction`. */
export interface IngestOptions {
  /**
   * Called inside the transaction after each write step; throwing from it rolls the whole
   * article back (tests use it to inject a failure half-way).
   */
  afterStep?: (step: IngestStep) => void | Promise<void>
  /**
   * The `EXTRACTOR_VERSION` of the extractor that read the extraction from its text, recorded on
   * the article (an unchanged article is given it too); leave it out for an extraction from
   * elsewhere, such as a file, whose reader is not known.
   */
  extractorVersion?: string | undefined
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
 * people (by folded name and the organisation their roles name), and the citations, reports, participations and relations between
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
      const stored = await readStoredState(prisma, identity, codes)
      const extractorVersion = options.extractorVersion ?? null
      if (stored.hash === hash) {
        if (extractorVersion !== null && stored.extractorVersion !== extractorVersion)
          await recordExtractorVersion(prisma, stored.articleId, extractorVersion)
        return unchangedResult(stored.articleId, identity)
      }
      const exclusive = codesToCreate(parsed.data, stored.directives)
      const plan: Plan = { identity, hash, codes, exclusive, extractorVersion }
      return prisma.$transaction((tx) => storeArticle(tx, parsed.data, plan, options), {
        maxWait: 60_000,
        timeout: 120_000,
      })
    })
  } catch (error) {
    return { status: 'failed', identity, reason: error instanceof Error ? error.message : String(error) }
  }
}

/** The stages of one article's transaction, in order. */
async function storeArticle(
  tx: Prisma.TransactionClient,
  extraction: Extraction,
  plan: Plan,
  options: IngestOptions,
): Promise<IngestResult> {
  const done = async (...steps: IngestStep[]) => {
    for (const step of steps) await options.afterStep?.(step)
  }
  const warnings: string[] = []

  const article = await writeArticle(tx, extraction, plan)
  if (article.status === 'unchanged') return unchangedResult(article.id, plan.identity)
  await done('article')

  const shared = await storeSharedRecords(tx, extraction, plan)
  await done('organizations', 'people')

  const directives = await resolveDirectives(tx, extraction, plan, shared.directives, warnings)
  await done('directives', 'events')

  const targets = { articleId: article.id, directives, events: shared.events, people: shared.people }
  await insertLinks(tx, extraction, targets, warnings)
  if (article.previousEvents.length > 0) await deleteOrphanEvents(tx, article.previousEvents)
  await done('links')

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

function unique(refs: Iterable<StoredRef>): StoredRef[] {
  return [...new Map([...refs].map((ref) => [ref.id, ref])).values()]
}
