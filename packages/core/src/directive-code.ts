import { z } from 'zod'
import {
  canonicalIssuer,
  type DirectiveSystem,
  DirectiveSystemSchema,
  DOCUMENT_KIND_WORDS,
  DOCUMENT_TYPES,
  type DocumentKind,
  DocumentKindSchema,
  type DocumentType,
  DocumentTypeSchema,
  documentKindFromWord,
  IssuerCodeSchema,
  isDocumentTypeOf,
} from './document-types.ts'

/**
 * Whether codes of this issuer are written without a type (`64/2025/QH15`): laws, ordinances and
 * resolutions of the National Assembly and its Standing Committee carry the term instead. That
 * is `QH` or `UBTVQH` and one or two digits, tested without a regex since every match asks.
 */
function isTermIssuer(issuerCode: string): boolean {
  const prefix = issuerCode.startsWith('QH') ? 2 : issuerCode.startsWith('UBTVQH') ? 6 : 0
  const digits = issuerCode.length - prefix
  if (prefix === 0 || digits < 1 || digits > 2) return false
  const first = issuerCode.charCodeAt(prefix)
  const second = digits === 2 ? issuerCode.charCodeAt(prefix + 1) : 0x30
  return first >= 0x30 && first <= 0x39 && second >= 0x30 && second <= 0x39
}

const DirectiveCodeShape = z.object({
  code: z.string().min(1),
  system: DirectiveSystemSchema,
  type: DocumentTypeSchema,
  number: z
    .string()
    .regex(
      /^\d{1,6}[a-z]?$/,
      'a document number is 1 to 6 digits and an optional letter, leading zeros kept as written',
    ),
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
  return codeOf(parts.system, parts.number, parts.year, parts.type, parts.issuerCode)
}

function codeOf(
  system: DirectiveSystem,
  number: string,
  year: number | undefined,
  type: DocumentType,
  issuerCode: string,
): string {
  if (isUnitLetter(system, type, year, issuerCode)) return `${number}/${issuerCode}`
  const tail = codeTail(system, type, issuerCode)
  if (system === 'party' || year === undefined) return number + tail
  return `${number}/${year}${tail}`
}

// A State official letter with its drafting unit is written without its type: `2817/UBND-NC`.
function isUnitLetter(
  system: DirectiveSystem,
  type: DocumentType,
  year: number | undefined,
  issuerCode: string,
): boolean {
  if (system !== 'state' || type !== 'CV' || year !== undefined) return false
  const dash = issuerCode.indexOf('-')
  return dash > 0 && canonicalIssuer(issuerCode.slice(0, dash))?.system === 'state'
}

// What follows the number (and the year) in a code, by system, issuer and type: `-NQ/TW`,
// `/NĐ-CP`, `/QH15`. A text cites the same few over and over, and building each code from all
// its parts cost more than finding it. Kept small, since a text can also be made of made-up ones.
const CODE_TAILS = {
  party: new Map<string, Map<DocumentType, string>>(),
  state: new Map<string, Map<DocumentType, string>>(),
}
const CODE_TAILS_SIZE = 512

function codeTail(system: DirectiveSystem, type: DocumentType, issuerCode: string): string {
  const byIssuer = CODE_TAILS[system]
  let byType = byIssuer.get(issuerCode)
  if (byType === undefined) {
    if (byIssuer.size >= CODE_TAILS_SIZE) byIssuer.clear()
    byType = new Map()
    byIssuer.set(issuerCode, byType)
  }
  let tail = byType.get(type)
  if (tail === undefined) {
    tail =
      system === 'party'
        ? `-${type}/${issuerCode}`
        : isTermIssuer(issuerCode)
          ? `/${issuerCode}`
          : `/${type}-${issuerCode}`
    byType.set(type, tail)
  }
  return tail
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
// Folding. The scanner reads the input with one UTF-16 unit per kept character: case kept,
// Vietnamese letters reduced to their ASCII base except Đ and Ư (which codes distinguish: `TƯ` is
// TW, `TU` is Tỉnh ủy), combining marks and zero-width characters dropped (so NFD input reads like
// NFC), look-alikes mapped (Ð U+00D0 to Đ, dashes to `-`, odd spaces to ` `). A text with nothing
// to drop (the usual case) is read as it is, each unit folded as the matchers look at it, so most
// of it is never read at all; any other text is folded whole into `units` first. Reading past the
// end (or before the start) gives 0, which is neither a letter, a digit nor a space: the matchers
// read ahead without bounds checks. Rather than an offset per unit, folding notes where units were
// dropped (`drops`), which maps a unit back to the input (`rawAt`).

const D_UPPER = 0x110
const D_LOWER = 0x111
const U_HORN_UPPER = 0x1af
const U_HORN_LOWER = 0x1b0
const HORN = 0x31b
const DROPPED = -1

type Folded = {
  readonly text: string
  /** The folded units when the input has units to drop, else null (the input is read as it is). */
  readonly units: Uint16Array | null
  readonly length: number
  /** For each input unit dropped, how many units were kept before it (ascending). */
  readonly drops: readonly number[]
}

// The units folding drops: combining diacritics (the horn among them), zero-width characters
// and the soft hyphen.
const DROPPED_UNIT = /[\u0300-\u036f\u200b-\u200d\ufeff\u00ad]/

function foldNonAscii(c: number): number {
  if (DROPPED_UNIT.test(String.fromCharCode(c))) return DROPPED
  if (c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000) return 0x20
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212) return 0x2d
  if (c === 0x2018 || c === 0x2019 || c === 0x2bc) return 0x27
  if (c === 0xd0) return D_UPPER
  if (c === 0xf0) return D_LOWER
  if (c >= 0xd800 && c <= 0xdfff) return c
  const d = String.fromCharCode(c).normalize('NFD')
  const base = d.charCodeAt(0)
  if (d.length > 1 && d.includes('\u031b') && (base === 0x55 || base === 0x75))
    return base === 0x55 ? U_HORN_UPPER : U_HORN_LOWER
  return d.length > 1 && base < 0x80 ? base : c
}

// The folded unit of each UTF-16 unit from U+0080, worked out on first sight (0 means not yet;
// no unit folds to 0). A table rather than a Map, since the matchers read it at every unit they
// look at.
const FOLD_TABLE = new Int32Array(0x10000)

function foldUnit(c: number): number {
  const known = FOLD_TABLE[c] ?? 0
  if (known !== 0) return known
  const folded = foldNonAscii(c)
  FOLD_TABLE[c] = folded
  return folded
}

// The one unit of DROPPED_UNIT a markless text may hold (see findDirectiveCodes).
const SOFT_HYPHEN = '\u00ad'

function fold(text: string, markless = false): Folded {
  if (markless ? !text.includes(SOFT_HYPHEN) : !DROPPED_UNIT.test(text))
    return { text, units: null, length: text.length, drops: [] }
  const n = text.length
  const units = new Uint16Array(n)
  const drops: number[] = []
  let len = 0
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) {
      units[len++] = c
      continue
    }
    if (c === HORN && len > 0) {
      const last = units[len - 1]
      if (last === 0x55) units[len - 1] = U_HORN_UPPER
      else if (last === 0x75) units[len - 1] = U_HORN_LOWER
      drops.push(len)
      continue
    }
    const f = foldUnit(c)
    if (f === DROPPED) {
      drops.push(len)
      continue
    }
    units[len++] = f
  }
  return { text, units, length: len, drops }
}

