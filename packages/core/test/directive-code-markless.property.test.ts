import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findDirectiveCodes } from '../src/directive-code.ts'
import { normalizeText, normalizeTextReporting } from '../src/text.ts'

// Codes, their type words and prose, with the units folding drops or joins (soft hyphen,
// combining marks, the horn, zero-width characters) set anywhere: beside a code's number, inside
// its letters, in the words before it.
const piece = fc.constantFrom(
  ...['Nghị quyết số ', 'Chỉ thị ', 'Quyết định số', 'Kết luận', 'Luật số ', 'của Bộ Chính trị', 'ngày '],
  ...['35', '0', '1', '13', '2023', '22/10/2018', '64/2025/QH15', '13/2023/NĐ-CP', '14/CT-UBND', '35-NQ/TW'],
  ...['-NQ/TW', '-QĐ/TƯ', '/QĐ-TTg', 'NQ', 'TW', 'TU', "TU'", 'KH', 'UBND', 'HU', '/', '-', ' - ', ' '],
  ...['Ủy', 'uỷ', 'ư', 'u', 'U', 'hoà', 'Ð', 'đ', '\u00ad', '\u0301', '\u031b', '\u0323', '\u200b', '\ufeff'],
  ...['\n', '\n\n', ', ', '.', '(', ')', '“', 'x'],
)
// A code with such a unit typed inside it or beside it (`35-NQ/T\u00adW`), among other pieces.
const CODES = ['Nghị quyết số 35-NQ/TW', 'Quyết định 1234/QĐ-TTg', '13/2023/NĐ-CP', 'Luật số 64/2025/QH15', '28-NQ/TƯ']
const spoiled = fc
  .tuple(fc.constantFrom(...CODES), fc.nat(), fc.constantFrom('\u00ad', '\u0301', '\u031b', '\u200b', '\ufeff'))
  .map(([code, at, unit]) => {
    const k = at % (code.length + 1)
    return `${code.slice(0, k)}${unit}${code.slice(k)}`
  })
const spoiledInText = fc
  .tuple(fc.array(piece, { maxLength: 8 }), spoiled, fc.array(piece, { maxLength: 8 }))
  .map(([before, code, after]) => `${before.join('')} ${code} ${after.join('')}`)
const text = fc.oneof(
  spoiledInText,
  fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
)

describe('findDirectiveCodes on a markless text', () => {
  it('gives the codes it gives when not told', () => {
    fc.assert(
      fc.property(text, (raw) => {
        const { text: normalized, markless } = normalizeTextReporting(raw)
        expect(normalized).toBe(normalizeText(raw))
        if (!markless) return
        // What normalising tells holds: no unit folding drops but the soft hyphen.
        expect(normalized).not.toMatch(/[\u0300-\u036f\u200b-\u200d\ufeff]/u)
        expect(findDirectiveCodes(normalized, { markless: true })).toEqual(findDirectiveCodes(normalized))
      }),
      { numRuns: 3000 },
    )
  })

  it('folds a markless text with a soft hyphen', () => {
    const { text: normalized, markless } = normalizeTextReporting('Nghị quyết số 35-NQ/T\u00adW của Bộ Chính trị')
    expect(markless).toBe(true)
    expect(findDirectiveCodes(normalized, { markless: true }).map((c) => c.parts.code)).toEqual(['35-NQ/TW'])
  })
})
