import { formatPartialDate, normalizeText, parseTimestamp } from '@vanban/core'
import { parseFeed as parseAnyFeed } from 'feedsmith'
import { parseHTML } from 'linkedom'
import { z } from 'zod'
import { type PageHints, PageHintsSchema } from './sources.ts'
import { absoluteUrl } from './url.ts'

/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds read into the pages they list. feedsmith reads the XML
 * (namespaces, CDATA, entities) and keeps dates as written, so every date is read here by
 * `parseTimestamp` of `@vanban/core` (RFC 822 `pubDate`, ISO 8601 Atom dates, zones to
 * Vietnam's day).
 *
 * @module
 */

/** One page a feed lists: its absolute link, title and summary as plain text, and publication date. */
export const FeedItemSchema = z.object({
  link: z.string(),
  title: z.string().nullable(),
  /** The publication date in Vietnam, `YYYY-MM-DD` (or coarser, as written). */
  publishedAt: z.string().nullable(),
  summary: z.string().nullable(),
  /** What to pass to `extractHtml` as `hints` for this page. */
  hints: PageHintsSchema,
})

/** One page a feed lists. */
export type FeedItem = z.infer<typeof FeedItemSchema>

/** A feed read: its format and title, its items with a link in feed order, and how many items had no usable link. */
export const FeedSchema = z.object({
  format: z.enum(['rss', 'atom', 'rdf']),
  title: z.string().nullable(),
  items: z.array(FeedItemSchema),
  skipped: z.number().int().nonnegative(),
})

/** A feed read. */
export type Feed = z.infer<typeof FeedSchema>

/** A feed, or why the text is not one. */
export type FeedResult = { ok: true; feed: Feed } | { ok: false; reason: string }

/** Options of {@link parseFeed}. */
export type FeedOptions = {
  /** The feed's own address: relative links are read against it (before the feed's site link). */
  baseUrl?: string | undefined
}

// Text that may hold markup or entities (an RSS description, an Atom `type="html"` title) as plain text.
function plainText(value: string | undefined, html: boolean): string | null {
  if (value === undefined) return null
  let text = value
  if (html && /[<&]/u.test(value)) {
    const { document } = parseHTML(`<!doctype html><html><body>${value}</body></html>`)
    text = document.body?.textContent ?? ''
  }
  const t = normalizeText(text).replace(/\s+/gu, ' ').trim()
  return t.length > 0 ? t : null
}

// Dates as written (feedsmith's reader types them as unknown): only strings are read.
const dateOf = (raw: unknown): string | null => {
  const d = typeof raw === 'string' ? parseTimestamp(raw) : null
  return d === null ? null : formatPartialDate(d)
}

// feedsmith's own types for each format, as its reader returns them.
type Parsed = ReturnType<typeof parseAnyFeed>
type FeedOf<F extends Parsed['format']> = Extract<Parsed, { format: F }>['feed']
type AtomText = { value?: string | undefined; type?: string | undefined } | undefined

type RawItem = { link: string | undefined; title: string | null; date: unknown; summary: string | null }

function rssItems(feed: FeedOf<'rss'>): RawItem[] {
  return (feed.items ?? []).map((item) => ({
    link: item.link ?? (item.guid?.isPermaLink !== false ? item.guid?.value : undefined),
    title: plainText(item.title, true),
    date: item.pubDate ?? item.dc?.dates?.[0],
    summary: plainText(item.description, true),
  }))
}

function atomLink(links: FeedOf<'atom'>['links']): string | undefined {
  const list = links ?? []
  return (list.find((l) => l.rel === undefined || l.rel === 'alternate') ?? list[0])?.href
}

function atomItems(feed: FeedOf<'atom'>): RawItem[] {
  return (feed.entries ?? []).map((entry) => {
    const text = (t: AtomText) => plainText(t?.value, t?.type === 'html' || t?.type === 'xhtml')
    return {
      link: atomLink(entry.links),
      title: text(entry.title),
      date: entry.published ?? entry.updated,
      summary: text(entry.summary),
    }
  })
}

function rdfItems(feed: FeedOf<'rdf'>): RawItem[] {
  return (feed.items ?? []).map((item) => ({
    link: item.link,
    title: plainText(item.title, true),
    date: item.dc?.dates?.[0],
    summary: plainText(item.description, true),
  }))
}

/**
 * Reads an RSS 2.0, RSS 1.0 or Atom feed: each item's link made absolute (against `baseUrl`,
 * else the feed's own site link), its title and summary as plain text (CDATA and HTML
 * unwrapped), and its date in Vietnam (`null` when missing or unreadable), with the `hints`
 * that `extractHtml` takes for its page. Items without an `http(s)` link are counted in
 * `skipped`. Not a feed (HTML, JSON Feed, broken XML): `{ ok: false, reason }`.
 */
export function parseFeed(xml: string, options: FeedOptions = {}): FeedResult {
  let parsed: ReturnType<typeof parseAnyFeed>
  try {
    parsed = parseAnyFeed(xml)
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    return { ok: false, reason: `not an RSS or Atom feed (${why}); give an RSS 2.0, RSS 1.0 or Atom document` }
  }
  let raw: RawItem[]
  let title: string | null
  let site: string | undefined
  switch (parsed.format) {
    case 'rss':
      raw = rssItems(parsed.feed)
      title = plainText(parsed.feed.title, true)
      site = parsed.feed.link
      break
    case 'atom':
      raw = atomItems(parsed.feed)
      title = plainText(parsed.feed.title?.value, parsed.feed.title?.type === 'html')
      site = atomLink(parsed.feed.links)
      break
    case 'rdf':
      raw = rdfItems(parsed.feed)
      title = plainText(parsed.feed.title, true)
      site = parsed.feed.link
      break
    default:
      return { ok: false, reason: `a ${parsed.format} feed; give an RSS 2.0, RSS 1.0 or Atom document` }
  }
  const base = absoluteUrl(options.baseUrl) ?? absoluteUrl(site) ?? undefined
  const items: FeedItem[] = []
  for (const r of raw) {
    const link = absoluteUrl(r.link, base)
    if (link === null) continue
    const publishedAt = dateOf(r.date)
    const hints: PageHints = { url: link }
    if (r.title !== null) hints.title = r.title
    if (publishedAt !== null) hints.publishedAt = publishedAt
    items.push({ link, title: r.title, publishedAt, summary: r.summary, hints })
  }
  return { ok: true, feed: { format: parsed.format, title, items, skipped: raw.length - items.length } }
}