/** The input offset of folded unit `k` (the input's length for `k === length`). */
function rawAt(f: Folded, k: number): number {
  const drops = f.drops
  if (drops.length === 0 || k < (drops[0] ?? 0)) return k
  // The number of drops noted at or before `k`, by binary search.
  let lo = 0
  let hi = drops.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((drops[mid] ?? 0) <= k) lo = mid + 1
    else hi = mid
  }
  return k + lo
}

// ---------------------------------------------------------------------------------------------
// Character classes over folded units.

function at(f: Folded, i: number): number {
  // Bounds checked here rather than by the read: once charCodeAt has read past the end, V8
  // compiles every read to the slow path.
  if (i < 0 || i >= f.length) return 0
  const units = f.units
  if (units !== null) return units[i] ?? 0
  const c = f.text.charCodeAt(i)
  return c < 0x80 ? c : foldUnit(c)
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39
}

function isCodeLetter(c: number): boolean {
  return (
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    c === D_UPPER ||
    c === D_LOWER ||
    c === U_HORN_UPPER ||
    c === U_HORN_LOWER
  )
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
  for (let c = at(f, j); isCodeLetter(c) || isDigit(c); c = at(f, j)) {
    j++
    if (j - i > max) return -1
  }
  return j
}

/** The folded units in `[from, to)` as a string: a slice of the input when folding left them as written. */
function slice(f: Folded, from: number, to: number): string {
  const rawFrom = rawAt(f, from)
  let same = true
  for (let i = from; i < to && same; i++) same = at(f, i) === f.text.charCodeAt(rawFrom + i - from)
  if (same) return f.text.slice(rawFrom, rawFrom + to - from)
  let out = ''
  for (let i = from; i < to; i++) out += String.fromCharCode(at(f, i))
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

// Type codes are looked up by number, so that reading one makes no string: each letter (either
// case, `Đ` as `D`) is a base-27 digit, anything else is no type. No type code has more than 4
// letters, so the numbers stay small integers.
const MAX_TYPE_LETTERS = 4

function typeLetter(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c - 0x40
  if (c >= 0x61 && c <= 0x7a) return c - 0x60
  return c === D_UPPER || c === D_LOWER ? 4 : 0
}

function typeNumber(f: Folded, from: number, to: number): number {
  if (to - from > MAX_TYPE_LETTERS) return 0
  let n = 0
  for (let i = from; i < to; i++) {
    const letter = typeLetter(at(f, i))
    if (letter === 0) return 0
    n = n * 27 + letter
  }
  return n
}

/** Type codes that are written inside codes (laws and ordinances carry none), by number. */
const TYPE_BY_NUMBER = new Map<number, DocumentType>(
  DocumentTypeSchema.options
    .filter((t) => t !== 'Luật' && t !== 'PL')
    .map((t) => [typeNumber(fold(t), 0, t.length), t]),
)

/** The type code written in a folded range, in any case, with `D` for `Đ`. */
function typeAt(f: Folded, from: number, to: number): DocumentType | null {
  const n = typeNumber(f, from, to)
  return n === 0 ? null : (TYPE_BY_NUMBER.get(n) ?? null)
}

type Issuer = { readonly code: string; readonly system: DirectiveSystem | null }

const UPPER_UNKNOWN = /^[A-ZĐ][A-ZĐ0-9]*$/

// Issuers resolved so far, by spelling: a text names the same few issuers over and over. Kept
// small, since a text can also be made of made-up ones.
const ISSUER_CACHE = new Map<string, Issuer | null>()
const ISSUER_CACHE_SIZE = 512

/** A known issuer in any case, or an unknown one written in capitals (kept as written). */
function resolveIssuer(raw: string): Issuer | null {
  const cached = ISSUER_CACHE.get(raw)
  if (cached !== undefined) return cached
  const known = canonicalIssuer(raw)
  // An unknown issuer of one letter is a code cut short (`12-CT/T` for `12-CT/TU`), not an issuer.
  const issuer = known ?? (raw.length > 1 && UPPER_UNKNOWN.test(raw) ? { code: raw, system: null } : null)
  if (ISSUER_CACHE.size >= ISSUER_CACHE_SIZE) ISSUER_CACHE.clear()
  ISSUER_CACHE.set(raw, issuer)
  return issuer
}

/** The lower-case ASCII view of a folded unit, for matching type words. */
function lowOf(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c + 32
  if (c === D_UPPER || c === D_LOWER) return 0x64
  return c === U_HORN_UPPER || c === U_HORN_LOWER ? 0x75 : c
}

// lowOf of each input unit's fold, worked out on first sight, plus one (0 means not yet): the
// look-behind for type words reads a few units before every code, and a text read as it is
// (no units dropped) needs one look-up per unit instead of folding and lower-casing it.
const LOW_TABLE = new Int32Array(0x10000)

function lowAt(f: Folded, i: number): number {
  if (f.units !== null || i < 0 || i >= f.length) return lowOf(at(f, i))
  const c = f.text.charCodeAt(i)
  const known = LOW_TABLE[c] ?? 0
  if (known !== 0) return known - 1
  const low = lowOf(c < 0x80 ? c : foldUnit(c))
  LOW_TABLE[c] = low + 1
  return low
}

const KIND_WINDOW = 64

type KindWord = { readonly units: readonly number[]; readonly kind: DocumentKind | null }

/** The folded type words as code units, longest first, with the kind each names. */
const KIND_WORDS: readonly KindWord[] = DOCUMENT_KIND_WORDS.map((word) => ({
  units: Array.from(word, (ch) => ch.charCodeAt(0)),
  kind: documentKindFromWord(word),
}))

// The type words spelled backwards, as a trie over `a`-`z` and the space, so that the look-behind
// reads each unit once however many words end alike: node n's child for letter k is
// KIND_TRIE[n * TRIE_LETTERS + k] (0 for none, the root being 0) and KIND_AT_NODE[n] is the word
// that ends there.
const TRIE_LETTERS = 27

function trieLetter(c: number): number {
  if (c === 0x20) return 26
  return c >= 0x61 && c <= 0x7a ? c - 0x61 : -1
}

const KIND_TRIE: number[] = new Array<number>(TRIE_LETTERS).fill(0)
const KIND_AT_NODE: (KindWord | null)[] = [null]
for (const word of KIND_WORDS) {
  let node = 0
  for (let i = word.units.length - 1; i >= 0; i--) {
    const slot = node * TRIE_LETTERS + trieLetter(word.units[i] ?? 0)
    let child = KIND_TRIE[slot] ?? 0
    if (child === 0) {
      child = KIND_AT_NODE.length
      KIND_AT_NODE.push(null)
      for (let k = 0; k < TRIE_LETTERS; k++) KIND_TRIE.push(0)
      KIND_TRIE[slot] = child
    }
    node = child
  }
  KIND_AT_NODE[node] = word
}

function isLowerAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || isDigit(c)
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d
}

