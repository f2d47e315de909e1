import { type Extraction, normalizeText, type PartialDate, parseTimestamp } from '@vanban/core'
import { parseHTML } from 'linkedom'
import { extractKnowing, type KnownFacts } from '../extract.ts'
import { all, type DomDocument } from './dom.ts'
import { type MainContent, readMainContent } from './main-content.ts'
import { readPageMetadata, type Sourced } from './metadata.ts'
import type { FieldSource, FieldSources, PageHints } from './sources.ts'
import { absoluteUrl } from './url.ts'

/** Options of {@link extractHtml}. */
export type HtmlOptions = {
  /** The address the page was fetched from: relative addresses are read against it, and it is the article's URL when the page names none. */
  url?: string | undefined
  /** What a feed said of the page (link, title, date): below the page's metadata, above the text's guesses. */
  hints?: PageHints | undefined
}

/** An article read from a page: the text path's extraction, and where each metadata field came from. */
export type HtmlExtraction = {
  extraction: Extraction
  sources: FieldSources
}

/**
 * Reads one saved web page into vanban's records. The page's metadata comes first (JSON-LD
 * `NewsArticle`/`Article`, Open Graph and `article:published_time`, `pubdate`/`date`/`dc.date`
 * metas, `<time datetime>`), then what a feed said of it (`options.hints`), then what the text
 * path reads from the main content (picked by Readability): for the title, the publication date
 * (also what year-less dates in the text are read against), the byline and the URL. The source
 * stays the text's (`Theo baodanang.vn`, `TPO -`): the site's own name (`og:site_name`, the
 * JSON-LD publisher) is the fallback, since a page may carry another outlet's article.
 *
 * `html` is text: decoding the bytes (UTF-8, Windows-1258) is the fetcher's job, which reads
 * the charset from the HTTP headers or the page's `<meta charset>`. Never throws; the result's
 * extraction satisfies `ExtractionSchema`.
 */
export function extractHtml(html: string, options: HtmlOptions = {}): HtmlExtraction {
  const { document } = parseHTML(asDocument(typeof html === 'string' ? html : ''))
  try {
    return extractFromDocument(document as unknown as DomDocument, options)
  } catch {
    // A document the DOM or Readability cannot walk gives what its text alone says.
    const text = (document as unknown as DomDocument).documentElement?.textContent ?? ''
    const extraction = extractKnowing(text, {}, {})
    const fromText = (value: string | null): FieldSource | null => (value === null ? null : 'text')
    const a = extraction.article
    return {
      extraction,
      sources: {
        title: fromText(a.title),
        publishedAt: fromText(a.publishedAt),
        byline: fromText(a.byline),
        url: fromText(a.url),
        source: fromText(a.source),
      },
    }
  }
}

// linkedom builds no document element for a fragment (`<p>...`, plain text): a fragment is put
// in a page's body, where a browser would put it.
function asDocument(html: string): string {
  return /<html[\s>]/iu.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`
}

/** {@link extractHtml} over a document already parsed (by linkedom or jsdom), which it changes. */
export function extractFromDocument(document: DomDocument, options: HtmlOptions = {}): HtmlExtraction {
  const base = absoluteUrl(options.url) ?? absoluteUrl(options.hints?.url) ?? undefined
  const metadata = readPageMetadata(document, base)
  const heading = pageHeading(document)
  const content = readMainContent(document)
  const feed = feedFacts(options.hints, base)
  const chosen = {
    title: metadata.title ?? feed.title,
    publishedAt: metadata.publishedAt ?? feed.publishedAt,
    byline: metadata.byline,
    url: metadata.url ?? feed.url ?? (base === undefined ? undefined : { value: base, source: 'request' as const }),
  }
  const known: KnownFacts = {
    title: chosen.title?.value,
    publishedAt: chosen.publishedAt?.value,
    byline: chosen.byline?.value,
    url: chosen.url?.value,
  }
  // The author line Readability took out of the content goes back for the text path, unless the metadata named one.
  const byline = chosen.byline === undefined ? content.byline : null
  const extraction = extractKnowing(pageText(content, chosen.title?.value ?? heading, byline), {}, known)
  const article = extraction.article
  const siteName = article.source === null ? metadata.siteName : undefined
  if (siteName !== undefined) article.source = siteName.value
  return {
    extraction,
    sources: {
      title: sourceOf(article.title, chosen.title),
      publishedAt: sourceOf(article.publishedAt, chosen.publishedAt),
      byline: sourceOf(article.byline, chosen.byline),
      url: sourceOf(article.url, chosen.url),
      source: siteName?.source ?? (article.source === null ? null : 'text'),
    },
  }
}

// The page's one `<h1>`, read before Readability changes the document: a site's heading is the
// title as printed, where `<title>` (Readability's title) often carries the site's name too.
function pageHeading(document: DomDocument): string | undefined {
  const headings = all(document, 'h1')
  if (headings.length !== 1) return undefined
  const text = normalizeText(headings[0]!.textContent ?? '')
    .replace(/\s+/gu, ' ')
    .trim()
  return text.length > 0 ? text : undefined
}

// The text the text path reads: a title line first (a repeat of the content's own heading is
// one title to it), the content, and an author line last.
function pageText(content: MainContent, title: string | undefined, byline: string | null): string {
  return [title ?? content.title ?? '', content.text, byline ?? ''].join('\n')
}

// What a feed said of the page, each field marked as the feed's.
type FeedFacts = { title?: Sourced<string>; publishedAt?: Sourced<PartialDate>; url?: Sourced<string> }

function feedFacts(hints: PageHints | undefined, base: string | undefined): FeedFacts {
  const out: FeedFacts = {}
  if (hints === undefined) return out
  const title = hints.title === undefined ? '' : normalizeText(hints.title).replace(/\s+/gu, ' ').trim()
  if (title.length > 0) out.title = { value: title, source: 'feed' }
  const date = feedDate(hints.publishedAt)
  if (date !== null) out.publishedAt = { value: date, source: 'feed' }
  const url = absoluteUrl(hints.url, base)
  if (url !== null) out.url = { value: url, source: 'feed' }
  return out
}

function feedDate(value: string | Date | undefined): PartialDate | null {
  if (value === undefined) return null
  if (typeof value === 'string') return parseTimestamp(value)
  return Number.isNaN(value.getTime()) ? null : parseTimestamp(value.toISOString())
}

// A field the metadata or the feed gave is theirs; one they did not give, the text's.
function sourceOf(value: unknown, chosen: Sourced<unknown> | undefined): FieldSource | null {
  if (value === null) return null
  return chosen?.source ?? 'text'
}
