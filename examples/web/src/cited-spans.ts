import { DOCUMENT_TYPES, DocumentTypeSchema, findDirectiveCodes } from '@vanban/core'
import type { Span } from './spans.ts'

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

// A bare mention names the document by its type words and number without the issuer
// (`Nghị quyết số 35`, `Quy định 85`); core's code finder rightly leaves those out, since alone
// they could be anything, but in an article known to cite 35-NQ/TW they mean it.
function barePattern(code: string): RegExp | null {
  const m = /^(\d+[a-zA-Z]?)-([^/]+)\//u.exec(code) ?? /^(\d+[a-zA-Z]?)\/(?:\d{4}\/)?([^-/]+)-/u.exec(code)
  const type = DocumentTypeSchema.safeParse(m?.[2])
  if (m === null || !type.success) return null
  const words = DOCUMENT_TYPES[type.data].vi.map(escapeRegExp).join('|')
  return new RegExp(`(?<![\\p{L}\\d])(?:${words})\\s+(?:số\\s+)?${escapeRegExp(m[1]!)}(?![\\p{L}\\d/-])`, 'giu')
}

/**
 * Where `text` mentions the directives of `codes` (canonical codes the article is known to
 * cite), each span labelled with its code: every code core's `findDirectiveCodes` reads in the
 * text (`35-NQ/TW`, `85-QD/TƯ`...), and bare mentions by type words and number.
 */
export function citedSpans(text: string, codes: readonly string[]): Span[] {
  const cited = new Set(codes)
  const spans: Span[] = findDirectiveCodes(text)
    .filter((m) => cited.has(m.parts.code))
    .map((m) => ({ start: m.start, end: m.end, label: m.parts.code }))
  for (const code of codes) {
    const pattern = barePattern(code)
    if (pattern === null) continue
    for (const match of text.matchAll(pattern))
      spans.push({ start: match.index, end: match.index + match[0].length, label: code })
  }
  return spans
}