// The look-behind for type words reads the folded units in [lo, e) as one lower-case string
// would: `lo` is its start, so nothing before it counts (a word may start right at `lo`).

function trimEnd(f: Folded, lo: number, e: number): number {
  let end = e
  while (end > lo && isBlank(lowAt(f, end - 1))) end--
  return end
}

/** Whether the two units ending at `e` (and starting at or after `lo`) are `so`. */
function isSoBefore(f: Folded, lo: number, e: number): boolean {
  return e - lo >= 2 && lowAt(f, e - 2) === 0x73 && lowAt(f, e - 1) === 0x6f
}

/**
 * Reads backwards from `hi` (where a code starts) over what may stand between a type word and
 * its code: a repeated type code (`QĐ 1147-...`), `số` and `:`. Returns where the type word, if
 * any, must end.
 */
function typeWordEnd(f: Folded, lo: number, hi: number): number {
  let e = trimEnd(f, lo, hi)
  let b = e
  while (b > lo && e - b < 6 && isLowerAlnum(lowAt(f, b - 1))) b--
  if (b < e && e - b <= 5 && (b === lo || !isLowerAlnum(lowAt(f, b - 1))) && !isDigit(lowAt(f, b))) {
    const isSo = e - b === 2 && isSoBefore(f, b, e)
    if (!isSo && typeAt(f, b, e) !== null) e = trimEnd(f, lo, b)
  }
  if (e > lo && lowAt(f, e - 1) === 0x3a) e = trimEnd(f, lo, e - 1)
  if (isSoBefore(f, lo, e) && (e - lo === 2 || !isLowerAlnum(lowAt(f, e - 3)))) e = trimEnd(f, lo, e - 2)
  return e
}

/** The type word ending at `e`, as a whole word starting at or after `lo`: the longest, if several. */
function typeWordAt(f: Folded, lo: number, e: number): KindWord | null {
  let found: KindWord | null = null
  let node = 0
  for (let b = e - 1; b >= lo; b--) {
    const letter = trieLetter(lowAt(f, b))
    node = letter < 0 ? 0 : (KIND_TRIE[node * TRIE_LETTERS + letter] ?? 0)
    if (node === 0) break
    const word = KIND_AT_NODE[node] ?? null
    if (word !== null && (b === lo || !isLowerAlnum(lowAt(f, b - 1)))) found = word
  }
  return found
}

/** The kind named by the type word right before a code, allowing `số`, `số:` and a repeated type code. */
function kindBefore(f: Folded, start: number): DocumentKind | null {
  const lo = Math.max(0, start - KIND_WINDOW)
  return typeWordAt(f, lo, typeWordEnd(f, lo, start))?.kind ?? null
}

