import type { Province } from '@vanban/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { eventProvince } from '../src/event-province.ts'

// Organisers, places and titles: a province named, a district or commune whose name several
// provinces had (which only `near` places), a body with no unit, none.
const ORGANIZERS = [
  null,
  'Tỉnh ủy Nghệ An',
  'Huyện ủy Châu Thành',
  'UBND huyện Châu Thành',
  'Đảng ủy xã Tân Phú',
  'Đảng ủy phường Bến Thành',
  'Ban Tuyên giáo Tỉnh ủy',
  'Ban Tuyên giáo Trung ương',
  'Sở Giáo dục và Đào tạo Hà Tĩnh',
  'Huyện ủy Cam Lộ',
  'Chi bộ',
]
const LOCATIONS = [
  null,
  'thành phố Hà Nội',
  'huyện Châu Thành',
  'xã Tân Phú',
  'Hội trường Tỉnh ủy',
  'Thủ đô Viêng Chăn',
  'Hội trường Diên Hồng, Nhà Quốc hội',
]
const TITLES = [null, 'Hội nghị toàn quốc quán triệt Nghị quyết', 'Đại hội Đảng bộ huyện Châu Thành', 'Hội nghị']
const PROVINCES: (Province | null)[] = [
  null,
  { code: '82', name: 'Đồng Tháp' },
  { code: '80', name: 'Tây Ninh' },
  { code: '86', name: 'Vĩnh Long' },
  { code: '01', name: 'Hà Nội' },
]
const URLS = [null, 'https://baodongthap.vn/tin/1.html', 'https://vpdangdoan.vinhuni.edu.vn/a', 'https://example.com/a']
const DATES = [null, '2024-05-01', '2025-08-03', '2025']

describe('eventProvince with the article’s province, main point and link point read when asked', () => {
  it('places every event as with them read beforehand', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ORGANIZERS),
        fc.constantFrom(...LOCATIONS),
        fc.constantFrom(...TITLES),
        fc.constantFrom(...URLS),
        fc.constantFrom(...DATES),
        fc.constantFrom(...PROVINCES),
        fc.constantFrom(...PROVINCES),
        fc.boolean(),
        (organizer, location, title, url, date, article, mainPoint, linkPoint) => {
          const event = { organizer, location, title }
          expect(
            eventProvince(
              event,
              url,
              date,
              () => article,
              () => mainPoint,
              () => linkPoint,
            ),
          ).toEqual(eventProvince(event, url, date, article, mainPoint, linkPoint))
        },
      ),
      { numRuns: 3000 },
    )
  })

  it('does not read the article’s province for an event its organiser places', () => {
    let asked = 0
    const article = () => {
      asked++
      return PROVINCES[1]!
    }
    const placed = eventProvince({ organizer: 'Tỉnh ủy Nghệ An', location: null }, null, '2024-05-01', article)
    expect(placed?.code).toBe('40')
    expect(asked).toBe(0)
  })
})
