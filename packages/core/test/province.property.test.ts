import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FORMER_PROVINCES, PROVINCES, provinceOfDomain, provinceOfPath, resolveProvince } from '../src/province.ts'
import { foldDiacritics } from '../src/text.ts'

const current = fc.constantFrom(...PROVINCES)
const former = fc.constantFrom(...FORMER_PROVINCES.filter((p) => p.code !== '46'))
const prefix = fc.constantFrom('', 'tỉnh ', 'Tỉnh ', 'thành phố ', 'Thành phố ', 'TP. ', 'TP ')
const spelling = fc.constantFrom(
  (s: string) => s,
  (s: string) => foldDiacritics(s),
  (s: string) => s.toUpperCase(),
  (s: string) => ` ${s}  `,
)
const afterMerger = fc.date({ min: new Date('2025-07-01'), max: new Date('2030-12-31'), noInvalidDate: true })
const beforeMerger = fc.date({ min: new Date('2008-08-01'), max: new Date('2025-06-30'), noInvalidDate: true })
const iso = (d: Date): string => d.toISOString().slice(0, 10)

describe('resolveProvince (properties)', () => {
  it('reads any spelling of a current unit after the merger as that unit, both at the date and today', () => {
    fc.assert(
      fc.property(current, prefix, spelling, afterMerger, (unit, p, spell, date) => {
        const r = resolveProvince(spell(p + unit.name), { date: iso(date) })
        expect(r).toEqual({ atDate: unit, today: unit })
      }),
    )
  })

  it('reads an old unit before the merger as itself, and today as a unit of the 34', () => {
    fc.assert(
      fc.property(former, prefix, spelling, beforeMerger, (unit, p, spell, date) => {
        const r = resolveProvince(spell(p + unit.name), { date: iso(date) })
        expect(r?.atDate).toEqual(unit)
        expect(PROVINCES).toContainEqual(r?.today)
      }),
    )
  })

  it('never reads a name after a district or commune word', () => {
    const local = fc.constantFrom('huyện ', 'quận ', 'thị xã ', 'xã ', 'phường ', 'thị trấn ')
    fc.assert(
      fc.property(local, fc.constantFrom(...PROVINCES, ...FORMER_PROVINCES), (word, unit) => {
        expect(resolveProvince(word + unit.name)).toBeNull()
      }),
    )
  })
})

// A unit's name as a host label writes it: folded, no spaces or dashes (`Bà Rịa - Vũng Tàu` → `bariavungtau`).
const label = (name: string): string => foldDiacritics(name).replace(/[^a-z0-9]/g, '')
// Labels made of letters no unit's folded name holds (f, j, w, z) and digits name no unit.
const noName = fc.stringMatching(/^[fjwz0-9]{1,12}$/)
const siteWord = fc.constantFrom('', 'bao', 'tinhuy', 'thanhuy', 'truyenhinh', 'tuoitre', 'tuyengiao')
const siteSuffix = fc.constantFrom('', 'tv', 'online')
const tld = fc.constantFrom('.vn', '.gov.vn', '.org.vn', '.com.vn', '.dcs.vn')
const scheme = fc.constantFrom('', 'http://', 'https://', 'https://www.')

describe('provinceOfDomain (properties)', () => {
  it('reads an old unit named in a label, around any site words, as itself before the merger and its successor today', () => {
    fc.assert(
      fc.property(
        former,
        siteWord,
        siteSuffix,
        tld,
        scheme,
        noName,
        beforeMerger,
        (unit, word, suffix, end, s, path, date) => {
          const r = provinceOfDomain(`${s}${word}${label(unit.name)}${suffix}${end}/${path}`, { date: iso(date) })
          expect(r?.atDate.code).toBe(unit.code)
          expect(PROVINCES).toContainEqual(r?.today)
        },
      ),
    )
  })

  it('reads the registered label of a subdomain whose other labels name nothing', () => {
    fc.assert(
      fc.property(former, noName, afterMerger, (unit, sub, date) => {
        const r = provinceOfDomain(`https://${sub}.${label(unit.name)}.gov.vn/a`, { date: iso(date) })
        expect(r?.atDate).toEqual(r?.today)
        expect(r?.today).toEqual(provinceOfDomain(`${label(unit.name)}.gov.vn`, { date: iso(date) })?.today)
        expect(r).not.toBeNull()
      }),
    )
  })

  it('places nothing for a host whose labels name no unit, and never throws', () => {
    fc.assert(
      fc.property(noName, noName, tld, (a, b, end) => {
        expect(provinceOfDomain(`https://${a}.${b}${end}/x`)).toBeNull()
      }),
    )
    fc.assert(fc.property(fc.string(), (s) => void provinceOfDomain(s)))
  })
})

describe('provinceOfPath (properties)', () => {
  it('never throws, and gives a unit of the 34 today or null, for any address', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string()), (url) => {
        const r = provinceOfPath(url)
        if (r !== null) expect(PROVINCES).toContainEqual(r.today)
      }),
    )
  })

  it('reads a path segment that is an old unit’s name, folded and without spaces, as that unit before the merger', () => {
    fc.assert(
      fc.property(former, beforeMerger, (unit, date) => {
        const segment = foldDiacritics(unit.name).replace(/[^a-z0-9]/g, '')
        expect(provinceOfPath(`https://example.vn/${segment}/tin-tuc/1.html`, { date: iso(date) })?.atDate).toEqual(
          unit,
        )
      }),
    )
  })
})