/**
 * The Party type the type word before a code names when the code's letters name another:
 * `Kết luận số 01-CT/TW` is the conclusion 01-KL/TW (a reader trusts the word over the letters).
 * Only a word that names one Party type, and that opens the name (not `kết luận` of `Thông báo
 * kết luận số 47-TB/TW`), overrides, and never `công văn`, said of any document; null otherwise.
 */
function typeByWord(f: Folded, start: number, parts: DirectiveCodeParts): DocumentType | null {
  if (parts.system !== 'party') return null
  const lo = Math.max(0, start - KIND_WINDOW)
  const e = typeWordEnd(f, lo, start)
  return typeOfWord(f, lo, e, typeWordAt(f, lo, e), parts)
}

// typeByWord once the type word ending at `e` (read from `lo`) is known.
function typeOfWord(
  f: Folded,
  lo: number,
  e: number,
  word: KindWord | null,
  parts: DirectiveCodeParts,
): DocumentType | null {
  if (parts.system !== 'party') return null
  if (word === null || word.kind === null || DOCUMENT_TYPES[parts.type].kinds.includes(word.kind)) return null
  if (GENERIC_KINDS.has(word.kind)) return null
  if (typeWordAt(f, lo, trimEnd(f, lo, e - word.units.length)) !== null) return null
  const types = PARTY_TYPES_BY_KIND.get(word.kind)
  return types !== undefined && types.length === 1 ? types[0]! : null
}

// `Công văn` is what any dispatched document is called in speech (`công văn 09-QC/TW` of a
// regulation): the word names no type, so the code's letters stand.
const GENERIC_KINDS: ReadonlySet<DocumentKind> = new Set(['official_letter'])

const PARTY_TYPES_BY_KIND = new Map<DocumentKind, DocumentType[]>()
for (const type of DocumentTypeSchema.options) {
  if (!isDocumentTypeOf(type, 'party')) continue
  for (const kind of DOCUMENT_TYPES[type].kinds)
    PARTY_TYPES_BY_KIND.set(kind, [...(PARTY_TYPES_BY_KIND.get(kind) ?? []), type])
}

/** `parts` with the type {@link typeByWord} reads, when it reads one. */
function withWordType(f: Folded, start: number, parts: DirectiveCodeParts): DirectiveCodeParts {
  const type = typeByWord(f, start, parts)
  return type === null ? parts : (party(parts.number, type, parts.issuerCode) ?? parts)
}

/** Whether the folded units before `hi` are nothing but an optional type word, `số` and a repeated type code. */
function isParsePrefix(f: Folded, hi: number): boolean {
  const e = typeWordEnd(f, 0, hi)
  if (trimEnd(f, 0, e) === 0) return true
  const word = typeWordAt(f, 0, e)
  return word !== null && trimEnd(f, 0, e - word.units.length) === 0
}

/** The kind a match reports: the type word's when it fits the type code, else the code's only kind. */
function kindOf(type: DocumentType, word: DocumentKind | null): DocumentKind | undefined {
  const kinds = DOCUMENT_TYPES[type].kinds
  if (word !== null && kinds.includes(word)) return word
  return kinds.length === 1 ? kinds[0] : undefined
}

// ---------------------------------------------------------------------------------------------
// Matching at one digit run. Every step reads a bounded number of units, so a scan is linear.

/**
 * Where a scan stands: the next code is searched from `from`; the matchers return the parts and
 * leave the span of what they matched in `start` and `end`.
 */
type Cursor = { from: number; start: number; end: number }

// Parts already built, by system, type and code (which, with those two, fixes the number, year
// and issuer): a text cites the same few codes over and over, and every parts object a match
// keeps costs the collector more than a look-up. Shared between matches, so frozen; kept small,
// since a text can also be made of made-up codes.
const KNOWN_PARTS = {
  party: new Map<DocumentType, Map<string, DirectiveCodeParts>>(),
  state: new Map<DocumentType, Map<string, DirectiveCodeParts>>(),
}
const KNOWN_PARTS_SIZE = 512

function knownParts(system: DirectiveSystem, type: DocumentType, code: string): DirectiveCodeParts | undefined {
  return KNOWN_PARTS[system].get(type)?.get(code)
}

function keepParts(parts: DirectiveCodeParts): DirectiveCodeParts {
  const byType = KNOWN_PARTS[parts.system]
  let byCode = byType.get(parts.type)
  if (byCode === undefined) {
    byCode = new Map()
    byType.set(parts.type, byCode)
  }
  if (byCode.size >= KNOWN_PARTS_SIZE) byCode.clear()
  byCode.set(parts.code, Object.freeze(parts))
  return parts
}

function party(number: string, type: DocumentType, issuerCode: string): DirectiveCodeParts | null {
  if (!isDocumentTypeOf(type, 'party')) return null
  const code = codeOf('party', number, undefined, type, issuerCode)
  return knownParts('party', type, code) ?? keepParts({ code, system: 'party', type, number, issuerCode })
}

function state(
  number: string,
  year: number | undefined,
  type: DocumentType,
  issuerCode: string,
): DirectiveCodeParts | null {
  if (!isDocumentTypeOf(type, 'state')) return null
  const code = codeOf('state', number, year, type, issuerCode)
  return (
    knownParts('state', type, code) ??
    keepParts(
      year === undefined
        ? { code, system: 'state', type, number, issuerCode }
        : { code, system: 'state', type, number, year, issuerCode },
    )
  )
}

