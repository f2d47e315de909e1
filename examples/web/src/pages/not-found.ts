import { h } from '../dom.ts'

/** The page for a record no one has stored, or whose id or code the gateway refused: a heading and what was looked for. */
export function notFoundPage(heading: string, message: string): HTMLElement {
  return h('section', { class: 'not-found' }, h('h1', {}, heading), h('p', {}, message))
}
