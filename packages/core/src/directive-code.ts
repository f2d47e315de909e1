import { z } from 'zod'
import {
  canonicalIssuer,
  DirectiveSystemSchema,
  DOCUMENT_KIND_WORDS,
  DOCUMENT_TYPES,
  documentKindFromWord,
  DocumentKindSchema,
  DocumentTypeSchema,
  IssuerCodeSchema,
  isDocumentTypeOf,
  type DirectiveSystem,
  type DocumentKind,
  type DocumentType,
} from './document-types.ts'

const TERM_ISSUER = /^(?:UBTVQH|QH)\d{1,2}$/

/**
 * Whether codes of this issuer are written without a type (`64/2025/QH15`): laws, ordinances and
 * resolutions of the National Assembly and its Standing Committee carry the term instead.
 */
function isTermIssuer(issuerCode: string): boolean {
  return TERM_ISSUER.test(issuerCode)
}

const DirectiveCodeShape = z.object({
  code: z.string().min(1),
  system: DirectiveSystemSchema,
  type: DocumentTypeSchema,
  number: z.string().regex(/^\d{1,6}$/, 'a document number is 1 to 6 digits, leading zeros kept as written'),
  year: z.number().int().min(1945).max(2100).optional(),
  issuerCode: IssuerCodeSchema,
})

/**
 * The parts of a directive code. `number` keeps leading zeros as written (`05-CT/TW` has
 * number `05`); `year` is present only in State codes that carry it (`13/2023/NĐ-CP`);
 * `code` is the canonical spelling, {@link formatDirectiveCode} of the other parts: Party
 * `NUMBER-TYPE/ISSUER` (`35-NQ/TW`), State `NUMBER[/YEAR]/TYPE-ISSUER` (`13/2023/NĐ-CP`,
 * `14/CT-UBND`) or, for the National Assembly, `NUMBER/YEAR/ISSUER` (`64/2025/QH15`, whose
 * `type` is `Luật` unless the text calls it a Nghị quyết or Pháp lệnh).
 */
export const DirectiveCodePartsSchema = DirectiveCodeShape.superRefine((parts, ctx) => {
  if (!isDocumentTypeOf(parts.type, parts.system)) {
    ctx.addIssue({ code: 'custom', path: ['type'], message: `${parts.type} is not a ${parts.system} document type` })
  }
  if (parts.system === 'party' && parts.year !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['year'], message: 'Party codes carry no year (35-NQ/TW)' })
  }
  if (parts.system === 'state' && isTermIssuer(parts.issuerCode) && parts.year === undefined) {
    ctx.addIssue({ code: 'custom', path: ['year'], message: 'National Assembly codes carry their year (64/2025/QH15)' })
  }
  const expected = formatDirectiveCode(parts)
  if (parts.code !== expected) {
    ctx.addIssue({ code: 'custom', path: ['code'], message: `the canonical code of these parts is ${expected}` })
  }
})

/** The parts of a directive code. */
export type DirectiveCodeParts = z.infer<typeof DirectiveCodePartsSchema>

/** The parts {@link formatDirectiveCode} needs: everything but `code`. */
export type DirectiveCodeFields = Omit<DirectiveCodeParts, 'code' | 'year'> & { readonly year?: number | undefined }

/**
 * The canonical code for its parts, the inverse of {@link parseDirectiveCode}: Party
 * `35-NQ/TW`; State `13/2023/NĐ-CP`, `1234/QĐ-TTg`; National Assembly `64/2025/QH15`.
 */
export function formatDirectiveCode(parts: DirectiveCodeFields): string {
  if (parts.system === 'party') return `${parts.number}-${parts.type}/${parts.issuerCode}`
  const head = parts.year === undefined ? `${parts.number}/` : `${parts.number}/${parts.year}/`
  return isTermIssuer(parts.issuerCode) ? `${head}${parts.issuerCode}` : `${head}${parts.type}-${parts.issuerCode}`
}

