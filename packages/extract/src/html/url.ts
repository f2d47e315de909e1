/**
 * Absolute addresses from what pages and feeds write (`/tin/1.html`, `tin/1.html`,
 * `//a.vn/x`). `URL` is in every runtime the package supports but in neither the ES2023 lib nor
 * this package's types (it needs no DOM or Node types), so it is declared here.
 *
 * @module
 */

type WebUrl = { readonly href: string; readonly protocol: string }
const WebURL = (globalThis as unknown as { URL: new (url: string, base?: string) => WebUrl }).URL

/** `href` made absolute against `base`: an `http:`/`https:` address, or null (`javascript:`, `mailto:`, unparsable). */
export function absoluteUrl(href: string | null | undefined, base?: string | undefined): string | null {
  const h = href?.trim()
  if (h === undefined || h.length === 0) return null
  try {
    const url = base === undefined ? new WebURL(h) : new WebURL(h, base)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}
