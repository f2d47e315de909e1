import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ANNIVERSARY_ORIGINS } from '../src/anniversary-origins.ts'
import { parseDateLine } from '../src/publication-date.ts'
import { readYearEvidence } from '../src/year-evidence.ts'
import { calendarDay as day, two } from './date-arbitraries.ts'

describe('parseDateLine reads a dateline whatever its place', () => {
  it('`<Place>, ngày D tháng M năm Y` is that day', () => {
    fc.assert(
      fc.property(day, fc.constantFrom('Hà Nội', 'Cần Thơ', 'TP. Hồ Chí Minh', 'Buôn Ma Thuột', 'Huế'), (d, place) => {
        const line = `${place}, ngày ${two(d.day)} tháng ${two(d.month)} năm ${d.year}`
        expect(parseDateLine(line)).toEqual({ ...d, precision: 'day' })
      }),
    )
  })
})

describe('an anniversary of a national occasion is counted from its known year', () => {
  // How each occasion is written after `kỷ niệm N năm`.
  const WRITTEN: Record<number, string> = {
    1890: 'ngày sinh Chủ tịch Hồ Chí Minh',
    1925: 'Ngày Báo chí Cách mạng Việt Nam',
    1929: 'Ngày thành lập Công đoàn Việt Nam',
    1930: 'Ngày thành lập Hội Nông dân Việt Nam',
    1931: 'Ngày thành lập Đoàn TNCS Hồ Chí Minh',
    1941: 'Ngày thành lập Đội TNTP Hồ Chí Minh',
    1944: 'Ngày thành lập Quân đội nhân dân Việt Nam',
    1945: 'Cách mạng Tháng Tám thành công',
    1947: 'Ngày Thương binh - Liệt sĩ',
    1954: 'Chiến thắng Điện Biên Phủ',
    1989: 'Ngày thành lập Hội Cựu chiến binh Việt Nam',
    2010: 'Ngày Phụ nữ Việt Nam',
  }
  it('N years of an occasion founded in Y is Y + N', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ANNIVERSARY_ORIGINS.map((o) => o.year).filter((y) => WRITTEN[y] !== undefined)),
        fc.integer({ min: 1, max: 95 }),
        (origin, count) => {
          const text = `Lễ kỷ niệm ${count} năm ${WRITTEN[origin]}.`
          const years = readYearEvidence(text).flatMap((e) => (e.kind === 'year' ? [e.year] : []))
          // Years outside 1900-2100 are no report's.
          const year = origin + count
          expect(years).toEqual(year < 1900 || year > 2100 ? [] : [year])
        },
      ),
    )
  })
})

// A dateline's place is only ever cut before `ngày`: other lines keep their reading.
describe('parseDateLine leaves other lines alone', () => {
  it('words that are no place before `ngày` make no date line', () => {
    fc.assert(
      fc.property(day, fc.constantFrom('Hội nghị', 'Sáng nay', 'Hôm qua', 'Theo kế hoạch'), (d, words) => {
        expect(parseDateLine(`${words}, ngày ${d.day}/${d.month}/${d.year}`)).toBeNull()
      }),
    )
  })
})
