/** Attributes for {@link h}: strings set as attributes, functions as event listeners (`onclick`). */
export type Attributes = Record<string, string | ((event: Event) => void) | undefined>

/** A child of {@link h}: a node, text (set as text, never parsed as HTML), or nothing. */
export type Child = Node | string | null | undefined | false | readonly Child[]

function append(parent: Node, child: Child): void {
  if (child === null || child === undefined || child === false) return
  if (typeof child === 'string') parent.appendChild(document.createTextNode(child))
  else if (Array.isArray(child)) for (const c of child as readonly Child[]) append(parent, c)
  else parent.appendChild(child as Node)
}

/** Builds an element. Text from the gateway goes in as text nodes, so no article can inject markup. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) continue
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, ''), value)
    else element.setAttribute(name, value)
  }
  append(element, children)
  return element
}