/**
 * One directive code found in a text: its parts, its UTF-16 span in the input
 * (`text.slice(start, end) === raw`, the code itself without the type word before it), and
 * the kind of document when the text says (the type word before the code, `Quy định` or
 * `Quyết định` for `QĐ`) or the type code names only one kind.
 */
export const DirectiveCodeMatchSchema = z.object({
  parts: DirectiveCodePartsSchema,
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  raw: z.string().min(1),
  kind: DocumentKindSchema.optional(),
})

/** A directive code found in a text. */
export type DirectiveCodeMatch = z.infer<typeof DirectiveCodeMatchSchema>

// ---------------------------------------------------------------------------------------------
// Folding. The scanner reads a copy of the input with one UTF-16 unit per kept character: case
// kept, Vietnamese letters reduced to their ASCII base except Đ and Ư (which codes distinguish:
// `TƯ` is TW, `TU` is Tỉnh ủy), combining marks and zero-width characters dropped (so NFD input
// reads like NFC), look-alikes mapped (Ð U+00D0 to Đ, dashes to `-`, odd spaces to ` `). `pos`
// maps each kept unit back to its offset in the input.

const D_UPPER = 0x110
const D_LOWER = 0x111
const U_HORN_UPPER = 0x1af
const U_HORN_LOWER = 0x1b0
const HORN = 0x31b

type Folded = { readonly chars: Uint16Array; readonly pos: Int32Array; readonly length: number }

const FOLD_CACHE = new Map<number, number>()

function foldNonAscii(c: number): number {
  const cached = FOLD_CACHE.get(c)
  if (cached !== undefined) return cached
  let out: number
  if ((c >= 0x300 && c <= 0x36f) || (c >= 0x200b && c <= 0x200d) || c === 0xfeff || c === 0xad) out = -1
  else if (c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000) out = 0x20
  else if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212) out = 0x2d
  else if (c === 0x2018 || c === 0x2019 || c === 0x2bc) out = 0x27
  else if (c === 0xd0) out = D_UPPER
  else if (c === 0xf0) out = D_LOWER
  else if (c >= 0xd800 && c <= 0xdfff) out = c
  else {
    const d = String.fromCharCode(c).normalize('NFD')
    const base = d.charCodeAt(0)
    if (d.length > 1 && d.includes('\u031b') && (base === 0x55 || base === 0x75)) out = base === 0x55 ? U_HORN_UPPER : U_HORN_LOWER
    else if (d.length > 1 && base < 0x80) out = base
    else out = c
  }
  FOLD_CACHE.set(c, out)
  return out
}

function fold(text: string): Folded {
  const n = text.length
  const chars = new Uint16Array(n)
  const pos = new Int32Array(n + 1)
  let len = 0
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === HORN && len > 0) {
      const last = chars[len - 1]
      if (last === 0x55) chars[len - 1] = U_HORN_UPPER
      else if (last === 0x75) chars[len - 1] = U_HORN_LOWER
      continue
    }
    const f = c < 0x80 ? c : foldNonAscii(c)
    if (f < 0) continue
    chars[len] = f
    pos[len] = i
    len++
  }
  pos[len] = n
  return { chars, pos, length: len }
}

// ---------------------------------------------------------------------------------------------
// Character classes over folded units. Out-of-range reads give NaN-free 0 (typed arrays give
// undefined, which `?? 0` turns into NUL: neither a letter nor a digit).

function at(f: Folded, i: number): number {
  return i < f.length ? (f.chars[i] ?? 0) : 0
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39
}

function isCodeLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === D_UPPER || c === D_LOWER || c === U_HORN_UPPER || c === U_HORN_LOWER
}

function isWordChar(c: number): boolean {
  if (isDigit(c) || isCodeLetter(c) || c === 0x5f) return true
  if (c < 0xc0) return false
  return !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xd800 && c <= 0xdfff) && c !== 0xfeff
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09
}

function skipSpaces(f: Folded, i: number, max: number): number {
  let j = i
  while (j - i < max && isSpace(at(f, j))) j++
  return j
}