/** `35-NQ/TW`, `35 - NQ/TW`, `35 NQ/TW`, `72-NQ-TW`, `28-NQ/TƯ`, `28-NQ/TU'`. */
function matchParty(f: Folded, start: number, numEnd: number, cursor: Cursor): DirectiveCodeParts | null {
  let j = skipSpaces(f, numEnd, 3)
  const hyphen = at(f, j) === 0x2d
  if (hyphen) j = skipSpaces(f, j + 1, 3)
  else if (j === numEnd) return null
  if (!isCodeLetter(at(f, j))) return null
  const typeEnd = readAlnum(f, j, 5)
  if (typeEnd < 0 && hyphen) return matchGluedParty(f, start, numEnd, j, cursor)
  if (typeEnd <= j) return null
  const type = typeAt(f, j, typeEnd)
  if (type === null) return hyphen ? matchGluedParty(f, start, numEnd, j, cursor) : null
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
  const read = readAlnum(f, k, 12)
  if (read < 0) return null
  const gluedAt = gluedWordAt(f, k, read)
  const issuerEnd = gluedAt > 0 ? gluedAt : read
  let raw = slice(f, k, issuerEnd)
  let end = issuerEnd
  const last = at(f, issuerEnd - 1)
  // `TU'` is how a keyboard without the horn writes `TƯ`, unless the code sits in quotes.
  if (
    at(f, issuerEnd) === 0x27 &&
    (last === 0x55 || last === 0x75) &&
    at(f, start - 1) !== 0x27 &&
    !isWordChar(at(f, issuerEnd + 1))
  ) {
    raw = `${raw.slice(0, -1)}Ư`
    end = issuerEnd + 1
  }
  const units = slash ? partyUnitsEnd(f, end) : end
  if (gluedAt < 0 && !rightBoundary(f, units)) return null
  const issuer = resolveIssuer(raw)
  if (issuer === null) return null
  if (!slash && issuer.system !== 'party') return null
  const number = slice(f, start, numEnd)
  if (units > end) {
    if (issuer.system === 'state') return null
    cursor.end = units
    return party(number, type, `${issuer.code}${slice(f, end, units)}`)
  }
  cursor.end = end
  return issuer.system === 'state' ? state(number, undefined, type, issuer.code) : party(number, type, issuer.code)
}

/**
 * Where the drafting units after a Party issuer end (`183-KH/TWĐTN-TNNT`, `367-QĐ/TWĐTN-VP`: the
 * Youth Union's centre and its department, as Party-style bodies write them): up to two runs of
 * capitals without marks, each after a hyphen; `end` itself when none follows.
 */
function partyUnitsEnd(f: Folded, end: number): number {
  let k = end
  for (let n = 0; n < 2 && at(f, k) === 0x2d && isCapital(at(f, k + 1)); n++) {
    let j = k + 1
    while (j - k <= 8 && isCapital(at(f, j))) j++
    if (j - k > 8 || isCodeLetter(at(f, j)) || isDigit(at(f, j))) break
    // A unit is an abbreviation: a capital with a mark (`VPĐOÀN`, a heading glued on) is a word.
    if (f.text.slice(rawAt(f, k + 1), rawAt(f, j)) !== slice(f, k + 1, j)) break
    k = j
  }
  return k
}

function isCapital(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || c === D_UPPER || c === U_HORN_UPPER
}

/**
 * Where a known type code (of `system`) ends inside the run of code letters `[from, to)` so that
 * the rest is a known issuer of the same system: the type and issuer written without the hyphen
 * or slash between them, as text taken from a PDF loses it (`QĐUBND`, `NĐCP`, `TTBTTTT`,
 * `QĐTW`). The longest type that leaves an issuer wins (`TTLTBTC` is `TTLT` and `BTC`); -1 when
 * no split gives both.
 */
function gluedSplit(f: Folded, from: number, to: number, system: DirectiveSystem): number {
  for (let s = Math.min(MAX_TYPE_LETTERS, to - from - 2); s >= 1; s--) {
    const type = typeAt(f, from, from + s)
    if (type === null || !isDocumentTypeOf(type, system)) continue
    const issuer = canonicalIssuer(slice(f, from + s, to))
    if (issuer !== null && issuer.system === system && !isTermIssuer(issuer.code)) return from + s
  }
  return -1
}

/** `37 – QĐTW`: a Party code whose type and issuer lost the slash between them (a hyphen before them is required). */
function matchGluedParty(
  f: Folded,
  start: number,
  numEnd: number,
  from: number,
  cursor: Cursor,
): DirectiveCodeParts | null {
  const end = readAlnum(f, from, 12)
  if (end < 0 || !rightBoundary(f, end)) return null
  const split = gluedSplit(f, from, end, 'party')
  if (split < 0) return null
  const type = typeAt(f, from, split)
  const issuer = canonicalIssuer(slice(f, split, end))
  if (type === null || issuer === null) return null
  cursor.end = end
  return party(slice(f, start, numEnd), type, issuer.code)
}

/** The year of a State code: four digits from 1945 to 2100 in `[from, from + 4)`, else -1. */
function yearAt(f: Folded, from: number): number {
  let year = 0
  for (let i = from; i < from + 4; i++) {
    const c = at(f, i)
    if (!isDigit(c)) return -1
    year = year * 10 + (c - 0x30)
  }
  return year >= 1945 && year <= 2100 ? year : -1
}

/**
 * Where the issuer starts after a type code `[from, to)` and a hyphen with spaces around it, as
 * codes are typed with a dash between words (`03/CT – TW`, `12/KH - UBND`, `12/KH- UBND`); 0 when
 * the type is no known type or no spaced hyphen follows (up to two spaces on either side).
 */
function spacedHyphenEnd(f: Folded, from: number, to: number): number {
  const k = spacedHyphenAt(f, to)
  return k > 0 && typeAt(f, from, to) !== null ? k : 0
}

