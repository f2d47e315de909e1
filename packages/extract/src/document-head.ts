import { type DirectiveCodeParts, findDirectiveCodes, foldDiacritics } from '@vanban/core'
import { ORGANISATION_OPENINGS } from './rules/organisation-words.ts'
import type { Piece } from './sentences.ts'
import { DOCUMENT_TYPE_WORDS } from './vocabulary.ts'

/**
 * The head of an official document printed as a page (a plan, a resolution, a circular as a law
 * site or a portal shows it), laid out by the rules of the document system: the issuing body's
 * name in capitals at the top left (under its superior body, if any), the national or Party
 * motto at the top right, the number and sign line `Số: 594/KH-UBND`, the place and date, the
 * type name alone on its line (`KẾ HOẠCH`), and under it the summary of the document's subject in
 * capitals (the trích yếu), which is the document's title. Scrapers flatten the two columns into
 * lines in either order, or onto one line between bars.
 */
export type DocumentHead = {
  /** The document's own code, from its number and sign line. */
  code: DirectiveCodeParts
  /** The issuing body as the head prints it (`ỦY BAN NHÂN DÂN TỈNH NGHỆ AN`), or null. */
  body: string | null
  /** The trích yếu, its lines as one piece of the text, or null when the head prints none. */
  title: Piece | null
}

/** A line of the text with its offsets, as the segmenter reads lines. */
type Line = Piece & { blankBefore: boolean }

// How far into a page a document's head is looked for, and how far the type line may stand below
// its number line.
const HEAD_LINES = 40
const TYPE_LINE_AFTER = 12
// How many lines above its number line a head's body may stand (bars and mottos between).
const HEAD_ABOVE = 12

// The number and sign line: `Số: 594/KH-UBND`, `Số:` with the code on the next line, a Party
// head's `Số 12-CT/HU` at the start of its line.
const NUMBER_LINE = /(?:^|[\s|-])Số\s*:\s*|^\s*Số\s+(?=\d)/u
// Only a line that writes `Số` is searched for the label.
const numberLine = (line: string): RegExpExecArray | null => (line.includes('Số') ? NUMBER_LINE.exec(line) : null)
// The mottos of the right column: the State's (`CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, `Độc lập -
// Tự do - Hạnh phúc`) and the Party's (`ĐẢNG CỘNG SẢN VIỆT NAM`), however a scraper broke or
// mangled them.
const MOTTOS = [
  /C[ỘO]NG\s+H\S{1,2}A\s+X\S{1,2}\s*H[ỘO]I(?:\s+CH[ỦU])?(?:\s+NGH[ĨI]A)?(?:\s+VI[ỆE]T)?(?:\s+NAM)?/gu,
  /(?<!\S)(?:CH[ỦU]\s+)?NGH[ĨI]A\s+VI[ỆE]T\s+NAM/gu,
  /Độc\s+lập\s*[-–]?\s*Tự\s+do\s*[-–]?\s*Hạnh\s+phúc/giu,
  /ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM/gu,
]
// What a scraper leaves of the head's layout: markup, rules, bars, stars.
const LAYOUT = /<[^>]{1,40}>|-{2,}|_{2,}|[|*]/gu

// Type names as a head prints them, alone on their line in capitals (`KẾ HOẠCH`, `THÔNG TƯ`).
const TYPE_NAMES = new Set(
  [...DOCUMENT_TYPE_WORDS.map(([name]) => name), 'công văn', 'thông báo', 'báo cáo', 'tờ trình'].map((n) =>
    foldDiacritics(n),
  ),
)
// Openings of a body's name, folded; a line that opens with one starts a body of its own. A
// head also prints bodies that news names by their own words (`VĂN PHÒNG CHÍNH PHỦ`, `HỌC VIỆN`).
const OPENINGS = [
  ...ORGANISATION_OPENINGS.map((o) => o.words),
  'văn phòng',
  'ủy ban',
  'hội đồng',
  'học viện',
  'viện ',
  'trường ',
  'ngân hàng',
  'kiểm toán',
  'thanh tra',
].map((w) => foldDiacritics(w))
// A line under the trích yếu that names who decides (`BỘ TRƯỞNG BỘ ...`, `CHÍNH PHỦ`,
// `HỘI ĐỒNG NHÂN DÂN TỈNH ...`) ends it.
const AUTHORITY =
  /^(?:chinh phu|quoc hoi|thu tuong|chu tich|bo truong|hoi dong nhan dan|uy ban nhan dan|ban thuong vu|ban chap hanh|bo chinh tri|ban bi thu|tinh uy|thanh uy|huyen uy|dang uy|giam doc|cuc truong|tong cuc truong)(?![a-z])/u

const fold = (s: string): string => foldDiacritics(s).toLowerCase().replace(/\s+/gu, ' ').trim()
const clean = (s: string): string => {
  let out = s
  for (const m of MOTTOS) out = out.replace(m, ' ')
  out = out.replace(LAYOUT, ' ').replace(/\s+/gu, ' ').trim()
  // What has no letter or digit left (`-`, `.`) is layout too.
  return /[\p{L}\p{N}]/u.test(out) ? out : ''
}
const inCapitals = (s: string): boolean => /\p{Lu}/u.test(s) && s === s.toUpperCase()
const opensBody = (s: string): boolean => {
  const f = fold(s)
  return OPENINGS.some((o) => f.startsWith(o) && (o.endsWith(' ') || !/[a-z]/u.test(f[o.length] ?? '')))
}

