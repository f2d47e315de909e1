import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FORMER_PROVINCES, PROVINCES, resolveProvince } from '../src/province.ts'
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