/** End of a run of code letters or digits starting at `i`, or -1 when it is longer than `max`. */
function readAlnum(f: Folded, i: number, max: number): number {
  let j = i
  while (isCodeLetter(at(f, j)) || isDigit(at(f, j))) {
    j++
    if (j - i > max) return -1
  }
  return j
}

function slice(f: Folded, from: number, to: number): string {
  let out = ''
  for (let i = from; i < to; i++) out += String.fromCharCode(at(f, i))
  return out
}

/** The lookup key of a folded range: upper case, `Đ` as `D` (see `typeKey`). */
function keyOf(f: Folded, from: number, to: number): string {
  let out = ''
  for (let i = from; i < to; i++) {
    const c = at(f, i)
    out += c === D_UPPER || c === D_LOWER ? 'D' : c >= 0x61 && c <= 0x7a ? String.fromCharCode(c - 32) : String.fromCharCode(c)
  }
  return out
}

/** A code may start here: not inside a word, a number, a path or a slug. */
function leftBoundary(f: Folded, i: number): boolean {
  if (i === 0) return true
  const p = at(f, i - 1)
  if (isWordChar(p) || p === 0x2d || p === 0x2f || p === 0x5c || p === 0x40 || p === 0x23 || p === 0x2b) return false
  if ((p === 0x2e || p === 0x2c) && i >= 2 && isWordChar(at(f, i - 2))) return false
  return true
}

/** A code may end here: not followed by more of a word, a path or a slug. */
function rightBoundary(f: Folded, i: number): boolean {
  const c = at(f, i)
  if (isWordChar(c)) return false
  if ((c === 0x2d || c === 0x2f) && isWordChar(at(f, i + 1))) return false
  return true
}

// ---------------------------------------------------------------------------------------------
// Vocabulary lookups.

/** Type codes that are written inside codes (laws and ordinances carry none), by folded key. */
const TYPE_BY_KEY = new Map<string, DocumentType>(
  DocumentTypeSchema.options.filter((t) => t !== 'Luật' && t !== 'PL').map((t) => [typeKey(t), t]),
)

function typeKey(type: string): string {
  return type.toUpperCase().replace(/[ĐÐ]/g, 'D')
}

function lookupType(raw: string): DocumentType | null {
  return TYPE_BY_KEY.get(typeKey(raw)) ?? null
}

type Issuer = { readonly code: string; readonly system: DirectiveSystem | null }

const UPPER_UNKNOWN = /^[A-ZĐ][A-ZĐ0-9]*$/

/** A known issuer in any case, or an unknown one written in capitals (kept as written). */
function resolveIssuer(raw: string): Issuer | null {
  const known = canonicalIssuer(raw)
  if (known !== null) return known
  return UPPER_UNKNOWN.test(raw) ? { code: raw, system: null } : null
}

/** Lower-case ASCII view of a folded range, for matching type words. */
function lowerFold(f: Folded, from: number, to: number): string {
  const units = new Array<number>(to - from)
  for (let i = from; i < to; i++) {
    const c = at(f, i)
    units[i - from] =
      c === D_UPPER || c === D_LOWER ? 0x64 : c === U_HORN_UPPER || c === U_HORN_LOWER ? 0x75 : c >= 0x41 && c <= 0x5a ? c + 32 : c
  }
  return String.fromCharCode(...units)
}

const KIND_WINDOW = 64
const KIND_BY_WORD = new Map(DOCUMENT_KIND_WORDS.map((word) => [word, documentKindFromWord(word)]))

function isLowerAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || isDigit(c)
}

function trimEnd(s: string, e: number): number {
  while (e > 0 && isBlank(s.charCodeAt(e - 1))) e--
  return e
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d
}

/**
 * Reads backwards from the end of `s` (lower-folded text ending where a code starts) over what
 * may stand between a type word and its code: a repeated type code (`QĐ 1147-...`), `số` and
 * `:`. Returns where the type word, if any, must end.
 */
