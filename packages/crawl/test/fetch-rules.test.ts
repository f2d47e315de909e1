import fc from 'fast-check'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { decodeBody, HostPacer, manualClock, matchesInclude, parseRetryAfter } from '../src/index.ts'
import { LEGACY_TEXT, windows1258 } from './site.ts'

const utf8 = (text: string) => new TextEncoder().encode(text)
const join = (...parts: Array<Uint8Array | string>) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : part)))

describe('decodeBody', () => {
  it.each([
    { name: 'UTF-8 from the header', bytes: utf8(LEGACY_TEXT), type: 'text/html; charset=UTF-8', charset: 'utf-8' },
    { name: 'UTF-8 undeclared', bytes: utf8(LEGACY_TEXT), type: 'text/html', charset: 'utf-8' },
    {
      name: 'a UTF-8 BOM over a wrong header',
      bytes: join(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(LEGACY_TEXT)),
      type: 'text/html; charset=iso-8859-1',
      charset: 'utf-8',
    },
    {
      name: 'Windows-1258 from the header',
      bytes: windows1258(LEGACY_TEXT),
      type: 'text/html; charset=windows-1258',
      charset: 'windows-1258',
    },
    {
      name: 'Windows-1258 from <meta charset>',
      bytes: join('<meta charset="windows-1258">', windows1258(LEGACY_TEXT)),
      type: null,
      charset: 'windows-1258',
    },
    {
      name: 'Windows-1258 from http-equiv',
      bytes: join(
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">',
        windows1258(LEGACY_TEXT),
      ),
      type: 'text/html',
      charset: 'windows-1258',
    },
    {
      name: 'undeclared, not UTF-8: Windows-1258',
      bytes: windows1258(LEGACY_TEXT),
      type: null,
      charset: 'windows-1258',
    },
    {
      name: 'TCVN3 declared Latin-1',
      bytes: join('<font face=".VnTime">', iconv.encode(LEGACY_TEXT, 'tcvn')),
      type: 'text/html; charset=iso-8859-1',
      charset: 'tcvn3',
    },
  ])('reads $name', ({ bytes, type, charset }) => {
    const decoded = decodeBody(bytes, type)
    expect(decoded).toMatchObject({ ok: true, charset })
    expect(decoded.ok && decoded.text).toContain(LEGACY_TEXT)
  })

  it.each([
    {
      name: 'TCVN3 with its capital fonts',
      bytes: join('<font face=".VnTimeH">', iconv.encode(LEGACY_TEXT, 'tcvn')),
      reason: /TCVN3 .*\.VnTimeH/,
    },
    {
      name: 'VNI',
      bytes: Buffer.from('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam cuûa vaø caùc ñöôïc giao', 'latin1'),
      reason: /VNI font encoding/,
    },
    {
      name: 'an unknown charset',
      bytes: utf8('x'),
      type: 'text/html; charset=x-klingon',
      reason: /unknown charset x-klingon/,
    },
  ])('refuses $name with a reason', ({ bytes, type, reason }) => {
    const decoded = decodeBody(bytes, type ?? 'text/html; charset=windows-1252')
    expect(decoded.ok).toBe(false)
    expect(!decoded.ok && decoded.reason).toMatch(reason)
  })

  it('gives back any undeclared UTF-8 text (NFC)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const decoded = decodeBody(utf8(text), null)
        expect(decoded).toEqual({ ok: true, charset: 'utf-8', text: text.normalize('NFC') })
      }),
    )
  })
})

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-12-01T00:00:00Z')
  it.each([
    { value: '7', ms: 7000 },
    { value: ' 0 ', ms: 0 },
    { value: 'Tue, 01 Dec 2026 00:00:30 GMT', ms: 30_000 },
    { value: 'Mon, 30 Nov 2026 00:00:00 GMT', ms: 0 },
    { value: 'soon', ms: null },
    { value: null, ms: null },
  ])('reads $value as $ms ms', ({ value, ms }) => {
    expect(parseRetryAfter(value, now)).toBe(ms)
  })
})

describe('HostPacer', () => {
  it('spaces requests to one host by the rate and leaves other hosts alone', async () => {
    const clock = manualClock()
    const pacer = new HostPacer(2, clock)
    await pacer.wait('a.vn')
    await pacer.wait('b.vn')
    await pacer.wait('a.vn')
    await pacer.wait('a.vn')
    expect(clock.slept).toEqual([500, 500])
  })

  it('queues concurrent requests to one host one interval apart', async () => {
    const clock = manualClock()
    const start = clock.now()
    const pacer = new HostPacer(1, clock)
    await Promise.all([pacer.wait('a.vn'), pacer.wait('a.vn'), pacer.wait('a.vn')])
    // the manual clock moves forward by each sleep: the third request starts two intervals after the first
    expect(clock.slept).toEqual([1000, 1000])
    expect(clock.now() - start).toBe(2000)
  })

  it('slows a host to its Crawl-delay, never below the rate', async () => {
    const clock = manualClock()
    const pacer = new HostPacer(1, clock)
    pacer.slowHost('a.vn', 5000)
    pacer.slowHost('b.vn', 100)
    for (const host of ['a.vn', 'a.vn', 'b.vn', 'b.vn']) await pacer.wait(host)
    expect(clock.slept).toEqual([5000, 1000])
  })
})

describe('matchesInclude', () => {
  it.each([
    { url: 'https://baodanang.vn/thoi-su/a.html', patterns: ['/thoi-su/*'], matches: true },
    { url: 'https://baodanang.vn/kinh-te/a.html', patterns: ['/thoi-su/*'], matches: false },
    { url: 'https://baodanang.vn/a.html?id=1', patterns: ['*.html?id=*'], matches: true },
    { url: 'https://baodanang.vn/thoi-su/a.html', patterns: ['https://baodanang.vn/*'], matches: true },
    { url: 'https://other.vn/thoi-su/a.html', patterns: ['https://baodanang.vn/*'], matches: false },
    { url: 'https://baodanang.vn/thoi-su.a', patterns: ['/thoi-su.html'], matches: false },
  ])('$url against $patterns: $matches', ({ url, patterns, matches }) => {
    expect(matchesInclude(url, patterns)).toBe(matches)
  })
})
