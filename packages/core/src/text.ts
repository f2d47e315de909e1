/**
 * Text normalisation for scraped Vietnamese.
 *
 * Unicode NFC alone is not enough for Vietnamese: it composes letters but leaves two spellings
 * of the same word apart. Sites still write the old tone placement (`uỷ`, `hoà`, `khoá`) beside
 * the modern one (`ủy`, `hòa`, `khóa`), and some type the Icelandic eth `Ð` (U+00D0) for `Đ`
 * (U+0110). Search keys need more again: `Intl.Collator('vi')` with base sensitivity keeps `d`
 * and `đ` apart (they are different letters in Vietnamese), while a reader typing without
 * diacritics writes `dang uy` for `Đảng ủy`.
 */

const TONED_VOWELS: Record<string, string> = {
  a: 'àáảãạ',
  e: 'èéẻẽẹ',
  o: 'òóỏõọ',
  u: 'ùúủũụ',
  y: 'ỳýỷỹỵ',
}

// Each toned vowel (either case) to its base letter and tone number (0 grave .. 4 dot below).
const TONE_OF = new Map<string, { base: string; tone: number }>()
for (const [base, forms] of Object.entries(TONED_VOWELS)) {
  ;[...forms].forEach((form, tone) => {
    TONE_OF.set(form, { base, tone })
    TONE_OF.set(form.toUpperCase(), { base: base.toUpperCase(), tone })
  })
}

// The toned a/e/y (either case), which move to the o/u before them at the end of a word unless
// a q precedes (`quý` is already modern): code unit to base letter and tone.
const MOVABLE_TONE = new Map<number, { base: string; tone: number }>()
for (const [form, mark] of TONE_OF) if ('aeyAEY'.includes(mark.base)) MOVABLE_TONE.set(form.charCodeAt(0), mark)

const OPEN_DIPHTHONGS = new Set(['oa', 'oe', 'uy'])
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u

const isOorU = (c: number): boolean => c === 0x6f || c === 0x4f || c === 0x75 || c === 0x55

function isLetterOrMarkAt(text: string, i: number): boolean {
  const c = text.codePointAt(i)
  if (c === undefined) return false
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122
  return LETTER_OR_MARK.test(String.fromCodePoint(c))
}

// The modern spelling of the syllable whose toned a/e/y is at k, or null when it keeps its
// marks: the tone moves to the o/u before it at the end of a word, unless a q precedes (`quý`).
function movedTone(text: string, k: number, mark: { base: string; tone: number }): string | null {
  if (!isOorU(text.charCodeAt(k - 1))) return null
  const q = k >= 2 ? text.charCodeAt(k - 2) | 32 : 0
  if (q === 0x71 || isLetterOrMarkAt(text, k + 1)) return null
  const first = text.charAt(k - 1)
  const lower = first.toLowerCase()
  if (!OPEN_DIPHTHONGS.has(lower + mark.base.toLowerCase())) return null
  const movedTo = TONED_VOWELS[lower]?.[mark.tone]
  if (movedTo === undefined) return null
  return (first === first.toUpperCase() ? movedTo.toUpperCase() : movedTo) + mark.base
}

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g

const isZeroWidth = (c: number): boolean => (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff

// What the normalising pass does at each UTF-16 code unit, decided once per code unit, lazily.
const UNKNOWN = 0
const PLAIN = 1 // copied as it is
const SPACE = 2
const BREAK = 3
const LOOK_ALIKE_D = 4
const TONED = 5 // a toned a/e/y that may move to the o/u before it
const PREPARE = 6 // a zero-width character, or one that NFC may change or compose
const SURROGATE = 7
const CODE_KIND = new Uint8Array(0x10000)

const MARK = /^\p{M}$/u

function classify(c: number): number {
  if (c === 0x09 || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)) return SPACE
  if (c === 0x202f || c === 0x205f || c === 0x3000) return SPACE
  if ((c >= 0x0a && c <= 0x0d) || c === 0x85 || c === 0x2028 || c === 0x2029) return BREAK
  if (c === 0xd0 || c === 0xf0) return LOOK_ALIKE_D
  if (MOVABLE_TONE.has(c)) return TONED
  if (c >= 0xd800 && c <= 0xdfff) return SURROGATE
  if (c < 0x300) return PLAIN
  const s = String.fromCharCode(c)
  // A text made only of characters that NFC leaves alone and that never compose with the one
  // before them (marks do, and so do Hangul vowel and final jamo) is already NFC.
  const inert = s.normalize('NFC') === s && !MARK.test(s) && !(c >= 0x1100 && c <= 0x11ff)
  return inert && !isZeroWidth(c) ? PLAIN : PREPARE
}

