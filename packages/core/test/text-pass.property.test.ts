import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizeText } from '../src/text.ts'

// normalizeText as it was written before its loop passed spaces and toned vowels over as
// letters: every space read with the unit after it, every toned vowel with the one before.
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

// A space inside a line with no white space after it, which the pass keeps as it is: most white
// space is one, and it is passed over without reading a run.
function isLoneSpace(text: string, k: number): boolean {
  if (k === 0 || k + 1 >= text.length) return false
  const next = kindOf(text.charCodeAt(k + 1))
  return next !== SPACE && next !== BREAK
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
  while (k < n) {
    const c = text.charCodeAt(k)
    const kind = kindOf(c)
    if (kind === PLAIN || (c === 0x20 && isLoneSpace(text, k))) {
      k++
      continue
    }
    if (kind === SPACE || kind === BREAK) {
      const runStart = k
      let breaks = 0
      for (; k < n; k++) {
        const d = text.charCodeAt(k)
        const dKind = kindOf(d)
        if (dKind === BREAK) {
          if (!(d === 0x0a && k > runStart && text.charCodeAt(k - 1) === 0x0d)) breaks++
        } else if (dKind !== SPACE) break
      }
      const kept = runStart === 0 || k === n ? '' : breaks === 0 ? ' ' : breaks === 1 ? '\n' : '\n\n'
      const same =
        k - runStart === kept.length &&
        (kept === ' ' ? text.charCodeAt(runStart) === 0x20 : kept !== '' && text.startsWith(kept, runStart))
      if (!same) {
        out += text.slice(copied, runStart) + kept
        copied = k
      }
      continue
    }
    if (strict && (kind === PREPARE || (kind === SURROGATE && !isInertPair(text, k)))) return null
    // Most toned vowels follow no o/u, and keep their mark: only those that do are looked up.
    const mark = kind === TONED && k > 0 && isOorU(text.charCodeAt(k - 1)) ? MOVABLE_TONE.get(c) : undefined
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
function normalizeTextAsWritten(text: string): string {
  return normalizePass(text, true) ?? normalizePass(composed(text), false)
}

// Zero-width characters go before composing, since one between a letter and its mark would
// otherwise keep them apart.
function composed(text: string): string {
  return text.replace(ZERO_WIDTH, '').normalize('NFC')
}

describe('normalizeText', () => {
  it('gives what reading every space and toned vowel unit by unit gave', () => {
    const units = [
      ' ',
      '  ',
      '\t',
      '\n',
      '\r\n',
      '\r',
      '\u00a0',
      '\u2028',
      '\u3000',
      '\u200b',
      '\ufeff',
      'a',
      'o',
      'O',
      'u',
      'U',
      'q',
      'y',
      'h',
      'à',
      'á',
      'ả',
      'ã',
      'ạ',
      'é',
      'ẹ',
      'ý',
      'ỳ',
      'Á',
      'Ý',
      'Ð',
      'ð',
      'đ',
      'ươ',
      '\u0301',
      'e\u0301',
      '😀',
      '\ud800',
      '.',
      '1',
    ]
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...units), fc.string({ maxLength: 2 })), { maxLength: 12 }),
        (parts) => {
          const text = parts.join('')
          expect(normalizeText(text)).toBe(normalizeTextAsWritten(text))
        },
      ),
      { numRuns: 50000 },
    )
  })
})