function typeWordEnd(s: string): number {
  let e = trimEnd(s, s.length)
  let b = e
  while (b > 0 && e - b < 6 && isLowerAlnum(s.charCodeAt(b - 1))) b--
  if (b < e && e - b <= 5 && (b === 0 || !isLowerAlnum(s.charCodeAt(b - 1))) && !isDigit(s.charCodeAt(b))) {
    const token = s.slice(b, e)
    if (token !== 'so' && lookupType(token) !== null) e = trimEnd(s, b)
  }
  if (s.charAt(e - 1) === ':') e = trimEnd(s, e - 1)
  if (s.endsWith('so', e) && (e === 2 || !isLowerAlnum(s.charCodeAt(e - 3)))) e = trimEnd(s, e - 2)
  return e
}

/** The (folded) type word ending at `e` in `s`, as a whole word. */
function typeWordAt(s: string, e: number): string | null {
  for (const word of DOCUMENT_KIND_WORDS) {
    const b = e - word.length
    if (b >= 0 && s.startsWith(word, b) && (b === 0 || !isLowerAlnum(s.charCodeAt(b - 1)))) return word
  }
  return null
}

/** The kind named by the type word right before a code, allowing `số`, `số:` and a repeated type code. */
function kindBefore(f: Folded, start: number): DocumentKind | null {
  const s = lowerFold(f, Math.max(0, start - KIND_WINDOW), start)
  const word = typeWordAt(s, typeWordEnd(s))
  return word === null ? null : (KIND_BY_WORD.get(word) ?? null)
}

/** Whether `s` is nothing but an optional type word, `số` and a repeated type code. */
function isParsePrefix(s: string): boolean {
  const e = typeWordEnd(s)
  if (trimEnd(s, e) === 0) return true
  const word = typeWordAt(s, e)
  return word !== null && trimEnd(s, e - word.length) === 0
}

/** The kind a match reports: the type word's when it fits the type code, else the code's only kind. */
function kindOf(type: DocumentType, word: DocumentKind | null): DocumentKind | undefined {
  const kinds = DOCUMENT_TYPES[type].kinds
  if (word !== null && kinds.includes(word)) return word
  return kinds.length === 1 ? kinds[0] : undefined
}

// ---------------------------------------------------------------------------------------------
// Matching at one digit run. Every step reads a bounded number of units, so a scan is linear.

type Found = { readonly parts: DirectiveCodeParts; readonly end: number }

function party(number: string, type: DocumentType, issuerCode: string): DirectiveCodeParts | null {
  if (!isDocumentTypeOf(type, 'party')) return null
  return { code: `${number}-${type}/${issuerCode}`, system: 'party', type, number, issuerCode }
}

function state(number: string, year: number | undefined, type: DocumentType, issuerCode: string): DirectiveCodeParts | null {
  if (!isDocumentTypeOf(type, 'state')) return null
  const fields = year === undefined ? { system: 'state' as const, type, number, issuerCode } : { system: 'state' as const, type, number, year, issuerCode }
  return { code: formatDirectiveCode(fields), ...fields }
}

/** `35-NQ/TW`, `35 - NQ/TW`, `35 NQ/TW`, `72-NQ-TW`, `28-NQ/TƯ`, `28-NQ/TU'`. */
function matchParty(f: Folded, start: number, numEnd: number, number: string): Found | null {
  let j = skipSpaces(f, numEnd, 3)
  const hyphen = at(f, j) === 0x2d
  if (hyphen) j = skipSpaces(f, j + 1, 3)
  else if (j === numEnd) return null
  if (!isCodeLetter(at(f, j))) return null
  const typeEnd = readAlnum(f, j, 5)
  if (typeEnd <= j) return null
  const type = TYPE_BY_KEY.get(keyOf(f, j, typeEnd)) ?? null
  if (type === null) return null
  let k = skipSpaces(f, typeEnd, 2)
  let slash: boolean
  if (at(f, k) === 0x2f) {
    slash = true
    k = skipSpaces(f, k + 1, 2)
  } else if (k === typeEnd && at(f, k) === 0x2d) {
    slash = false
    k++
  } else return null
  if (!slash && !hyphen) return null
  if (!isCodeLetter(at(f, k))) return null
  const issuerEnd = readAlnum(f, k, 12)
  if (issuerEnd < 0) return null
  let raw = slice(f, k, issuerEnd)
  let end = issuerEnd
  const last = at(f, issuerEnd - 1)
  // `TU'` is how a keyboard without the horn writes `TƯ`, unless the code sits in quotes.
  if (at(f, issuerEnd) === 0x27 && (last === 0x55 || last === 0x75) && at(f, start - 1) !== 0x27 && !isWordChar(at(f, issuerEnd + 1))) {
    raw = `${raw.slice(0, -1)}Ư`
    end = issuerEnd + 1
  }
  if (!rightBoundary(f, end)) return null
  const issuer = resolveIssuer(raw)
  if (issuer === null) return null
  if (!slash && issuer.system !== 'party') return null
  const parts = issuer.system === 'state' ? state(number, undefined, type, issuer.code) : party(number, type, issuer.code)
  return parts === null ? null : { parts, end }
}

