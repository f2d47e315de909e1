/**
 * The few DOM features the HTML path reads, typed here so the package needs no DOM lib: both
 * linkedom's and jsdom's documents have them.
 *
 * @module
 */

/** A DOM node. */
export type DomNode = {
  readonly nodeType: number
  readonly nodeName: string
  readonly childNodes: ArrayLike<DomNode>
  readonly textContent: string | null
}

/** A DOM element. */
export type DomElement = DomNode & {
  readonly tagName: string
  getAttribute(name: string): string | null
  hasAttribute(name: string): boolean
  querySelectorAll(selector: string): ArrayLike<DomElement>
}

/** A DOM document. */
export type DomDocument = DomNode & {
  readonly documentElement: DomElement | null
  readonly body: DomElement | null
  querySelectorAll(selector: string): ArrayLike<DomElement>
}

export const ELEMENT_NODE = 1
export const TEXT_NODE = 3

/** The elements matching `selector`, as an array. */
export function all(root: DomDocument | DomElement, selector: string): DomElement[] {
  return Array.from(root.querySelectorAll(selector))
}
