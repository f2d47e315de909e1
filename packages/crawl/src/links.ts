import { parseHTML } from 'linkedom'

/**
 * The http(s) addresses a page links to (`<a href>`, `<link rel="alternate">` to feeds), made
 * absolute against the page's `<base href>` or its own URL, without fragments, each once.
 */
export function pageLinks(html: string, pageUrl: string): string[] {
  const { document } = parseHTML(html)
  const baseHref = document.querySelector('base[href]')?.getAttribute('href')
  const base = absolute(baseHref ?? pageUrl, pageUrl) ?? pageUrl
  const links = new Set<string>()
  for (const element of document.querySelectorAll('a[href], link[rel~="alternate"][href]')) {
    const href = absolute(element.getAttribute('href') ?? '', base)
    if (href !== null) links.add(href)
  }
  return [...links]
}

function absolute(href: string, base: string): string | null {
  try {
    const url = new URL(href.trim(), base)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
    url.hash = ''
    return url.href
  } catch {
    return null
  }
}

/**
 * Whether `url` matches an `--include` pattern: `*` stands for any run of characters (slashes
 * too); a pattern with `://` is matched against the whole URL, any other against its path and
 * query (`/thoi-su/*`, `*.html`).
 */
export function matchesInclude(url: string, patterns: readonly string[]): boolean {
  const parsed = new URL(url)
  return patterns.some((pattern) => {
    const subject = pattern.includes('://') ? parsed.href : `${parsed.pathname}${parsed.search}`
    return globPattern(pattern).test(subject)
  })
}

function globPattern(pattern: string): RegExp {
  const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/gu, '\\$&'))
  return new RegExp(`^${escaped.join('.*')}$`, 'u')
}

/** Whether two URLs are on the same site: the same host, `www.` aside. */
export function sameSite(a: string, b: string): boolean {
  const host = (url: string) => new URL(url).hostname.replace(/^www\./u, '')
  return host(a) === host(b)
}
