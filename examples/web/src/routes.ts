/** A page of the app, as the URL hash names it. */
export type Route =
  | { readonly page: 'home' }
  | { readonly page: 'search'; readonly query: string }
  | { readonly page: 'directive'; readonly code: string }
  | { readonly page: 'event'; readonly id: string }
  | { readonly page: 'article'; readonly id: string }

/** The hash of a route: `#/search/nghi%20quyet`, `#/directive/35-NQ%2FTW`, `#/event/<id>`... */
export function href(route: Route): string {
  switch (route.page) {
    case 'home':
      return '#/'
    case 'search':
      return `#/search/${encodeURIComponent(route.query)}`
    case 'directive':
      return `#/directive/${encodeURIComponent(route.code)}`
    case 'event':
    case 'article':
      return `#/${route.page}/${encodeURIComponent(route.id)}`
  }
}

/** The route a hash names; anything unknown is the home page. */
export function parseRoute(hash: string): Route {
  const [, page, rest] = /^#?\/?([^/]*)\/?(.*)$/.exec(hash) ?? []
  let value = ''
  try {
    value = decodeURIComponent(rest ?? '')
  } catch {
    return { page: 'home' }
  }
  if (value === '') return { page: 'home' }
  switch (page) {
    case 'search':
      return { page: 'search', query: value }
    case 'directive':
      return { page: 'directive', code: value }
    case 'event':
      return { page: 'event', id: value }
    case 'article':
      return { page: 'article', id: value }
    default:
      return { page: 'home' }
  }
}