/** Where the code letters start after a hyphen at `to` with up to two spaces on either side and at least one; else 0. */
function spacedHyphenAt(f: Folded, to: number): number {
  const h = skipSpaces(f, to, 2)
  if (at(f, h) !== 0x2d) return 0
  const k = skipSpaces(f, h + 1, 2)
  if (k === h + 1 && h === to) return 0
  return isCodeLetter(at(f, k)) ? k : 0
}

/**
 * `04/HD-VKSTC- V4`: a drafting unit typed after the hyphen with a space, as a run of capitals
 * and digits without marks ending the code (a heading word after it, `- KẾ`, has marks or goes
 * on). Where the unit starts, or -1.
 */
function spacedUnitAt(f: Folded, from: number): number {
  const k = skipSpaces(f, from, 2)
  if (k === from || !isCapital(at(f, k))) return -1
  let j = k
  while (j - k <= 8 && (isCapital(at(f, j)) || isDigit(at(f, j)))) j++
  if (j - k > 8 || isCodeLetter(at(f, j)) || (isSpace(at(f, j)) && isCodeLetter(at(f, j + 1)))) return -1
  return f.text.slice(rawAt(f, k), rawAt(f, j)) === slice(f, k, j) ? k : -1
}

// The words a code's tail opens with, folded (`ngày`, `của`, `về`), that text run together glues
// to the code's last capitals.
const GLUED_WORDS: readonly string[] = ['ngay', 'cua', 've']

/**
 * `70-TB/TWngày`: where the capitals of an issuer in `[from, to)` end when the rest is a word of
 * the tail glued on, as text taken from a PDF runs words together; -1 otherwise.
 */
function gluedWordAt(f: Folded, from: number, to: number): number {
  let p = from
  while (p < to && (isCapital(at(f, p)) || isDigit(at(f, p)))) p++
  if (p - from < 2 || p === to || to - p > 4) return -1
  const word = slice(f, p, to)
  return GLUED_WORDS.includes(word) ? p : -1
}

/** `13/2023/NĐ-CP`, `14/CT-UBND`, `01/2015/TTLT-BTC-BYT`, `64/2025/QH15`; `35/NQ-TW` is Party. */
function matchState(f: Folded, start: number, numEnd: number, cursor: Cursor): DirectiveCodeParts | null {
  let j = numEnd + 1
  // `83/ KH-LĐLĐ`: a space typed after the slash, before the capitals of the type.
  if (isSpace(at(f, j))) {
    const k = skipSpaces(f, j, 2)
    if (!isCapital(at(f, k))) return null
    j = k
  }
  let year: number | undefined
  if (isDigit(at(f, j))) {
    const yearEnd = readAlnum(f, j, 4)
    // `01/2011 /CT-VKSTC`: a space typed before the slash after the year.
    const slashAt = yearEnd === j + 4 ? skipSpaces(f, yearEnd, 2) : -1
    if (slashAt < 0 || at(f, slashAt) !== 0x2f) return null
    const y = yearAt(f, j)
    if (y < 0) return null
    year = y
    j = slashAt + 1
  }
  if (!isCodeLetter(at(f, j))) return null
  const tokenEnd = readAlnum(f, j, 12)
  if (tokenEnd < 0) return null
  const issuerStart = spacedHyphenEnd(f, j, tokenEnd)
  if (year === undefined && issuerStart === 0 && spacedHyphenAt(f, tokenEnd) > 0 && typeAt(f, j, tokenEnd) === null)
    return matchOfficialLetter(f, start, numEnd, j, tokenEnd, cursor)
  if (issuerStart > 0 || (at(f, tokenEnd) === 0x2d && isCodeLetter(at(f, tokenEnd + 1)))) {
    const type = typeAt(f, j, tokenEnd)
    if (type === null) return year === undefined ? matchOfficialLetter(f, start, numEnd, j, tokenEnd, cursor) : null
    const issuers: Issuer[] = []
    let k = issuerStart > 0 ? issuerStart : tokenEnd + 1
    let glued = false
    for (;;) {
      const read = readAlnum(f, k, 12)
      if (read <= k) return null
      const gluedAt = gluedWordAt(f, k, read)
      glued = gluedAt > 0
      const segEnd = glued ? gluedAt : read
      const issuer = resolveIssuer(slice(f, k, segEnd))
      if (issuer === null) return null
      issuers.push(issuer)
      k = segEnd
      if (glued) break
      if (issuers.length < 4 && at(f, k) === 0x2d && isCodeLetter(at(f, k + 1))) k++
      else if (issuers.length < 4 && at(f, k) === 0x2d) {
        const unit = spacedUnitAt(f, k + 1)
        if (unit < 0) break
        k = unit
      } else break
    }
    if (!glued && !rightBoundary(f, k)) return null
    const first = issuers[0]
    if (first === undefined) return null
    if (first.system === 'party') {
      if (issuers.length > 1 || year !== undefined) return null
      cursor.end = k
      return party(slice(f, start, numEnd), type, first.code)
    }
    if (isTermIssuer(first.code)) return null
    const issuerCode = issuers.length === 1 ? first.code : issuers.map((i) => i.code).join('-')
    cursor.end = k
    return state(slice(f, start, numEnd), year, type, issuerCode)
  }
  if (!rightBoundary(f, tokenEnd)) return null
  const issuer = canonicalIssuer(slice(f, j, tokenEnd))
  if (issuer === null || !isTermIssuer(issuer.code)) return matchGluedState(f, start, numEnd, year, j, tokenEnd, cursor)
  if (year === undefined) return null
  const word = kindBefore(f, start)
  const type: DocumentType =
    word === 'resolution'
      ? 'NQ'
      : word === 'ordinance'
        ? 'PL'
        : word === 'law'
          ? 'Luật'
          : issuer.code.startsWith('QH')
            ? 'Luật'
            : 'NQ'
  cursor.end = tokenEnd
  return state(slice(f, start, numEnd), year, type, issuer.code)
}