/** `13/2023/NĐ-CP`, `14/CT-UBND`, `01/2015/TTLT-BTC-BYT`, `64/2025/QH15`; `35/NQ-TW` is Party. */
function matchState(f: Folded, start: number, numEnd: number, number: string): Found | null {
  let j = numEnd + 1
  let year: number | undefined
  if (isDigit(at(f, j))) {
    const yearEnd = readAlnum(f, j, 4)
    if (yearEnd !== j + 4 || at(f, yearEnd) !== 0x2f) return null
    const text = slice(f, j, yearEnd)
    if (!/^\d{4}$/.test(text)) return null
    year = Number(text)
    if (year < 1945 || year > 2100) return null
    j = yearEnd + 1
  }
  if (!isCodeLetter(at(f, j))) return null
  const tokenEnd = readAlnum(f, j, 12)
  if (tokenEnd < 0) return null
  const token = slice(f, j, tokenEnd)
  if (at(f, tokenEnd) === 0x2d && isCodeLetter(at(f, tokenEnd + 1))) {
    const type = TYPE_BY_KEY.get(keyOf(f, j, tokenEnd)) ?? null
    if (type === null) return null
    const issuers: Issuer[] = []
    let k = tokenEnd + 1
    for (;;) {
      const segEnd = readAlnum(f, k, 12)
      if (segEnd <= k) return null
      const issuer = resolveIssuer(slice(f, k, segEnd))
      if (issuer === null) return null
      issuers.push(issuer)
      k = segEnd
      if (issuers.length < 4 && at(f, k) === 0x2d && isCodeLetter(at(f, k + 1))) k++
      else break
    }
    if (!rightBoundary(f, k)) return null
    const first = issuers[0]
    if (first === undefined) return null
    if (first.system === 'party') {
      if (issuers.length > 1 || year !== undefined) return null
      const parts = party(number, type, first.code)
      return parts === null ? null : { parts, end: k }
    }
    if (isTermIssuer(first.code)) return null
    const parts = state(number, year, type, issuers.map((i) => i.code).join('-'))
    return parts === null ? null : { parts, end: k }
  }
  if (year === undefined || !rightBoundary(f, tokenEnd)) return null
  const issuer = canonicalIssuer(token)
  if (issuer === null || !isTermIssuer(issuer.code)) return null
  const word = kindBefore(f, start)
  const type: DocumentType =
    word === 'resolution' ? 'NQ' : word === 'ordinance' ? 'PL' : word === 'law' ? 'Luật' : issuer.code.startsWith('QH') ? 'Luật' : 'NQ'
  const parts = state(number, year, type, issuer.code)
  return parts === null ? null : { parts, end: tokenEnd }
}

const MAX_NUMBER_DIGITS = 6

function matchAt(f: Folded, start: number, numEnd: number): Found | null {
  const next = at(f, numEnd)
  if (next !== 0x2f && next !== 0x2d && !isSpace(next)) return null
  const number = slice(f, start, numEnd)
  return next === 0x2f ? matchState(f, start, numEnd, number) : matchParty(f, start, numEnd, number)
}

