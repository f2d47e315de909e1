/**
 * What the normalising pass of `normalizeText` (text.ts) reads each UTF-16 code unit as, how it
 * moves an old tone placement, and the composing that runs first when a unit asks for it. Apart
 * from the pass so that its property test compares the pass with the loop it replaced over these
 * same tables, not over a copy of them. Internal to the package: not exported from its index.
 *
 * @module
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
export const MOVABLE_TONE = new Map<number, { base: string; tone: number }>()
for (const [form, mark] of TONE_OF) if ('aeyAEY'.includes(mark.base)) MOVABLE_TONE.set(form.charCodeAt(0), mark)

const OPEN_DIPHTHONGS = new Set(['oa', 'oe', 'uy'])
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u

export const isOorU = (c: number): boolean => c === 0x6f || c === 0x4f || c === 0x75 || c === 0x55

function isLetterOrMarkAt(text: string, i: number): boolean {
  const c = text.codePointAt(i)
  if (c === undefined) return false
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122
  return LETTER_OR_MARK.test(String.fromCodePoint(c))
}

// The modern spelling of the syllable whose toned a/e/y is at k, or null when it keeps its
// marks: the tone moves to the o/u before it at the end of a word, unless a q precedes (`quý`).
export function movedTone(text: string, k: number, mark: { base: string; tone: number }): string | null {
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
export const UNKNOWN = 0
export const PLAIN = 1 // copied as it is
export const SPACE = 2
export const BREAK = 3
export const LOOK_ALIKE_D = 4
export const TONED = 5 // a toned a/e/y that may move to the o/u before it
export const PREPARE = 6 // a zero-width character, or one that NFC may change or compose
export const SURROGATE = 7
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

export function kindOf(c: number): number {
  let kind = CODE_KIND[c] ?? UNKNOWN
  if (kind === UNKNOWN) {
    kind = classify(c)
    CODE_KIND[c] = kind
  }
  return kind
}

// Emoji and pictographs have no decompositions; other supplementary characters go to NFC.
export function isInertPair(text: string, i: number): boolean {
  const cp = text.codePointAt(i) ?? 0
  return cp < 0x10000 || (cp >= 0x1f000 && cp <= 0x1faff)
}

// Zero-width characters go before composing, since one between a letter and its mark would
// otherwise keep them apart.
export function composed(text: string): string {
  return text.replace(ZERO_WIDTH, '').normalize('NFC')
}
