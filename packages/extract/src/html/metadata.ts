import { normalizeText, type PartialDate, parseTimestamp } from '@vanban/core'
import { all, type DomDocument, type DomElement } from './dom.ts'
import type { FieldSource } from './sources.ts'
import { absoluteUrl } from './url.ts'

/**
 * What a page says of itself in its markup, apart from its text: JSON-LD (`NewsArticle`,
 * `Article` and kin, also inside `@graph` and arrays), Open Graph, other `<meta>` tags and
 * `<link rel="canonical">`, and `<time datetime>`. Each field keeps the first source that gives
 * it, in that order. Dates are read by `parseTimestamp` of `@vanban/core`.
 *
 * @module
 */

/** A value read from the page's markup, and which kind of markup gave it. */
export type Sourced<T> = { value: T; source: FieldSource }

/** The page's metadata: each field from the first source that gives it. */
export type PageMetadata = {
  title?: Sourced<string>
  publishedAt?: Sourced<PartialDate>
  byline?: Sourced<string>
  url?: Sourced<string>
  siteName?: Sourced<string>
}

// The schema.org types a news page describes its article with.
const ARTICLE_TYPES = new Set([
  'NewsArticle',
  'Article',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'BlogPosting',
  'Report',
])

// Meta names (or properties) that give the publication date on sites without Open Graph's.
const DATE_META_NAMES = [
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'published_date',
  'date',
  'dc.date',
  'dc.date.issued',
  'dc.date.created',
  'dcterms.date',
  'dcterms.issued',
  'dcterms.created',
  'article.published',
  'datepublished',
]

const clean = (s: unknown): string | undefined => {
  if (typeof s !== 'string') return undefined
  const t = normalizeText(s).replace(/\s+/gu, ' ').trim()
  return t.length > 0 ? t : undefined
}

/** Reads the page's metadata; `baseUrl` makes relative addresses absolute. */
export function readPageMetadata(document: DomDocument, baseUrl?: string): PageMetadata {
  const found: PageMetadata = {}
  const offer = <K extends keyof PageMetadata>(key: K, value: PageMetadata[K] | undefined) => {
    if (value !== undefined && found[key] === undefined) found[key] = value
  }
  const fromJsonLd = jsonLdArticle(document, baseUrl)
  const fromOpenGraph = openGraph(document, baseUrl)
  const fromMeta = otherMeta(document, baseUrl)
  for (const source of [fromJsonLd, fromOpenGraph, fromMeta]) {
    for (const key of ['title', 'publishedAt', 'byline', 'url', 'siteName'] as const) {
      offer(key, source[key] as never)
    }
  }
  offer('publishedAt', timeElement(document))
  if (found.title !== undefined && found.siteName !== undefined) {
    found.title = { ...found.title, value: withoutSiteName(found.title.value, found.siteName.value) }
  }
  return found
}

// Some sites append their name to the title they give (`Tiêu đề - Báo Phú Yên`).
function withoutSiteName(title: string, siteName: string): string {
  for (const separator of [' - ', ' | ', ' – ', ' — ']) {
    const suffix = `${separator}${siteName}`
    if (title.endsWith(suffix) && title.length > suffix.length) return title.slice(0, -suffix.length).trim()
  }
  return title
}

// ---------------------------------------------------------------------------------------------
// JSON-LD.

type JsonObject = { readonly [key: string]: unknown }
const isObject = (v: unknown): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v)

// Every object of a JSON-LD block: top-level arrays and `@graph` lists flattened.
function jsonLdNodes(value: unknown, into: JsonObject[], depth = 0): JsonObject[] {
  if (depth > 4) return into
  if (Array.isArray(value)) for (const v of value) jsonLdNodes(v, into, depth + 1)
  else if (isObject(value)) {
    into.push(value)
    if ('@graph' in value) jsonLdNodes(value['@graph'], into, depth + 1)
  }
  return into
}

const typesOf = (node: JsonObject): string[] => {
  const t = node['@type']
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string')
}

// A person or an organisation (`{ "name": ... }`), a name, or a list of them; names joined by commas.
function names(value: unknown): string | undefined {
  const list = (Array.isArray(value) ? value : [value])
    .map((v) => (isObject(v) ? clean(v.name) : clean(v)))
    .filter((n): n is string => n !== undefined && !/^https?:/iu.test(n))
  return list.length === 0 ? undefined : list.join(', ')
}

