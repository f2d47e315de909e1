import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type DirectiveCodeParts, parseDirectiveCode } from '../src/directive-code.ts'
import {
  directiveIdentity,
  directiveKey,
  directiveKeyBase,
  directiveKeysCompatible,
  isBareDirectiveKey,
  parseDirectiveKey,
} from '../src/directive-key.ts'

function code(text: string): DirectiveCodeParts {
  const parts = parseDirectiveCode(text)
  if (parts === null) throw new Error(`test data: ${text} is not a code`)
  return parts
}

describe('directiveKey', () => {
  it.each([
    ['35-NQ/TW', { issuedOn: '2018-10-22' }, 'party:TW:NQ:35@2018-10-22'],
    ['28-NQ/TU', { issuedOn: '2023' }, 'party:TU:NQ:28@2023'],
    ['05-CT/TW', { term: 12 }, 'party:TW:CT:05@t12'],
    ['05-CT/TW', { issuedOn: '2016-05', term: 12 }, 'party:TW:CT:05@2016-05'],
    ['01-KL/TW', {}, 'party:TW:KL:01'],
    ['13/2023/NĐ-CP', { issuedOn: '2023-04-24' }, 'state:CP:NĐ:13/2023'],
    ['Luật số 64/2025/QH15', {}, 'state:QH15:Luật:64/2025'],
    ['749/QĐ-TTg', { issuedOn: '2020-06-03' }, 'state:TTg:QĐ:749@2020-06-03'],
    ['14/CT-UBND', {}, 'state:UBND:CT:14'],
    ['01/2015/TTLT-BTC-BYT', {}, 'state:BTC-BYT:TTLT:01/2015'],
  ] as const)('%s with %o is %s', (text, options, key) => {
    expect(directiveKey(code(text), options)).toBe(key)
  })

  it('ignores the term for State codes, which restart by year', () => {
    expect(directiveKey(code('749/QĐ-TTg'), { term: 15 })).toBe('state:TTg:QĐ:749')
  })

  it('throws on a malformed issue date, saying what is accepted', () => {
    expect(() => directiveKey(code('35-NQ/TW'), { issuedOn: '22/10/2018' })).toThrow(/YYYY, YYYY-MM or YYYY-MM-DD/)
    expect(() => directiveKey(code('35-NQ/TW'), { issuedOn: '2018-13' })).toThrow(RangeError)
  })

  it('the base is shared by every directive with the code', () => {
    expect(directiveKeyBase(code('35-NQ/TW'))).toBe('party:TW:NQ:35')
    expect(
      directiveKey(code('35-NQ/TW'), { issuedOn: '2018-10-22' }).startsWith(directiveKeyBase(code('35-NQ/TW'))),
    ).toBe(true)
  })
})

