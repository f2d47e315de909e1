import type { Piece } from '../src/sentences.ts'

/** A piece holding the whole of `text`, as the extractor cuts a line or a sentence. */
export const piece = (text: string): Piece => ({ start: 0, end: text.length, text })