function kindOf(c: number): number {
  let kind = CODE_KIND[c] ?? UNKNOWN
  if (kind === UNKNOWN) {
    kind = classify(c)
    CODE_KIND[c] = kind
  }
  return kind
}

// Emoji and pictographs have no decompositions; other supplementary characters go to NFC.
function isInertPair(text: string, i: number): boolean {
  const cp = text.codePointAt(i) ?? 0
  return cp < 0x10000 || (cp >= 0x1f000 && cp <= 0x1faff)
}

// The kind the pass's loop reads a unit as. A space is plain, marked LONE, until white space after
// it (or the text's end) shows it starts a run; a toned a/e/y is plain, marked TONE, unless an
// o/u (marked OU) stands before it. Spaces are a fifth of a text's units and toned vowels one in
// twenty-five: told from letters unit by unit, they cost the pass more than all its other reading.
// OU is TONE a place lower, so that one test of the unit before and the unit finds both pairs
// (and a toned vowel after a toned one, which the pass then reads as it reads any toned vowel).
const LONE = 8
const OU = 16
const TONE = 32
const LOOP_KIND = new Uint8Array(0x10000)

function loopKindOf(c: number): number {
  let kind = LOOP_KIND[c] ?? UNKNOWN
  if (kind === UNKNOWN) {
    const plain = kindOf(c)
    kind = c === 0x20 ? PLAIN | LONE : plain === TONED ? PLAIN | TONE : isOorU(c) ? PLAIN | OU : plain
    LOOP_KIND[c] = kind
  }
  return kind
}

// Where the run of white space read last by whiteRun ends.
let runEnd = 0

// What the text keeps of the run of white space from `start` (nothing at either end of the text,
// one space inside a line, `\n` for one line break, `\n\n` for more); runEnd is set to its end.
function whiteRun(text: string, start: number): string {
  const n = text.length
  let breaks = 0
  let k = start
  for (; k < n; k++) {
    const d = text.charCodeAt(k)
    const dKind = kindOf(d)
    if (dKind === BREAK) {
      if (!(d === 0x0a && k > start && text.charCodeAt(k - 1) === 0x0d)) breaks++
    } else if (dKind !== SPACE) break
  }
  runEnd = k
  return start === 0 || k === n ? '' : breaks === 0 ? ' ' : breaks === 1 ? '\n' : '\n\n'
}

/**
 * The character-level part of {@link normalizeText} in one pass over a text that is NFC and
 * free of zero-width characters: look-alike `Ð`/`ð` to `Đ`/`đ`, old tone placement moved, and
 * every run of white space to what the text keeps of it (nothing at either end, one space
 * inside a line, `\n` for one line break, `\n\n` for more). The text is copied in slices
 * between the places that change. When `strict`, gives null as soon as it meets a character
 * that asks for NFC or zero-width removal first.
 */