/**
 * `18-2019-TT-BGDĐT`: a State code with its year written with hyphens only, as a document
 * library's file name gives it; in capitals (a slug is in lower case) and with a known issuer.
 */
function matchHyphenedState(f: Folded, start: number, numEnd: number, cursor: Cursor): DirectiveCodeParts | null {
  const year = yearAt(f, numEnd + 1)
  const from = numEnd + 6
  if (year < 0 || at(f, numEnd + 5) !== 0x2d || !isCapital(at(f, from))) return null
  const typeEnd = readAlnum(f, from, MAX_TYPE_LETTERS)
  if (typeEnd < 0 || at(f, typeEnd) !== 0x2d) return null
  const type = typeAt(f, from, typeEnd)
  const issuerEnd = readAlnum(f, typeEnd + 1, 12)
  if (type === null || issuerEnd <= typeEnd + 1 || !rightBoundary(f, issuerEnd)) return null
  for (let k = from; k < issuerEnd; k++) if (k !== typeEnd && !isCapital(at(f, k))) return null
  const issuer = canonicalIssuer(slice(f, typeEnd + 1, issuerEnd))
  if (issuer === null || issuer.system !== 'state' || isTermIssuer(issuer.code)) return null
  cursor.end = issuerEnd
  return state(slice(f, start, numEnd), year, type, issuer.code)
}

/** `1961/QĐUBND`, `61/2018/NĐCP`: a State code whose type and issuer lost the hyphen between them. */
function matchGluedState(
  f: Folded,
  start: number,
  numEnd: number,
  year: number | undefined,
  from: number,
  end: number,
  cursor: Cursor,
): DirectiveCodeParts | null {
  const split = gluedSplit(f, from, end, 'state')
  if (split < 0) return null
  const type = typeAt(f, from, split)
  const issuer = canonicalIssuer(slice(f, split, end))
  if (type === null || issuer === null) return null
  cursor.end = end
  return state(slice(f, start, numEnd), year, type, issuer.code)
}

/**
 * A State official letter (công văn), whose code has no type (Nghị định 30/2020/NĐ-CP, appendix
 * III): the issuer, then the drafting unit's abbreviation, `2817/UBND-NC`, `5120/BTTTT-CBC`,
 * `73/TTg-CN`. The issuer must be a known State issuer, so a plan's `12/KHĐ-UBND` with a type
 * nobody lists is no letter; its code keeps the issuer and unit as written, `UBND-NC`.
 */
function matchOfficialLetter(
  f: Folded,
  start: number,
  numEnd: number,
  from: number,
  tokenEnd: number,
  cursor: Cursor,
): DirectiveCodeParts | null {
  const issuer = canonicalIssuer(slice(f, from, tokenEnd))
  if (issuer === null || issuer.system !== 'state' || isTermIssuer(issuer.code)) return null
  const units: string[] = []
  let k = tokenEnd
  // The hyphen before the first unit may be spaced (`1578/SGDĐT- CTTT`), as in a typed code.
  const spaced = spacedHyphenAt(f, tokenEnd)
  for (let u = spaced > 0 ? spaced : k + 1; units.length < 3; u = k + 1) {
    if (u === k + 1 && !(at(f, k) === 0x2d && isCodeLetter(at(f, u)))) break
    const unitEnd = readAlnum(f, u, 12)
    if (unitEnd <= u) return null
    const unit = resolveIssuer(slice(f, u, unitEnd))
    if (unit === null) return null
    units.push(unit.code)
    k = unitEnd
  }
  if (units.length === 0 || !rightBoundary(f, k)) return null
  cursor.end = k
  return state(slice(f, start, numEnd), undefined, 'CV', [issuer.code, ...units].join('-'))
}

const MAX_NUMBER_DIGITS = 6

// A digit, searched for natively in text read as it is (only ASCII digits fold to digits), since
// digits are far apart in most text; `test` leaves the place after it in `lastIndex` and
// allocates nothing.
const DIGIT = /[0-9]/g

// How far the scan looks for the next digit by hand before it calls on DIGIT: digits come in
// clusters (dates, amounts, tables), where starting a search costs more than reading a few units,
// and looking further slows prose down.
const NEAR = 4

/** The first folded digit at or after `from`, or -1. */
function nextDigit(f: Folded, from: number): number {
  const units = f.units
  const n = f.length
  if (units !== null) {
    for (let i = from; i < n; i++) if (isDigit(units[i] ?? 0)) return i
    return -1
  }
  const text = f.text
  const near = Math.min(n, from + NEAR)
  for (let i = from; i < near; i++) if (isDigit(text.charCodeAt(i))) return i
  DIGIT.lastIndex = near
  return DIGIT.test(text) ? DIGIT.lastIndex - 1 : -1
}

/**
 * A lower-case letter right after a document's number and right before the `/` or `-` that
 * goes on with the code: a number given to a document issued between two others
 * (`30a/2008/NQ-CP`, `30c/NQ-CP`). It stays part of the number.
 */
function isNumberLetter(f: Folded, i: number): boolean {
  const c = at(f, i)
  if (c < 0x61 || c > 0x7a) return false
  const next = at(f, i + 1)
  return next === 0x2f || next === 0x2d
}

/** `số 0 1/QĐ-...`: a lone `0` and one space before the number at `i`, its first digit typed apart. */
function splitZeroAt(f: Folded, i: number): boolean {
  return i >= 2 && at(f, i - 1) === 0x20 && at(f, i - 2) === 0x30 && leftBoundary(f, i - 2)
}

