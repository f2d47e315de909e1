import { z } from 'zod'

/**
 * How a crawl behaves. Every field has a polite default; the CLI's flags set the same names.
 * Times are in milliseconds.
 */
export const CrawlOptionsSchema = z.object({
  /** Requests per second to one host, by this process (robots.txt's Crawl-delay can only slow it). */
  rate: z.number().positive().max(100).default(1),
  /** An e-mail address or URL for site owners, put in the User-Agent. */
  contact: z.string().min(3).optional(),
  /** Patterns the in-site links to follow must match (see `matchesInclude`); none: follow no links, only feeds' items. */
  include: z.array(z.string().min(1)).default([]),
  /** The most pages this process stores before it stops. */
  maxPages: z.number().int().positive().default(1000),
  /** A page stored or confirmed more recently than this is not fetched again. */
  freshForMs: z
    .number()
    .int()
    .nonnegative()
    .default(24 * 60 * 60 * 1000),
  /** Redirects followed before a fetch fails. */
  maxRedirects: z.number().int().nonnegative().max(20).default(5),
  /** The largest body read; a larger one fails the fetch. */
  maxBodyBytes: z
    .number()
    .int()
    .positive()
    .default(5 * 1024 * 1024),
  /** How long one request may take, headers and body. */
  timeoutMs: z.number().int().positive().default(30_000),
  /** Retries after a 429, a 5xx or a network failure. */
  retries: z.number().int().nonnegative().max(10).default(3),
  /** The first backoff after a 5xx or a network failure; doubled for each retry. */
  backoffMs: z.number().int().nonnegative().default(2_000),
  /** The longest Retry-After honoured; a longer one fails the fetch for the queue to retry later. */
  maxRetryAfterMs: z.number().int().nonnegative().default(120_000),
})

/** How a crawl behaves, as given (defaults not yet applied). */
export type CrawlOptionsInput = z.input<typeof CrawlOptionsSchema>
/** How a crawl behaves, defaults applied. */
export type CrawlOptions = z.output<typeof CrawlOptionsSchema>

/** vanban's crawler version, named in its User-Agent. */
export const CRAWLER_VERSION = '0.1'

/**
 * The User-Agent vanban fetches with: its product token (`vanban`, what robots.txt groups name)
 * and, when given, how to reach whoever runs the crawl.
 */
export function userAgent(contact?: string): string {
  const info = ['+https://github.com/vanban/vanban', ...(contact === undefined ? [] : [contact])].join('; ')
  return `vanban/${CRAWLER_VERSION} (${info})`
}

/** The token robots.txt groups are matched against. */
export const ROBOTS_AGENT = 'vanban'
