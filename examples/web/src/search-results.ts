/** How many search results the page asks for at a time; "Xem thêm" asks for as many again. */
export const SEARCH_PAGE_SIZE = 20

/** A group of the results page: the hits of one record type, under its Vietnamese heading. */
export type Group<H> = { readonly type: string; readonly title: string; readonly hits: readonly H[] }

/**
 * Groups `hits` by record type in the order of `order`, keeping the gateway's ranking within each
 * group; a type with no hit has no group, and a hit of a type `order` does not name is left out.
 */
export function groupHits<H extends { readonly __typename: string }>(
  hits: readonly H[],
  order: readonly { readonly type: H['__typename']; readonly title: string }[],
): Group<H>[] {
  return order
    .map((g) => ({ type: g.type, title: g.title, hits: hits.filter((hit) => hit.__typename === g.type) }))
    .filter((g) => g.hits.length > 0)
}

const count = (n: number): string => n.toLocaleString('vi-VN')

/**
 * The count line of the results page. While more pages remain it says how many of the total are
 * shown (`Đang hiện 20 trên 215 kết quả`); once the last page is in it gives the number shown,
 * which is what paging could reach, even where the gateway's total said otherwise.
 */
export function resultCountVi(shown: number, total: number, complete: boolean): string {
  if (complete) return shown === 0 ? 'Không có kết quả nào' : `${count(shown)} kết quả`
  return `Đang hiện ${count(shown)} trên ${count(Math.max(total, shown))} kết quả`
}

/**
 * The hits loaded so far followed by those of the next page, less any already loaded (a record
 * indexed between two requests can shift the gateway's ranking by a place).
 */
export function appendHits<H extends { readonly __typename: string; readonly id: string }>(
  loaded: readonly H[],
  page: readonly H[],
): H[] {
  const seen = new Set(loaded.map((hit) => `${hit.__typename}:${hit.id}`))
  return [...loaded, ...page.filter((hit) => !seen.has(`${hit.__typename}:${hit.id}`))]
}
