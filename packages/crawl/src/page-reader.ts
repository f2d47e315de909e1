import type { Extraction } from '@vanban/core'
import type { PageHints } from '@vanban/extract/html'

/** What a fetched page holds for the crawl: the items of a feed, or an article page and its links. */
export type PageReading =
  | { kind: 'feed'; items: Array<{ url: string; hints: PageHints }> }
  | { kind: 'page'; links: string[]; extraction: Extraction | null }
  | { kind: 'unreadable'; reason: string }

/** Reads a decoded page: a feed's items, or a page's links and (when the crawl stores articles) its extraction. */
export type PageReader = (page: {
  text: string
  url: string
  contentType: string | null
  hints: PageHints | undefined
  extract: boolean
}) => PageReading
