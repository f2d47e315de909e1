import { describe, expect, it } from 'vitest'
import { HostPacer, manualClock, matchesInclude, parseRetryAfter } from '../src/index.ts'

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
