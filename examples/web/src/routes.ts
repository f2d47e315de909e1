/**
 * What narrows a page's list of events: a month (`2023-12`) or a province (its code, `79`).
 * Written after the page's value as `?thang=2023-12` / `?tinh=79`.
 */
export type EventNarrowing = { readonly month?: string; readonly province?: string }

/** A page of the app, as the URL hash names it. */
export type Route =
  | { readonly page: 'home' }
  | { readonly page: 'search'; readonly query: string }
  | { readonly page: 'directive'; readonly code: string; readonly narrow?: EventNarrowing }
  | { readonly page: 'province'; readonly code: string; readonly narrow?: EventNarrowing }
  | { readonly page: 'event'; readonly id: string }
  | { readonly page: 'article'; readonly id: string }

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/
const PROVINCE_CODE = /^\d{2}$/

function narrowingQuery(narrow: EventNarrowing | undefined): string {
  const params = new URLSearchParams()
  if (narrow?.month !== undefined) params.set('thang', narrow.month)
  if (narrow?.province !== undefined) params.set('tinh', narrow.province)
  const query = params.toString()
  return query === '' ? '' : `?${query}`
}

// Only well-formed values narrow: anything else in the query is left out, not passed on.
function parseNarrowing(query: string): EventNarrowing | undefined {
  const params = new URLSearchParams(query)
  const month = params.get('thang') ?? undefined
  const province = params.get('tinh') ?? undefined
  const narrow = {
    ...(month !== undefined && MONTH.test(month) ? { month } : {}),
    ...(province !== undefined && PROVINCE_CODE.test(province) ? { province } : {}),
  }
  return Object.keys(narrow).length === 0 ? undefined : narrow
}

/** The hash of a route: `#/search/nghi%20quyet`, `#/directive/35-NQ%2FTW?tinh=79`, `#/event/<id>`... */
export function href(route: Route): string {
  switch (route.page) {
    case 'home':
      return '#/'
    case 'search':
      return `#/search/${encodeURIComponent(route.query)}`
    case 'directive':
    case 'province':
      return `#/${route.page}/${encodeURIComponent(route.code)}${narrowingQuery(route.narrow)}`
    case 'event':
    case 'article':
      return `#/${route.page}/${encodeURIComponent(route.id)}`
  }
}

/** The route a hash names; anything unknown is the home page. */
export function parseRoute(hash: string): Route {
  const [, page, rest] = /^#?\/?([^/]*)\/?(.*)$/.exec(hash) ?? []
  // A `?` of the value itself is always encoded (%3F), so the first one starts the narrowing.
  const [raw = '', query] = page === 'directive' || page === 'province' ? splitQuery(rest ?? '') : [rest ?? '']
  let value = ''
  try {
    value = decodeURIComponent(raw)
  } catch {
    return { page: 'home' }
  }
  if (value === '') return { page: 'home' }
  const narrow = query === undefined ? undefined : parseNarrowing(query)
  switch (page) {
    case 'search':
      return { page: 'search', query: value }
    case 'directive':
      return narrow === undefined ? { page: 'directive', code: value } : { page: 'directive', code: value, narrow }
    case 'province':
      return narrow === undefined ? { page: 'province', code: value } : { page: 'province', code: value, narrow }
    case 'event':
      return { page: 'event', id: value }
    case 'article':
      return { page: 'article', id: value }
    default:
      return { page: 'home' }
  }
}

function splitQuery(rest: string): [string, string | undefined] {
  const at = rest.indexOf('?')
  return at < 0 ? [rest, undefined] : [rest.slice(0, at), rest.slice(at + 1)]
}