function jsonLdArticle(document: DomDocument, baseUrl: string | undefined): PageMetadata {
  for (const script of all(document, 'script[type="application/ld+json" i]')) {
    let parsed: unknown
    try {
      parsed = JSON.parse(script.textContent ?? '')
    } catch {
      continue // a broken block says nothing; the other sources still may
    }
    const article = jsonLdNodes(parsed, []).find((n) => typesOf(n).some((t) => ARTICLE_TYPES.has(t)))
    if (article === undefined) continue
    const out: PageMetadata = {}
    const title = clean(article.headline) ?? clean(article.name)
    if (title !== undefined) out.title = { value: title, source: 'json-ld' }
    const date = typeof article.datePublished === 'string' ? parseTimestamp(article.datePublished) : null
    if (date !== null) out.publishedAt = { value: date, source: 'json-ld' }
    const author = names(article.author)
    if (author !== undefined) out.byline = { value: author, source: 'json-ld' }
    const page = article.mainEntityOfPage
    const address = clean(article.url) ?? (isObject(page) ? clean(page['@id']) : clean(page))
    const url = absoluteUrl(address, baseUrl)
    if (url !== null) out.url = { value: url, source: 'json-ld' }
    const publisher = isObject(article.publisher) ? clean(article.publisher.name) : undefined
    if (publisher !== undefined) out.siteName = { value: publisher, source: 'json-ld' }
    return out
  }
  return {}
}

// ---------------------------------------------------------------------------------------------
// Meta tags.

// The content of the first `<meta>` whose `property` or `name` is one of `keys` (case-insensitive).
function metaContent(metas: readonly DomElement[], keys: readonly string[]): string | undefined {
  for (const key of keys) {
    for (const m of metas) {
      const name = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop'))?.toLowerCase()
      if (name !== key) continue
      const content = clean(m.getAttribute('content'))
      if (content !== undefined) return content
    }
  }
  return undefined
}

function openGraph(document: DomDocument, baseUrl: string | undefined): PageMetadata {
  const metas = all(document, 'meta[property], meta[name]')
  const out: PageMetadata = {}
  const title = metaContent(metas, ['og:title'])
  if (title !== undefined) out.title = { value: title, source: 'open-graph' }
  const published = metaContent(metas, ['article:published_time'])
  const date = published === undefined ? null : parseTimestamp(published)
  if (date !== null) out.publishedAt = { value: date, source: 'open-graph' }
  // `article:author` is a profile URL on most sites; a name is kept, an address is not.
  const author = metaContent(metas, ['article:author'])
  if (author !== undefined && !/^https?:/iu.test(author)) out.byline = { value: author, source: 'open-graph' }
  const url = absoluteUrl(metaContent(metas, ['og:url']), baseUrl)
  if (url !== null) out.url = { value: url, source: 'open-graph' }
  const site = metaContent(metas, ['og:site_name'])
  if (site !== undefined) out.siteName = { value: site, source: 'open-graph' }
  return out
}

function otherMeta(document: DomDocument, baseUrl: string | undefined): PageMetadata {
  const metas = all(document, 'meta[property], meta[name], meta[itemprop]')
  const out: PageMetadata = {}
  for (const key of DATE_META_NAMES) {
    const content = metaContent(metas, [key])
    const date = content === undefined ? null : parseTimestamp(content)
    if (date !== null) {
      out.publishedAt = { value: date, source: 'meta' }
      break
    }
  }
  const author = metaContent(metas, ['author', 'dc.creator'])
  if (author !== undefined && !/^https?:/iu.test(author)) out.byline = { value: author, source: 'meta' }
  const title = metaContent(metas, ['dc.title'])
  if (title !== undefined) out.title = { value: title, source: 'meta' }
  const canonical = all(document, 'link[rel~="canonical" i][href]')[0]
  const url = absoluteUrl(canonical?.getAttribute('href'), baseUrl)
  if (url !== null) out.url = { value: url, source: 'meta' }
  return out
}

// ---------------------------------------------------------------------------------------------
// <time datetime>.

/**
 * The article's `<time datetime>`: one marked as the publication time (`itemprop="datePublished"`,
 * `pubdate`), else the first inside `<article>` or `<main>`, else the page's only one. A page's
 * other times (teasers in a sidebar) are not its date, so several unmarked ones outside the
 * article give nothing.
 */
function timeElement(document: DomDocument): Sourced<PartialDate> | undefined {
  const candidates = [
    ...all(document, 'time[datetime][itemprop~="datePublished" i], time[datetime][pubdate]'),
    ...all(document, 'article time[datetime], main time[datetime]'),
  ]
  const every = all(document, 'time[datetime]')
  if (every.length === 1) candidates.push(every[0]!)
  for (const t of candidates) {
    const date = parseTimestamp(t.getAttribute('datetime') ?? '')
    if (date !== null) return { value: date, source: 'time-element' }
  }
  return undefined
}