type Hit = { readonly parts: DirectiveCodeParts; readonly startK: number; readonly endK: number }

function scan(f: Folded, limit = Number.POSITIVE_INFINITY): Hit[] {
  const hits: Hit[] = []
  let i = 0
  while (i < f.length && hits.length < limit) {
    if (!isDigit(at(f, i))) {
      i++
      continue
    }
    let runEnd = i + 1
    while (isDigit(at(f, runEnd))) runEnd++
    if (runEnd - i <= MAX_NUMBER_DIGITS && leftBoundary(f, i)) {
      const found = matchAt(f, i, runEnd)
      if (found !== null) {
        hits.push({ parts: found.parts, startK: i, endK: found.end })
        i = found.end
        continue
      }
    }
    i = runEnd
  }
  return hits
}

function endOffset(text: string, f: Folded, endK: number): number {
  let end = (f.pos[endK - 1] ?? 0) + 1
  while (end < text.length) {
    const c = text.charCodeAt(end)
    if (c < 0x300 || c > 0x36f) break
    end++
  }
  return end
}

/**
 * Every directive code in a text, in order, with its UTF-16 span in the input: Party codes
 * (`35-NQ/TW`, `99-HD/BTGTW`, `28-NQ/TU`) and State codes (`13/2023/NĐ-CP`, `14/CT-UBND`,
 * `64/2025/QH15`), in the spellings {@link parseDirectiveCode} accepts. Dates, phone numbers,
 * amounts, numbers in slugs and file names (`nghi-quyet-35-nq-tw.jpg`) and bare numbers
 * (`Nghị quyết 35`, `Ban Chỉ đạo 35`) are not codes.
 *
 * Runs in time linear in the text (a single pass with bounded look-ahead at each number) and
 * never throws, whatever the input (lone surrogates, megabytes without a line break).
 */
export function findDirectiveCodes(text: string): DirectiveCodeMatch[] {
  const f = fold(text)
  return scan(f).map((hit) => {
    const start = f.pos[hit.startK] ?? 0
    const end = endOffset(text, f, hit.endK)
    const kind = kindOf(hit.parts.type, kindBefore(f, hit.startK))
    const match = { parts: hit.parts, start, end, raw: text.slice(start, end) }
    return kind === undefined ? match : { ...match, kind }
  })
}

const TRAILING_OK = new Set([0x20, 0x09, 0x0a, 0x0d, 0x2e, 0x2c, 0x3b, 0x3a, 0x29, 0x5d])
const MAX_PREFIX = 80

/**
 * One directive code as written in text, with or without the type words and `số` before it:
 * `35-NQ/TW`, `Nghị quyết số 35-NQ/TW`, `Quy định số 85 - QD/TƯ`, `72-NQ-TW`,
 * `QĐ 1147-QĐ/BTGDVTW`, `Quyết định số 1234/QĐ-TTg`, `Luật số 64/2025/QH15`, in any case, with
 * `D` for `Đ`, the look-alike `Ð`, `TƯ` or `TU'` for `TW` (plain `TU` is Tỉnh ủy and stays
 * `TU`), NFC or NFD. Returns the canonical parts, or `null` for anything else: a date
 * (`22/10/2018`, `10/2018`), a phone number, an amount, a number without a type code
 * (`Nghị quyết 35`, `Ban Chỉ đạo 35`), several codes, or a code inside a longer sentence (use
 * {@link findDirectiveCodes} for those).
 */
export function parseDirectiveCode(text: string): DirectiveCodeParts | null {
  const f = fold(text)
  const hits = scan(f, 2)
  const hit = hits[0]
  if (hit === undefined || hits.length > 1 || hit.startK > MAX_PREFIX) return null
  if (!isParsePrefix(lowerFold(f, 0, hit.startK))) return null
  for (let k = hit.endK; k < f.length; k++) if (!TRAILING_OK.has(at(f, k))) return null
  return hit.parts
}
