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

// A toned a/e/y after o/u at the end of a word, optionally preceded by q (which makes the u
// part of the consonant: `quý` is already modern).
const OLD_TONE_PLACEMENT = /([qQ]?)([oOuU])([àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ])(?![\p{L}\p{M}])/gu

const OPEN_DIPHTHONGS = new Set(['oa', 'oe', 'uy'])

function modernToneMarks(text: string): string {
  return text.replace(OLD_TONE_PLACEMENT, (whole, q: string, first: string, toned: string) => {
    const mark = TONE_OF.get(toned)
    if (q !== '' || mark === undefined) return whole
    if (!OPEN_DIPHTHONGS.has(first.toLowerCase() + mark.base.toLowerCase())) return whole
    const movedTo = TONED_VOWELS[first.toLowerCase()]?.[mark.tone]
    if (movedTo === undefined) return whole
    return (first === first.toUpperCase() ? movedTo.toUpperCase() : movedTo) + mark.base
  })
}

const LOOK_ALIKE_D = /[\u00D0\u00F0]/g
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g
const LINE_BREAK = /\r\n?|[\v\f\u0085\u2028\u2029]/g
const HORIZONTAL_SPACE = /[\t \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g
const BLANK_LINES = /\n{3,}/g

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
 * The result is idempotent: normalising it again changes nothing.
 */
export function normalizeText(text: string): string {
  // Zero-width characters go before composing, since one between a letter and its mark
  // would otherwise keep them apart.
  const composed = modernToneMarks(
    text
      .replace(ZERO_WIDTH, '')
      .replace(LOOK_ALIKE_D, (c) => (c === '\u00D0' ? 'Đ' : 'đ'))
      .normalize('NFC'),
  )
  return composed
    .replace(LINE_BREAK, '\n')
    .split('\n')
    .map((line) => line.replace(HORIZONTAL_SPACE, ' ').trim())
    .join('\n')
    .replace(BLANK_LINES, '\n\n')
    .replace(/^\n+/, '')
    .replace(/\n+$/, '')
}

// Latin letters that NFD does not decompose into an ASCII base and a mark.
const UNDECOMPOSED: Record<string, string> = { đ: 'd', ð: 'd', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', ı: 'i' }
const COMBINING_MARK = /\p{M}/gu
const NOT_ASCII = /[^\x00-\x7F]/gu

/**
 * A lower-case ASCII search key: `Đảng ủy` → `dang uy`. Lower-cases, removes every diacritic
 * (NFD, then combining marks dropped), maps `đ`/`Đ` (and the look-alike `ð`/`Ð`) to `d`, and
 * turns any remaining non-ASCII character (curly quotes, dashes, other scripts) into a space,
 * so the output is always ASCII and words never run together.
 */
export function foldDiacritics(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARK, '')
    .replace(NOT_ASCII, (c) => UNDECOMPOSED[c] ?? ' ')
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
