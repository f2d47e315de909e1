import { Readability } from '@mozilla/readability'
import { type DomDocument, type DomElement, type DomNode, ELEMENT_NODE, TEXT_NODE } from './dom.ts'

/**
 * The article's own text on a page, without the site around it (header, menus, sidebars,
 * teasers, comment forms, share bars): Mozilla's Readability (Firefox's Reader View) picks the
 * content, which is then written as lines of text the way the text path reads scraped pages: a
 * line per paragraph, heading, list item and caption, and an image as its file name.
 *
 * @module
 */

/** The main content of a page as text, with what Readability found beside it. */
export type MainContent = {
  /** The title Readability reads from the page's headings and `<title>`. */
  title: string | null
  /** Lines of the content, a paragraph, heading, list item, caption or image file name on each. */
  text: string
  /** The author line Readability took out of the content (`class="author"`, `rel="author"`). */
  byline: string | null
}

// Elements that stand on lines of their own.
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
])
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME'])

// The file name of an image's address (`/uploads/2024/06/hoi-nghi.jpg?w=800` → `hoi-nghi.jpg`):
// the text path knows a line of it as a photo and the line under it as its caption.
function imageFileName(img: DomElement): string | null {
  const src = img.getAttribute('src') ?? img.getAttribute('data-src') ?? ''
  if (src.startsWith('data:')) return null
  const name = src.split(/[?#]/u)[0]!.split('/').pop() ?? ''
  let decoded = name
  try {
    decoded = decodeURIComponent(name)
  } catch {
    // a malformed escape stays as written
  }
  return /\.[a-z0-9]{2,5}$/iu.test(decoded) && !/\s/u.test(decoded) ? decoded : null
}

/**
 * Writes an element's content as text: blocks on lines of their own, white space inside a
 * line folded, `<br>` a line break, `<img>` its file name on a line. Iterative, so deep
 * nesting cannot overflow the stack.
 */
export function renderText(root: DomNode): string {
  const lines: string[] = []
  let line = ''
  const endLine = () => {
    const t = line.replace(/\s+/gu, ' ').trim()
    if (t.length > 0) lines.push(t)
    line = ''
  }
  // A stack of nodes to visit, and markers for leaving a block.
  const stack: (DomNode | 'end-block')[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node === 'end-block') {
      endLine()
      continue
    }
    if (node.nodeType === TEXT_NODE) {
      line += node.textContent ?? ''
      continue
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue
    const tag = node.nodeName.toUpperCase()
    if (SKIPPED.has(tag)) continue
    if (tag === 'BR') {
      endLine()
      continue
    }
    if (tag === 'IMG') {
      const name = imageFileName(node as DomElement)
      if (name !== null) {
        endLine()
        lines.push(name)
      }
      continue
    }
    const block = BLOCKS.has(tag)
    if (block) {
      endLine()
      stack.push('end-block')
    }
    const children = node.childNodes
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!)
  }
  endLine()
  return lines.join('\n')
}

/**
 * Reads a page's main content with Readability. Readability changes the document it reads:
 * read the metadata first. A page Readability finds no article in (a short notice, an error
 * page) gives its whole body as text, for the text path to judge.
 */
export function readMainContent(document: DomDocument): MainContent {
  let article: ReturnType<Readability<DomNode>['parse']> = null
  try {
    // biome-ignore lint/suspicious/noExplicitAny: Readability is typed against the DOM lib, which this package does not load
    article = new Readability<DomNode>(document as any, { serializer: (node: unknown) => node as DomNode }).parse()
  } catch {
    article = null // a document Readability cannot walk is read whole below
  }
  if (article?.content == null) {
    const body = document.body ?? document.documentElement
    return { title: null, text: body === null ? '' : renderText(body), byline: null }
  }
  const title = article.title?.trim()
  const byline = article.byline?.trim()
  return {
    title: title === undefined || title.length === 0 ? null : title,
    text: renderText(article.content),
    byline: byline === undefined || byline.length === 0 ? null : byline,
  }
}
