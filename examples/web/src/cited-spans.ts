import type { Span } from './spans.ts'

// The words news writes before a number for each document type, so that a bare `Nghị quyết 35`
// or `Quy định số 85` in an article citing 35-NQ/TW or 85-QĐ/TW is marked as well.
const TYPE_WORDS: Record<string, string> = {
  NQ: 'Nghị quyết',
  'QĐ': 'Quyết định|Quy định',
  CT: 'Chỉ thị',
  HD: 'Hướng dẫn',
  KL: 'Kết luận',
  'NĐ': 'Nghị định',
  TT: 'Thông tư',
  QC: 'Quy chế',
  KH: 'Kế hoạch',
  TB: 'Thông báo',
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

// `Đ` is also written `D` (`85-QD/TW`) and the separators with spaces around them.
function codePattern(code: string): string {
  return [...code]
    .map((c) => (c === 'Đ' || c === 'đ' ? '[ĐđDd]' : c === '/' || c === '-' ? `\\s*${escape(c)}\\s*` : escape(c)))
    .join('')
}

function parts(code: string): { number: string; type: string } | null {
  const party = /^(\d+[a-zA-Z]?)-([^/]+)\//u.exec(code)
  if (party) return { number: party[1]!, type: party[2]! }
  const state = /^(\d+[a-zA-Z]?)\/(?:\d{4}\/)?([^-/]+)/u.exec(code)
  return state ? { number: state[1]!, type: state[2]! } : null
}

/**
 * Where `text` mentions each of `codes` (canonical directive codes the article is known to
 * cite): the code as written, in any case and with `D` for `Đ`, or its document-type words and
 * number without the issuer (`Nghị quyết số 35` for `35-NQ/TW`). Each span is labelled with the
 * canonical code. A mention that could be two cited codes goes to the first.
 */
export function citedSpans(text: string, codes: readonly string[]): Span[] {
  const spans: Span[] = []
  for (const code of codes) {
    const alternatives = [codePattern(code)]
    const p = parts(code)
    const words = p === null ? undefined : TYPE_WORDS[p.type.toUpperCase()]
    if (p !== null && words !== undefined) alternatives.push(`(?:${words})\\s+(?:số\\s+)?${escape(p.number)}(?![\\d\\p{L}/-])`)
    const pattern = new RegExp(`(?<![\\p{L}\\d])(?:${alternatives.join('|')})(?![\\p{L}\\d])`, 'giu')
    for (const match of text.matchAll(pattern)) {
      spans.push({ start: match.index, end: match.index + match[0].length, label: code })
    }
  }
  return spans
}
