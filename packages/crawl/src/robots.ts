import robotsParserModule from 'robots-parser'
import { ROBOTS_AGENT } from './options.ts'

type Robot = {
  isAllowed(url: string, ua?: string): boolean | undefined
  getCrawlDelay(ua?: string): number | undefined
}
// robots-parser is CommonJS whose declaration file wraps its default export in an ambient module.
const robotsParser = robotsParserModule as unknown as (url: string, robotstxt: string) => Robot

/** What a site's robots.txt allows vanban, read once per origin and crawl process. */
export interface RobotsRules {
  allowed(url: string): boolean
  /** Crawl-delay for vanban, in milliseconds, or null. */
  crawlDelayMs(): number | null
}

/**
 * The rules of a robots.txt fetch, as RFC 9309 reads its status: a 2xx body is parsed (by
 * `robots-parser`, which implements the RFC's longest-match and wildcard rules), a 4xx means no
 * rules (everything allowed), and a 5xx or a failed fetch means the whole site is off limits for
 * now.
 */
export function robotsRules(robotsUrl: string, fetched: { status: number; text: string } | null): RobotsRules {
  if (fetched !== null && fetched.status >= 200 && fetched.status < 300) {
    const robots = robotsParser(robotsUrl, fetched.text)
    return {
      allowed: (url) => robots.isAllowed(url, ROBOTS_AGENT) !== false,
      crawlDelayMs: () => {
        const seconds = robots.getCrawlDelay(ROBOTS_AGENT)
        return seconds === undefined ? null : seconds * 1000
      },
    }
  }
  const allowAll = fetched !== null && fetched.status >= 400 && fetched.status < 500
  return { allowed: () => allowAll, crawlDelayMs: () => null }
}