describe('parseDirectiveKey', () => {
  it.each([
    ['party:TW:NQ:35@2018-10-22', { parts: code('35-NQ/TW'), issuedOn: '2018-10-22' }],
    ['party:TW:CT:05@t12', { parts: code('05-CT/TW'), term: 12 }],
    ['party:TW:KL:01', { parts: code('01-KL/TW') }],
    ['state:CP:NĐ:13/2023', { parts: code('13/2023/NĐ-CP') }],
    ['state:QH15:Luật:64/2025', { parts: code('64/2025/QH15') }],
    ['state:TTg:QĐ:749@2020-06', { parts: code('749/QĐ-TTg'), issuedOn: '2020-06' }],
    ['state:CP:NQ:30a/2008', { parts: code('30a/2008/NQ-CP') }],
  ] as const)('%s', (key, expected) => {
    expect(parseDirectiveKey(key)).toEqual(expected)
  })

  it.each([
    ['a code', '35-NQ/TW'],
    ['an unknown system', 'church:TW:NQ:35'],
    ['an unknown type', 'party:TW:XX:35'],
    ['a State type in a Party key', 'party:TW:NĐ:35'],
    ['a Party key with a year', 'party:TW:NQ:35/2018'],
    ['a bad date', 'party:TW:NQ:35@2018-13-01'],
    ['a National Assembly key without its year', 'state:QH15:Luật:64'],
    ['a number with two letters', 'state:CP:NQ:30ab'],
    ['the empty string', ''],
  ])('rejects %s: %j', (_what, key) => {
    expect(parseDirectiveKey(key)).toBeNull()
  })

  it('reads back every key directiveKey makes', () => {
    const parts = fc
      .constantFrom(
        '35-NQ/TW',
        '28-NQ/TU',
        '1147-QĐ/BTGDVTW',
        '13/2023/NĐ-CP',
        '14/CT-UBND',
        '64/2025/QH15',
        '09-CTr/TU',
      )
      .map(code)
    const issuedOn = fc.option(
      fc
        .record({
          y: fc.integer({ min: 1945, max: 2100 }),
          m: fc.integer({ min: 1, max: 12 }),
          d: fc.integer({ min: 1, max: 28 }),
          p: fc.integer({ min: 0, max: 2 }),
        })
        .map(({ y, m, d, p }) =>
          [String(y), String(m).padStart(2, '0'), String(d).padStart(2, '0')].slice(0, p + 1).join('-'),
        ),
      { nil: undefined },
    )
    const term = fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined })
    fc.assert(
      fc.property(parts, issuedOn, term, (p, on, t) => {
        const key = directiveKey(p, { issuedOn: on, term: t })
        const back = parseDirectiveKey(key)
        expect(back?.parts).toEqual(p)
        expect(back === null ? null : directiveKey(back.parts, back)).toBe(key)
      }),
      { numRuns: 300 },
    )
  })
})

describe('directiveKeysCompatible', () => {
  it.each([
    ['party:TW:NQ:35@2018-10-22', 'party:TW:NQ:35@2018', true],
    ['party:TW:NQ:35@2018-10-22', 'party:TW:NQ:35', true],
    ['party:TW:NQ:35@2018-10-22', 'party:TW:NQ:35@2018-10-23', false],
    ['party:TW:NQ:35@2018', 'party:TW:NQ:35@2023', false],
    ['party:TW:NQ:35@t12', 'party:TW:NQ:35@t13', false],
    ['party:TW:NQ:35@t12', 'party:TW:NQ:35@2018', true],
    ['party:TW:NQ:35', 'party:TW:CT:35', false],
    ['state:CP:NĐ:13/2023', 'state:CP:NĐ:13/2023', true],
  ] as const)('%s and %s: %s', (a, b, expected) => {
    expect(directiveKeysCompatible(a, b)).toBe(expected)
    expect(directiveKeysCompatible(b, a)).toBe(expected)
  })
})

describe('isBareDirectiveKey', () => {
  it('a key with neither date, term nor year is bare', () => {
    expect(isBareDirectiveKey('party:TW:NQ:35')).toBe(true)
    expect(isBareDirectiveKey('state:UBND:CT:14')).toBe(true)
  })

  it('a date, a term or a code year makes a key full', () => {
    expect(isBareDirectiveKey('party:TW:NQ:35@2018-10-22')).toBe(false)
    expect(isBareDirectiveKey('party:TW:CT:05@t12')).toBe(false)
    expect(isBareDirectiveKey('state:CP:NĐ:13/2023')).toBe(false)
  })

  it('text that is not a key is not bare', () => {
    expect(isBareDirectiveKey('35-NQ/TW')).toBe(false)
    expect(isBareDirectiveKey('')).toBe(false)
  })
})

describe('directiveIdentity', () => {
  it('gives the fields a code and its issue date decide, keyed with the date when known', () => {
    expect(directiveIdentity(parseDirectiveCode('35-NQ/TW')!, '2018-10-22')).toEqual({
      key: 'party:TW:NQ:35@2018-10-22',
      code: '35-NQ/TW',
      system: 'party',
      type: 'NQ',
      number: '35',
      year: null,
      issuerCode: 'TW',
    })
    expect(directiveIdentity(parseDirectiveCode('13/2023/NĐ-CP')!, null)).toMatchObject({
      key: 'state:CP:NĐ:13/2023',
      year: 2023,
      issuerCode: 'CP',
    })
    expect(directiveIdentity(parseDirectiveCode('85-QĐ/TW')!).key).toBe('party:TW:QĐ:85')
  })
})