function withLeadingZero(parts: DirectiveCodeParts, cursor: Cursor): DirectiveCodeParts {
  const number = `0${parts.number}`
  const joined =
    parts.system === 'state'
      ? state(number, parts.year, parts.type, parts.issuerCode)
      : party(number, parts.type, parts.issuerCode)
  if (joined === null) return parts
  cursor.start -= 2
  return joined
}

/**
 * The next code in folded text from `cursor.from`, with its span in folded units left in the
 * cursor, which then stands after it; null when there is none. Only a run of at most 6 digits
 * followed by `/`, `-` or a space wakes the matchers.
 */
function nextCode(f: Folded, cursor: Cursor): DirectiveCodeParts | null {
  for (;;) {
    const i = nextDigit(f, cursor.from)
    if (i < 0) return null
    let runEnd = i + 1
    while (isDigit(at(f, runEnd))) runEnd++
    cursor.from = runEnd
    if (runEnd - i <= MAX_NUMBER_DIGITS && isNumberLetter(f, runEnd)) runEnd++
    const next = at(f, runEnd)
    if (runEnd - i <= MAX_NUMBER_DIGITS && (next === 0x2f || next === 0x2d || isSpace(next)) && leftBoundary(f, i)) {
      const parts =
        next === 0x2f
          ? matchState(f, i, runEnd, cursor)
          : (matchParty(f, i, runEnd, cursor) ?? (next === 0x2d ? matchHyphenedState(f, i, runEnd, cursor) : null))
      if (parts !== null) {
        cursor.start = i
        cursor.from = cursor.end
        return splitZeroAt(f, i) ? withLeadingZero(parts, cursor) : parts
      }
    }
  }
}

// Every code has a number, and only ASCII digits fold to digits: a text without one is skipped
// with one native search instead of being folded.
const HAS_DIGIT = /[0-9]/

function endOffset(text: string, f: Folded, endK: number): number {
  let end = rawAt(f, endK - 1) + 1
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
 * never throws, whatever the input (lone surrogates, megabytes without a line break). The parts
 * of the matches are frozen: matches of the same code, in one call or several, may share them.
 *
 * `markless` tells that the text holds no combining mark (U+0300-U+036F) and no zero-width
 * character, as `normalizeTextReporting` says of the text it gives: only a soft hyphen is then
 * looked for before the text is folded, not every unit folding drops.
 */
export function findDirectiveCodes(text: string, options: { markless?: boolean } = {}): DirectiveCodeMatch[] {
  if (!HAS_DIGIT.test(text)) return []
  const f = fold(text, options.markless === true)
  const matches: DirectiveCodeMatch[] = []
  const cursor: Cursor = { from: 0, start: 0, end: 0 }
  for (let read = nextCode(f, cursor); read !== null; read = nextCode(f, cursor)) {
    // The type word before the code is read once, for its type and for its kind. A State code
    // whose type names one kind needs neither: only a Party code's type yields to the word, and
    // kindOf gives that one kind whatever the word.
    let word: KindWord | null = null
    let type: DocumentType | null = null
    if (read.system === 'party' || DOCUMENT_TYPES[read.type].kinds.length > 1) {
      const lo = Math.max(0, cursor.start - KIND_WINDOW)
      const e = typeWordEnd(f, lo, cursor.start)
      word = typeWordAt(f, lo, e)
      type = typeOfWord(f, lo, e, word, read)
    }
    const parts = type === null ? read : (party(read.number, type, read.issuerCode) ?? read)
    const start = rawAt(f, cursor.start)
    const end = endOffset(text, f, cursor.end)
    // Most codes are written as their canonical code: the match then keeps that string, not a copy.
    const raw =
      end - start === parts.code.length && text.startsWith(parts.code, start) ? parts.code : text.slice(start, end)
    const kind = kindOf(parts.type, word?.kind ?? null)
    matches.push(kind === undefined ? { parts, start, end, raw } : { parts, start, end, raw, kind })
  }
  return matches
}

/** What may follow the code in {@link parseDirectiveCode}: white space and closing punctuation. */
function isTrailingOk(c: number): boolean {
  return isBlank(c) || c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x29 || c === 0x5d
}

const MAX_PREFIX = 80

/**
 * One directive code as written in text, with or without the type words and `số` before it:
 * `35-NQ/TW`, `Nghị quyết số 35-NQ/TW`, `Quy định số 85 - QD/TƯ`, `72-NQ-TW`,
 * `QĐ 1147-QĐ/BTGDVTW`, `Quyết định số 1234/QĐ-TTg`, `Luật số 64/2025/QH15`, in any case, with
 * `D` for `Đ`, the look-alike `Ð`, `TƯ` or `TU'` for `TW` (plain `TU` is Tỉnh ủy and stays
 * `TU`), NFC or NFD. Returns the canonical parts, or `null` for anything else: a date
 * (`22/10/2018`, `10/2018`), a phone number, an amount, a number without a type code
 * (`Nghị quyết 35`, `Ban Chỉ đạo 35`), several codes, or a code inside a longer sentence (use
 * {@link findDirectiveCodes} for those). The parts are frozen: calls that read the same code may
 * give the same object.
 */
export function parseDirectiveCode(text: string): DirectiveCodeParts | null {
  if (!HAS_DIGIT.test(text)) return null
  const f = fold(text)
  const cursor: Cursor = { from: 0, start: 0, end: 0 }
  const parts = nextCode(f, cursor)
  if (parts === null || cursor.start > MAX_PREFIX) return null
  const { start, end } = cursor
  if (nextCode(f, cursor) !== null) return null
  if (!isParsePrefix(f, start)) return null
  for (let k = end; k < f.length; k++) if (!isTrailingOk(at(f, k))) return null
  return withWordType(f, start, parts)
}
