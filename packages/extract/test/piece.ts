import type { Piece } from '../src/sentences.ts'

/** A piece holding the whole of `text`, as the extractor cuts a line or a sentence. */
export const piece = (text: string): Piece => ({ start: 0, end: text.length, text })

/** Pieces one per paragraph of a page's body, each after the last and a blank line (`\n\n`), in order. */
export function paragraphs(...texts: string[]): Piece[] {
  let at = 0
  return texts.map((text) => {
    const p = { start: at, end: at + text.length, text }
    at += text.length + 2
    return p
  })
}
