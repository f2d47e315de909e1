import type { DirectiveMention } from './directive-mentions.ts'
import type { Piece } from './sentences.ts'

/**
 * The resolutions and conclusions of a plenum of the Party Central Committee. A text that names
 * the plenum (`Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII`, `4 nghị quyết Hội
 * nghị Trung ương 6 (khóa XII)`, `Nghị quyết TW6`) and then lists its documents by number
 * (`Nghị quyết số 27 về ...; Kết luận số 45 về ...`) or by code with no body after them names
 * their issuer once, in the plenum's name: the Central Committee, whose codes are `N-NQ/TW` and
 * `N-KL/TW`. A short form after such a name anywhere in the text takes that body (and so its
 * code); a code `/TW` takes it only within the paragraph that names the plenum, after the name.
 */

const ORDINAL =
  '(?:\\d{1,2}|[IVX]{1,5}|một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười(?:\\s+(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín))?)(?![\\p{L}\\p{N}])'
const COMMITTEE = '(Ban\\s+Chấp\\s+hành\\s+Trung\\s+ương(?:\\s+Đảng)?)'
const TERM = '(?:\\s*[(,]?\\s*kh[oó]a\\s+(?:[IVXL]{1,6}|\\d{1,2})(?![\\p{L}\\p{N}])\\)?)?'
// `Hội nghị lần thứ 6 Ban Chấp hành Trung ương`, `Hội nghị Trung ương 6 (của Ban Chấp hành ...)`,
// `Nghị quyết TW6`; `Hội nghị` opens each, or the resolution it issued.
const PLENUM = new RegExp(
  `(?<![\\p{L}])(?:Hội\\s+nghị|HN)\\s+(?:lần\\s+)?thứ\\s+${ORDINAL}\\s+(?:của\\s+)?${COMMITTEE}${TERM}` +
    `|(?<![\\p{L}])(?:Hội\\s+nghị|HN|Nghị\\s+quyết)\\s+(?:Trung\\s+ương|TW|TƯ)\\s*(?:lần\\s+thứ\\s+)?${ORDINAL}(?:${TERM}(?:\\s+(?:của\\s+)?${COMMITTEE}${TERM})?)`,
  'giu',
)
// The types a plenum issues.
const PLENUM_TYPES: ReadonlySet<string> = new Set(['NQ', 'KL'])
// A plenum's documents are numbered within its term: a short form of more digits is another's.
const MAX_DIGITS = 3
const CENTRAL = 'Ban Chấp hành Trung ương'

type Named = { start: number; end: number; piece: number; body: string }

// Every plenum a piece names, with the body as written (`Ban Chấp hành Trung ương Đảng (khóa XII)`).
function plenumsIn(piece: Piece, index: number): Named[] {
  const found: Named[] = []
  for (const m of piece.text.matchAll(PLENUM)) {
    const committee = m[1] ?? m[2]
    const body =
      committee === undefined
        ? CENTRAL
        : m[0]
            .slice(m[0].lastIndexOf(committee))
            .replace(/\s+/gu, ' ')
            .replace(/[\s,]+$/u, '')
    found.push({ start: piece.start + m.index, end: piece.start + m.index + m[0].length, piece: index, body })
  }
  return found
}

/**
 * Gives the mentions a plenum's name covers (see above) the Central Committee as their body.
 * `pieces` are the article's pieces in text order; `mentions` in text order.
 */
export function fillPlenumBodies(text: string, pieces: readonly Piece[], mentions: readonly DirectiveMention[]): void {
  // A number that ends a stored text may be cut short (`... Nghị quyết số 2` of `số 20`).
  const end = text.trimEnd().length
  const open = mentions.filter(
    (m) =>
      m.issuingBody === null &&
      m.issuerHint === undefined &&
      PLENUM_TYPES.has(m.type) &&
      (m.parts === null ? m.number.length <= MAX_DIGITS && m.end < end : m.parts.issuerCode === 'TW'),
  )
  if (open.length === 0) return
  const named: Named[] = []
  for (let i = 0; i < pieces.length; i++) {
    // Every name holds `Trung ương`, `TW` or `TƯ`: a piece without one is not read.
    const t = pieces[i]!.text
    if (!/Trung\s+ương|TW|TƯ/iu.test(t)) continue
    for (const n of plenumsIn(pieces[i]!, i)) named.push(n)
  }
  if (named.length === 0) return
  let k = -1
  for (const m of open) {
    while (k + 1 < named.length && named[k + 1]!.end <= m.start) k++
    if (k < 0) continue
    const last = named[k]!
    // A code, only after the name in its own paragraph.
    if (m.parts !== null && pieces[last.piece]!.end < m.start) continue
    m.issuingBody = last.body
  }
}