/** Reads the head of an official document printed on the page, or null when the page shows none. */
export function readDocumentHead(text: string, lines: readonly Line[]): DocumentHead | null {
  const last = Math.min(lines.length, HEAD_LINES)
  for (let i = 0; i < last; i++) {
    const line = lines[i]!.text
    const number = numberLine(line)
    if (number === null) continue
    const rest = line.slice(number.index + number[0].length)
    const written = rest.trim() === '' && lines[i + 1] !== undefined ? lines[i + 1]!.text : rest
    const code = findDirectiveCodes(written.slice(0, 60))[0]
    if (code === undefined || code.start > 2) continue
    return {
      code: code.parts,
      body: headBody(lines, i, line.slice(0, number.index)),
      title: summary(text, lines, i) ?? (code.parts.type === 'CV' ? letterSubject(text, lines, i) : null),
    }
  }
  return null
}

// The place and date line of the right column (`Hà Tĩnh, ngày 15 tháng 6 năm 2021`), which a
// head flattened right column first prints between the body and the number line.
const PLACE_DATE =
  /^\p{Lu}[\p{L}\p{M}]*(?:\s+\p{L}[\p{L}\p{M}]*){0,3},\s+ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}$/u

// The issuing body: the capitals above the number line (and before it on its own line), the
// mottos, layout and the place and date taken out, from the last line that opens a body (the
// superior body printed above it is left).
function headBody(lines: readonly Line[], numberLine: number, before: string): string | null {
  const parts: string[] = []
  const own = clean(before)
  if (own !== '') parts.push(own)
  for (let j = numberLine - 1; j >= 0 && j >= numberLine - HEAD_ABOVE; j--) {
    const text = clean(lines[j]!.text)
    if (text === '' || PLACE_DATE.test(text)) continue
    if (!inCapitals(text)) break
    parts.unshift(text)
  }
  const capitals = parts.filter((p) => inCapitals(p))
  let from = -1
  for (let k = capitals.length - 1; k >= 0; k--) {
    if (opensBody(capitals[k]!)) {
      from = k
      break
    }
  }
  if (from < 0) return null
  return capitals.slice(from).join(' ')
}

// The trích yếu: the capitals under the type line, up to a blank line, a line in lower case or
// the line of who decides.
function summary(text: string, lines: readonly Line[], numberLine: number): Piece | null {
  const last = Math.min(lines.length, numberLine + TYPE_LINE_AFTER)
  for (let t = numberLine + 1; t < last; t++) {
    const type = clean(lines[t]!.text)
    if (!inCapitals(type) || !TYPE_NAMES.has(fold(type))) continue
    let end = t
    for (let k = t + 1; k < lines.length; k++) {
      const words = clean(lines[k]!.text)
      if (words === '') {
        if (k === t + 1) continue
        break
      }
      if (!inCapitals(words) || (end > t && (lines[k]!.blankBefore || AUTHORITY.test(fold(words))))) break
      end = k
    }
    if (end === t) return null
    const first = lines.slice(t + 1, end + 1).find((l) => clean(l.text) !== '')!
    const lastLine = lines[end]!
    return { start: first.start, end: lastLine.end, text: text.slice(first.start, lastLine.end) }
  }
  return null
}

// An official letter prints no type line: its subject (trích yếu) stands under the number line
// and above `Kính gửi:`, the line of its addressees.
const ADDRESSEES = /^\s*Kính\s+gửi\b/u
// How many lines of words a letter's subject may take.
const SUBJECT_LINES = 3

// The subject of an official letter: the lines of words between its number line and `Kính gửi`,
// the place and date line passed over; null when no `Kính gửi` follows within the head.
function letterSubject(text: string, lines: readonly Line[], numberLine: number): Piece | null {
  const taken: Line[] = []
  const last = Math.min(lines.length, numberLine + TYPE_LINE_AFTER)
  for (let k = numberLine + 1; k < last; k++) {
    const line = lines[k]!
    if (ADDRESSEES.test(line.text)) {
      if (taken.length === 0) return null
      const end = taken[taken.length - 1]!.end
      return { start: taken[0]!.start, end, text: text.slice(taken[0]!.start, end) }
    }
    const words = clean(line.text)
    if (words === '' || PLACE_DATE.test(words)) continue
    if (taken.length === SUBJECT_LINES) return null
    taken.push(line)
  }
  return null
}

/** True for a line of a document's head (its number line, its motto), which is no title. */
export function isDocumentHeadLine(line: string): boolean {
  if (numberLine(line) !== null && findDirectiveCodes(line).length > 0) return true
  // Every motto but one writes `NG` in capitals; that one, `Độc lập`, an `ậ` in either case (no
  // other letter is the same regardless of case). Other lines are not searched.
  if (!line.includes('NG') && !line.includes('ậ') && !line.includes('Ậ')) return false
  return MOTTOS.some((m) => {
    m.lastIndex = 0
    return m.test(line)
  })
}