function normalizePass(text: string, strict: true): string | null
function normalizePass(text: string, strict: false): string
function normalizePass(text: string, strict: boolean): string | null {
  const n = text.length
  let out = ''
  let copied = 0
  let k = 0
  // The loop kind of the unit before k when the loop passed it over, else 0: a space passed over
  // starts the run of the white space that follows it.
  let before = 0
  // A space opening the text starts a run (which the text drops).
  if (n > 0 && text.charCodeAt(0) === 0x20) before = LONE
  while (k < n) {
    const c = text.charCodeAt(k)
    let kind = LOOP_KIND[c]!
    if (kind === UNKNOWN) kind = loopKindOf(c)
    let run = -1
    if ((kind & 7) === PLAIN) {
      // Letters, but a toned vowel after an o/u; spaces, but one after a space (or opening the text).
      if (((before | (before << 1)) & kind & (LONE | TONE)) === 0) {
        before = kind
        k++
        continue
      }
      if ((kind & LONE) !== 0) run = k === 0 ? 0 : k - 1
    } else if (kind === SPACE || kind === BREAK) {
      run = (before & LONE) !== 0 ? k - 1 : k
    }
    before = 0
    if (run >= 0) {
      const kept = whiteRun(text, run)
      k = runEnd
      const same =
        k - run === kept.length &&
        (kept === ' ' ? text.charCodeAt(run) === 0x20 : kept !== '' && text.startsWith(kept, run))
      if (!same) {
        out += text.slice(copied, run) + kept
        copied = k
      }
      continue
    }
    if (strict && (kind === PREPARE || (kind === SURROGATE && !isInertPair(text, k)))) return null
    // Most toned vowels follow no o/u, and keep their mark: only those that do are looked up.
    const mark = (kind & TONE) !== 0 && k > 0 && isOorU(text.charCodeAt(k - 1)) ? MOVABLE_TONE.get(c) : undefined
    const moved = mark === undefined ? null : movedTone(text, k, mark)
    if (moved !== null) {
      out += text.slice(copied, k - 1) + moved
      copied = k + 1
    } else if (kind === LOOK_ALIKE_D) {
      out += text.slice(copied, k) + (c === 0xd0 ? 'Đ' : 'đ')
      copied = k + 1
    }
    k++
  }
  // A space closing the text was passed over: it is dropped.
  if ((before & LONE) !== 0) {
    out += text.slice(copied, n - 1)
    copied = n
  }
  return copied === 0 ? text : out + text.slice(copied)
}

/**
 * Normalises scraped Vietnamese text so that equal words are equal strings:
 *
 * - Unicode NFC;
 * - modern tone-mark placement in open syllables: `uỷ` → `ủy`, `hoà` → `hòa`, `khoá` → `khóa`,
 *   `thuỷ` → `thủy`, `UỶ BAN` → `ỦY BAN`; closed syllables and `qu-` keep theirs (`hoàng`,
 *   `hoặc`, `quý`, `quỳnh`, `thuyền`);
 * - `Ð` (U+00D0) and `ð` (U+00F0), which look like `Đ`/`đ` but are other letters, to `Đ`/`đ`;
 * - zero-width characters (U+200B-U+200D, U+2060, U+FEFF) removed;
 * - every line break (`\r\n`, `\r`, U+2028, U+2029...) to `\n`; NBSP, tabs and other spaces to
 *   a space, runs of them folded to one, each line trimmed;
 * - paragraphs kept: a blank line stays (the extractor splits on it), but runs of blank lines
 *   become one and the text is trimmed at both ends.
 *
 * The result is idempotent: normalising it again changes nothing. Usually one pass with charCodeAt:
 * NFC and zero-width removal run first only when some character asks for them.
 */
export function normalizeText(text: string): string {
  return normalizePass(text, true) ?? normalizePass(composed(text), false)
}

/**
 * {@link normalizeText}, with whether the text it gives holds no combining mark and no zero-width
 * character: so whenever the text asked for no composing (most text), since the one pass copies
 * what it reads, and marks and zero-width characters ask for it. A reader told so need not look
 * through the text for them again (see {@link findDirectiveCodes}).
 */
export function normalizeTextReporting(text: string): { text: string; markless: boolean } {
  const plain = normalizePass(text, true)
  return plain === null
    ? { text: normalizePass(composed(text), false), markless: false }
    : { text: plain, markless: true }
}

// Zero-width characters go before composing, since one between a letter and its mark would
// otherwise keep them apart.
function composed(text: string): string {
  return text.replace(ZERO_WIDTH, '').normalize('NFC')
}

/**
 * The unit kinds, tone moving and composing the normalising pass reads, for its property test:
 * it compares the pass with the loop it replaced over these same tables. One object, so that the
 * pass's own reads of the kinds stay reads of this module's constants (exported bindings were
 * read more slowly by the loop, about 10%). Not named by the package's index.
 */
export const PASS_TABLES = {
  kindOf,
  isOorU,
  MOVABLE_TONE,
  movedTone,
  isInertPair,
  composed,
  kinds: { PLAIN, SPACE, BREAK, LOOK_ALIKE_D, TONED, PREPARE, SURROGATE },
} as const

