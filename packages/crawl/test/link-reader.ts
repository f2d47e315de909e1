import { type PageReader, pageLinks } from '../src/index.ts'

/**
 * A page reader for the tests of fetching, queueing and politeness: every page's links, no
 * extraction. It keeps the text each URL decoded to.
 */
export function linkReader(): PageReader & { texts: Map<string, string> } {
  const texts = new Map<string, string>()
  const read: PageReader = ({ text, url }) => {
    texts.set(url, text)
    return { kind: 'page', links: pageLinks(text, url), extraction: null }
  }
  return Object.assign(read, { texts })
}
