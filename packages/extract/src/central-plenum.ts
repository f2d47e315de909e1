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

type Named = { start: number; end: number; piece: number; body: string; ordinal: string }

// A plenum's number as compared: `6`, `sáu` and `VI` are one.
const WORDS = ['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười']
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV']
function ordinalKey(written: string): string {
  const w = written.toLowerCase().replace(/\s+/gu, ' ')
  if (w === 'tư') return '4'
  const word = WORDS.indexOf(w)
  if (word >= 0) return String(word + 1)
  if (w.startsWith('mười ')) return String(10 + WORDS.indexOf(w.slice(5)) + 1)
  const roman = ROMAN.indexOf(written.toUpperCase())
  return roman >= 0 ? String(roman + 1) : String(Number(w))
}
const ORDINAL_IN = new RegExp(`(?:thứ|Trung\\s+ương|TW|TƯ)\\s*(${ORDINAL})`, 'iu')

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
    const ordinal = ORDINAL_IN.exec(m[0])?.[1] ?? ''
    found.push({
      start: piece.start + m.index,
      end: piece.start + m.index + m[0].length,
      piece: index,
      body,
      ordinal: ordinalKey(ordinal),
    })
  }
  return found
}

// `Hướng dẫn số 51-HD/BTGTW ... về việc “Học tập, ... triển khai thực hiện các Nghị quyết Hội
// nghị Trung ương 6, khóa XII”`: a plenum named in the title of the document cited before it.
const IN_TITLE = /^[\s,]*về\s+(?:việc\s+)?[“"]?[^;.“”"]{0,160}?(?:các\s+)?nghị quyết\s*$/iu

/**
 * A document whose title names a plenum's resolutions (see IN_TITLE), and the documents of that
 * plenum the text names: a guidance guides them, another document carries them out.
 */
export type PlenumTitle = { document: DirectiveMention; members: DirectiveMention[] }

/**
 * Gives the mentions a plenum's name covers (see above) the Central Committee as their body, and
 * returns the documents whose title names the plenum with the documents of it the text names.
 * `pieces` are the article's pieces in text order; `mentions` in text order.
 */
export function fillPlenumBodies(
  text: string,
  pieces: readonly Piece[],
  mentions: readonly DirectiveMention[],
): PlenumTitle[] {
  // A number that ends a stored text may be cut short (`... Nghị quyết số 2` of `số 20`); the
  // centre's resolutions of a term never reach three digits, so one of two is whole (its
  // conclusions do: `Kết luận số 12` may be cut from `121`).
  const end = text.trimEnd().length
  const open = mentions.filter(
    (m) =>
      m.issuingBody === null &&
      m.issuerHint === undefined &&
      PLENUM_TYPES.has(m.type) &&
      (m.parts === null
        ? m.number.length <= MAX_DIGITS && (m.end < end || (m.number.length === 2 && m.type === 'NQ'))
        : m.parts.issuerCode === 'TW'),
  )
  if (open.length === 0) return []
  const named: Named[] = []
  for (let i = 0; i < pieces.length; i++) {
    // Every name holds `Trung ương`, `TW` or `TƯ`: a piece without one is not read.
    const t = pieces[i]!.text
    if (!/Trung\s+ương|TW|TƯ/iu.test(t)) continue
    for (const n of plenumsIn(pieces[i]!, i)) named.push(n)
  }
  if (named.length === 0) return []
  const members = new Map<string, DirectiveMention[]>()
  let k = -1
  for (const m of open) {
    while (k + 1 < named.length && named[k + 1]!.end <= m.start) k++
    if (k < 0) continue
    const last = named[k]!
    // A code, only after the name in its own paragraph.
    if (m.parts !== null && pieces[last.piece]!.end < m.start) continue
    m.issuingBody = last.body
    const same = members.get(last.ordinal)
    if (same === undefined) members.set(last.ordinal, [m])
    else same.push(m)
  }
  const titles: PlenumTitle[] = []
  for (const n of named) {
    const of = members.get(n.ordinal)
    if (of === undefined) continue
    // The mention right before the name, in its paragraph.
    const document = mentions.findLast((m) => m.end <= n.start && m.start >= pieces[n.piece]!.start)
    if (document === undefined || document.tailEnd > n.start) continue
    if (!IN_TITLE.test(text.slice(document.tailEnd, n.start))) continue
    titles.push({ document, members: of })
    for (const d of sharingTitle(text, mentions, document)) titles.push({ document: d, members: of })
  }
  return titles
}

// Only a semicolon, a comma or `và` between one document's tail and the next.
const LISTED_ONLY = /^[\s,;]*(?:và\s*)?$/u

/**
 * `Kế hoạch số 78-KH/TU, ngày ... của Ban Thường vụ Thành ủy; Kế hoạch số 61-KH/ĐU của Đảng ủy về
 * tổ chức học tập ...`: documents of one type listed right before the titled one, with no title of
 * their own, share its title (a higher body's plan and the plan carrying it out, on one subject).
 */
function sharingTitle(
  text: string,
  mentions: readonly DirectiveMention[],
  titled: DirectiveMention,
): DirectiveMention[] {
  const out: DirectiveMention[] = []
  let next = titled
  for (let i = mentions.indexOf(titled) - 1; i >= 0 && out.length < 4; i--) {
    const m = mentions[i]!
    if (m.type !== titled.type || m.tailEnd > next.start || !LISTED_ONLY.test(text.slice(m.tailEnd, next.start))) break
    out.push(m)
    next = m
  }
  return out
}
