import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizeText, PASS_TABLES } from '../src/text.ts'

const { kindOf, isOorU, MOVABLE_TONE, movedTone, isInertPair, composed } = PASS_TABLES
const { PLAIN, SPACE, BREAK, LOOK_ALIKE_D, TONED, PREPARE, SURROGATE } = PASS_TABLES.kinds

// normalizeText's pass as it was written before its loop passed spaces and toned vowels over as
// letters: every space read with the unit after it, every toned vowel with the one before. It
// reads the units as the pass does (text.ts's tables): only the loop is the old one.

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