// Latin letters that NFD does not decompose into an ASCII base and a mark.
const UNDECOMPOSED: Record<string, string> = { đ: 'd', ð: 'd', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', ı: 'i' }
const COMBINING_MARK = /\p{M}/gu
const NOT_ASCII = /\P{ASCII}/gu

// The search key of one code point (or lone surrogate), by the definition: lower case, NFD,
// marks dropped, what is left outside ASCII mapped. A text folds to the concatenation of its
// code points' keys, but for one case: lower-casing depends on context only for a final sigma,
// and σ and ς both fold to a space; NFD reorders only characters with a combining class, which
// are all marks, and marks are dropped. The one case is a lone high surrogate and a lone low one
// with only marks between them, which dropping the marks joins into a pair: one space, not two.
function foldCodePoint(c: string): string {
  return c
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARK, '')
    .replace(NOT_ASCII, (d) => UNDECOMPOSED[d] ?? ' ')
}

// The key of each BMP code unit, worked out on first sight: names are short, and four string
// passes with regular expressions cost far more than a lookup per code unit. Lone surrogates
// are in it too (a space); pairs are folded as one code point.
const FOLDED: (string | undefined)[] = new Array<string | undefined>(0x10000)

// Keys of the supplementary code points met lately, kept few, since a text may hold many.
const FOLDED_PAIRS = new Map<number, string>()
const FOLDED_PAIRS_SIZE = 256

function foldedUnit(c: number): string {
  let key = FOLDED[c]
  if (key === undefined) {
    key = foldCodePoint(String.fromCharCode(c))
    FOLDED[c] = key
  }
  return key
}

function foldedPair(cp: number): string {
  let key = FOLDED_PAIRS.get(cp)
  if (key === undefined) {
    key = foldCodePoint(String.fromCodePoint(cp))
    if (FOLDED_PAIRS.size >= FOLDED_PAIRS_SIZE) FOLDED_PAIRS.clear()
    FOLDED_PAIRS.set(cp, key)
  }
  return key
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff

// The first place from i whose code point folds to something: past the marks there, the only
// code points whose key is empty.
function pastEmptyKeys(text: string, i: number): number {
  let j = i
  for (;;) {
    const c = text.charCodeAt(j)
    const next = text.charCodeAt(j + 1)
    if (isHighSurrogate(c) && isLowSurrogate(next)) {
      if (foldedPair(text.codePointAt(j) ?? 0) !== '') return j
      j += 2
    } else if (j < text.length && foldedUnit(c) === '') j++
    else return j
  }
}

/**
 * A lower-case ASCII search key: `Đảng ủy` → `dang uy`. Lower-cases, removes every diacritic
 * (NFD, then combining marks dropped), maps `đ`/`Đ` (and the look-alike `ð`/`Ð`) to `d`, and
 * turns any remaining non-ASCII character (curly quotes, dashes, other scripts) into a space,
 * so the output is always ASCII and words never run together.
 */
export function foldDiacritics(text: string): string {
  const n = text.length
  let out = ''
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (!isHighSurrogate(c)) {
      out += foldedUnit(c)
      continue
    }
    const next = text.charCodeAt(i + 1)
    if (isLowSurrogate(next)) {
      out += foldedPair(((c - 0xd800) << 10) + (next - 0xdc00) + 0x10000)
      i++
      continue
    }
    // A lone high surrogate, a space; with the lone low surrogate after its marks, if any.
    const j = pastEmptyKeys(text, i + 1)
    out += ' '
    i = j > i + 1 && isLowSurrogate(text.charCodeAt(j)) ? j : j - 1
  }
  return out
}

/**
 * A URL slug: the ASCII search key with every run of other characters turned into one `-`,
 * trimmed of `-` at both ends: `Nghị quyết 35-NQ/TW` → `nghi-quyet-35-nq-tw`.
 */
export function slugify(text: string): string {
  const slug = foldDiacritics(text).replace(/[^a-z0-9]+/g, '-')
  const start = slug.startsWith('-') ? 1 : 0
  const end = slug.endsWith('-') && slug.length > start ? slug.length - 1 : slug.length
  return slug.slice(start, end)
}
