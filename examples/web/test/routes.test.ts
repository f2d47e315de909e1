import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { href, parseRoute, type Route } from '../src/routes.ts'

describe('routes', () => {
  it('keeps the slash of a directive code inside one hash segment', () => {
    expect(href({ page: 'directive', code: '13/2023/NĐ-CP' })).toBe('#/directive/13%2F2023%2FN%C4%90-CP')
    expect(parseRoute('#/directive/13%2F2023%2FN%C4%90-CP')).toEqual({ page: 'directive', code: '13/2023/NĐ-CP' })
  })

  it('reads back every route it writes', () => {
    const value = fc.string({ minLength: 1, unit: fc.constantFrom('a', 'đ', 'ệ', '/', '-', ' ', '%', '#', '?', '1') })
    const route: fc.Arbitrary<Route> = fc.oneof(
      fc.constant({ page: 'home' as const }),
      value.map((query) => ({ page: 'search' as const, query })),
      value.map((code) => ({ page: 'directive' as const, code })),
      value.map((code) => ({ page: 'province' as const, code })),
      fc
        .tuple(value, fc.constantFrom({ month: '2023-12' }, { province: '79' }, { month: '2024-01', province: '01' }))
        .map(([code, narrow]) => ({ page: 'directive' as const, code, narrow })),
      value.map((id) => ({ page: 'event' as const, id })),
      value.map((id) => ({ page: 'article' as const, id })),
    )
    fc.assert(
      fc.property(route, (r) => {
        expect(parseRoute(href(r))).toEqual(r)
      }),
    )
  })

  it.each([
    ['#/directive/35-NQ%2FTW?tinh=79', { page: 'directive', code: '35-NQ/TW', narrow: { province: '79' } }],
    ['#/directive/35-NQ%2FTW?thang=2023-12', { page: 'directive', code: '35-NQ/TW', narrow: { month: '2023-12' } }],
    ['#/province/79?thang=2023-12', { page: 'province', code: '79', narrow: { month: '2023-12' } }],
    ['#/province/79', { page: 'province', code: '79' }],
    // malformed narrowing is left out, not passed on to the gateway
    ['#/directive/35-NQ%2FTW?thang=2023-13&tinh=7', { page: 'directive', code: '35-NQ/TW' }],
    ['#/province/79?x=1', { page: 'province', code: '79' }],
  ])('reads the narrowing of %s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route)
  })

  it('takes an unknown or broken hash for the home page', () => {
    expect(parseRoute('')).toEqual({ page: 'home' })
    expect(parseRoute('#/nowhere/x')).toEqual({ page: 'home' })
    expect(parseRoute('#/search/%E0%A4%A')).toEqual({ page: 'home' })
  })
})
