/**
 * `@vanban/extract/html`: saved web pages and feeds to vanban's records. Kept apart from the
 * package's main entry so that the text path loads no HTML or XML parser.
 *
 * - {@link extractHtml} reads a page: its metadata (JSON-LD, Open Graph, metas, `<time>`), its
 *   main content (Readability over linkedom) through the text path, and where each field came from.
 * - {@link decodeHtml} reads a page's bytes as text by its byte order mark, `Content-Type` or meta
 *   charset, else UTF-8 or Windows-1258; legacy TCVN3 pages are converted (the crawler, `ingest` and
 *   `reextract` all decode with it).
 * - {@link parseFeed} reads an RSS or Atom feed into the pages it lists, each with the hints
 *   `extractHtml` takes.
 *
 * @packageDocumentation
 */
export { type DecodedPage, decodeHtml, headerCharset, legacyEncoding, metaCharset } from './charset.ts'
export { extractHtml, type HtmlExtraction, type HtmlOptions } from './extract-html.ts'
export {
  type Feed,
  type FeedItem,
  FeedItemSchema,
  type FeedOptions,
  type FeedResult,
  FeedSchema,
  parseFeed,
} from './feed.ts'
export {
  type FieldSource,
  FieldSourceSchema,
  type FieldSources,
  FieldSourcesSchema,
  type PageHints,
  PageHintsSchema,
} from './sources.ts'
