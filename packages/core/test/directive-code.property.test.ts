import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  type DirectiveCodeParts,
  DirectiveCodePartsSchema,
  findDirectiveCodes,
  formatDirectiveCode,
  parseDirectiveCode,
} from '../src/directive-code.ts'
import {
  DOCUMENT_KIND_LABELS,
  DOCUMENT_TYPES,
  PartyDocumentTypeSchema,
  StateDocumentTypeSchema,
} from '../src/document-types.ts'

const number = fc.stringMatching(/^\d{1,6}$/)
const year = fc.integer({ min: 1945, max: 2100 })

const partyParts = fc
  .record({
    type: fc.constantFrom(...PartyDocumentTypeSchema.options),
    number,
    issuerCode: fc.constantFrom(
      'TW',
      'TU',
      'HU',
      'QU',
      'ThU',
      'ĐU',
      'ĐUK',
      'BCSĐ',
      'QUTW',
      'VPTW',
      'BTGTW',
      'BTGDVTW',
      'BTCTW',
      'UBKTTW',
      'BDVTW',
      'BNCTW',
      'BTGTU',
      'UBKTĐU',
      'ĐUCATW',
    ),
  })
  .map((p): DirectiveCodeParts => ({ code: formatDirectiveCode({ system: 'party', ...p }), system: 'party', ...p }))

const stateIssuer = fc.oneof(
  fc.constantFrom('CP', 'TTg', 'UBND', 'HĐND', 'BCA', 'BQP', 'BTTTT', 'BGDĐT', 'BLĐTBXH', 'NHNN', 'CTN'),
  fc.constantFrom('BTC-BYT', 'UBND-VX', 'BCA-BQP-BNG'),
)
const writtenStateTypes = StateDocumentTypeSchema.options.filter((t) => t !== 'Luật' && t !== 'PL')

const stateParts = fc
  .record({
    type: fc.constantFrom(...writtenStateTypes),
    number,
    year: fc.option(year, { nil: undefined }),
    issuerCode: stateIssuer,
  })
  .map(({ year: y, ...rest }): DirectiveCodeParts => {
    const fields =
      y === undefined ? { system: 'state' as const, ...rest } : { system: 'state' as const, ...rest, year: y }
    return { code: formatDirectiveCode(fields), ...fields }
  })

const assemblyParts = fc
  .record({
    type: fc.constantFrom('Luật' as const, 'NQ' as const, 'PL' as const),
    number,
    year,
    issuerCode: fc.integer({ min: 1, max: 20 }).chain((term) => fc.constantFrom(`QH${term}`, `UBTVQH${term}`)),
  })
  .map((p): DirectiveCodeParts => ({ code: formatDirectiveCode({ system: 'state', ...p }), system: 'state', ...p }))

const anyParts = fc.oneof(partyParts, stateParts, assemblyParts)

function typeWord(parts: DirectiveCodeParts): string {
  const kind = DOCUMENT_TYPES[parts.type].kinds[0]
  return kind === undefined ? '' : DOCUMENT_KIND_LABELS[kind].vi
}

describe('formatDirectiveCode and parseDirectiveCode are inverses', () => {
  it('every generated set of parts is valid', () => {
    fc.assert(
      fc.property(anyParts, (parts) => {
        expect(DirectiveCodePartsSchema.safeParse(parts).success).toBe(true)
      }),
      { numRuns: 500 },
    )
  })

  it('the canonical code parses back to itself', () => {
    fc.assert(
      fc.property(anyParts, (parts) => {
        expect(parseDirectiveCode(formatDirectiveCode(parts))?.code).toBe(parts.code)
      }),
      { numRuns: 1000 },
    )
  })

  it('the code after its type word parses back to the same parts', () => {
    fc.assert(
      fc.property(anyParts, (parts) => {
        expect(parseDirectiveCode(`${typeWord(parts)} số ${formatDirectiveCode(parts)}`)).toEqual(parts)
      }),
      { numRuns: 1000 },
    )
  })

  it('codes read the same when type and a known issuer lose the separator between them', () => {
    fc.assert(
      fc.property(fc.oneof(partyParts, stateParts), (parts) => {
        fc.pre(!parts.issuerCode.includes('-'))
        const glued =
          parts.system === 'party'
            ? `${parts.number}-${parts.type}${parts.issuerCode}`
            : `${parts.number}/${parts.year === undefined ? '' : `${parts.year}/`}${parts.type}${parts.issuerCode}`
        expect(parseDirectiveCode(glued)?.code).toBe(parts.code)
      }),
      { numRuns: 1000 },
    )
  })

  it('Party codes read the same in lower case, without Đ and with spaces around the hyphen', () => {
    fc.assert(
      fc.property(partyParts, (parts) => {
        const loose = `${parts.number} - ${parts.type}/${parts.issuerCode}`.replace(/Đ/g, 'D').toLowerCase()
        expect(parseDirectiveCode(loose)).toEqual(parts)
      }),
      { numRuns: 500 },
    )
  })
})

// Pieces that codes, dates and numbers are made of, so random texts come close to codes.
const piece = fc.constantFrom(
  ' ',
  ' ',
  '\n',
  ',',
  '.',
  '/',
  '-',
  '–',
  ':',
  '(',
  ')',
  "'",
  '’',
  '1',
  '05',
  '35',
  '1147',
  '2023',
  '0243',
  '22/10/2018',
  'NQ',
  'QĐ',
  'QD',
  'qđ',
  'CTr',
  'TW',
  'TƯ',
  'TU',
  "TU'",
  'NĐ',
  'CP',
  'TTg',
  'UBND',
  'QH15',
  'BTGDVTW',
  'Nghị quyết',
  'Quy định',
  'số',
  'Luật',
  'Ban Chỉ đạo',
  '\uD800',
  '\uDC00',
  '😀',
  '\u200B',
  '\u00A0',
  '\u0301',
  '\u031B',
  'Ð',
)
const codeSoup = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''))
const loneSurrogates = fc.string({
  unit: fc.integer({ min: 0xd7f0, max: 0xe010 }).map((c) => String.fromCharCode(c)),
  maxLength: 30,
})
const anyText = fc.oneof(codeSoup, loneSurrogates, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }))

describe('parseDirectiveCode and findDirectiveCodes on any text', () => {
  it('never throw, and only give valid parts', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const parts = parseDirectiveCode(text)
        if (parts !== null) expect(DirectiveCodePartsSchema.safeParse(parts).success).toBe(true)
        for (const m of findDirectiveCodes(text)) expect(DirectiveCodePartsSchema.safeParse(m.parts).success).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })

  it('find gives ordered, disjoint spans whose text parses to the same code', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let previousEnd = 0
        for (const m of findDirectiveCodes(text)) {
          expect(m.start).toBeGreaterThanOrEqual(previousEnd)
          expect(m.end).toBeGreaterThan(m.start)
          expect(text.slice(m.start, m.end)).toBe(m.raw)
          expect(parseDirectiveCode(m.raw)?.code).toBe(m.parts.code)
          previousEnd = m.end
        }
      }),
      { numRuns: 2000 },
    )
  })

  // After a sentence's end: a type word right before a Party code that names another type wins
  // over its letters (`Kết luận số 01-CT/TW` is 01-KL/TW).
  it('a code written into any text is found there', () => {
    fc.assert(
      fc.property(codeSoup, anyParts, codeSoup, (before, parts, after) => {
        const text = `${before}. ${parts.code} ${after}`
        const codes = findDirectiveCodes(text).map((m) => m.parts.code)
        expect(codes).toContain(parts.code)
      }),
      { numRuns: 1000 },
    )
  })
})
