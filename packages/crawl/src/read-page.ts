import { extractHtml, parseFeed } from '@vanban/extract/html'
import { pageLinks } from './links.ts'
import type { PageReader } from './page-reader.ts'

const FEED_TYPE = /\b(?:rss|atom|xml)\b/iu
const FEED_START = /^\s*(?:<\?xml\b|<rss\b|<feed\b|<rdf:RDF\b)/u

/**
 * How the crawl reads a fetched page with `@vanban/extract/html`: a feed (by its Content-Type or
 * its first element) gives its items with their hints (`parseFeed`); any other page gives its
 * links and, when asked, its article (`extractHtml` with the hints its feed gave).
 */
export const readPage: PageReader = ({ text, url, contentType, hints, extract }) => {
  if (FEED_START.test(text) || (contentType !== null && FEED_TYPE.test(contentType) && !/html/iu.test(contentType))) {
    const feed = parseFeed(text, { baseUrl: url })
    if (!feed.ok) return { kind: 'unreadable', reason: feed.reason }
    return { kind: 'feed', items: feed.feed.items.map((item) => ({ url: item.link, hints: item.hints })) }
  }
  return {
    kind: 'page',
    links: pageLinks(text, url),
    extraction: extract ? extractHtml(text, { url, hints }).extraction : null,
  }
}
