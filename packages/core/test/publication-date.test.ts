import { describe, expect, it } from 'vitest'
import { DATE_LABEL_WORDS } from '../src/date-words.ts'
import { formatPartialDate } from '../src/partial-date.ts'
import { parseDateLine, parseMetadataFragment } from '../src/publication-date.ts'

const line = (text: string) => {
  const date = parseDateLine(text)
  return date === null ? null : formatPartialDate(date)
}

describe('parseDateLine: a site date line', () => {
  it.each([
    ['02/03/2024', '2024-03-02'],
    ['3/2/2024 7:05:00 AM', '2024-03-02'],
    ['Thứ Bảy, 02/03/2024, 08:00 [GMT+7]', '2024-03-02'],
    ['02/03/2024 | 08:00', '2024-03-02'],
    ['(14/06/2024)', '2024-06-14'],
    ['[14/06/2024]', '2024-06-14'],
    ['Đăng ngày 02/02/2024 lúc 10:32', '2024-02-02'],
    ['Ngày đăng: 28-04-2023 | Lượt xem: 312', '2023-04-28'],
    ['Cập nhật: 07:45 ngày 22/09/2023', '2023-09-22'],
    ['Posted: 22/09/2023 10:20 (GMT+7)', '2023-09-22'],
    ['16/11/2023 • Thời sự', '2023-11-16'],
    ['Ngày 16/11/2023 - 10:20', '2023-11-16'],
    ['2023-12-08T09:15:00+07:00', '2023-12-08'],
  ])('%s → %s', (text, expected) => {
    expect(line(text)).toBe(expected)
  })

  it.each([
    'Hội nghị ngày 02/03/2024 thành công',
    'Sáng 13/5',
    '2024',
    'Lượt xem: 312',
    `Cập nhật: ${'x'.repeat(60)} 02/03/2024`,
  ])('%s is no date line', (text) => {
    expect(parseDateLine(text)).toBeNull()
  })

  it.each(DATE_LABEL_WORDS)('reads a date after the label %s, with a colon and a time', (label) => {
    expect(line(`${label}: 14/11/2023 08:30`)).toBe('2023-11-14')
    expect(line(`${label[0]?.toUpperCase()}${label.slice(1)} 14/11/2023`)).toBe('2023-11-14')
  })
})

describe('parseMetadataFragment: a scraper prefix that opens the lead', () => {
  it.each([
    ['date 2024-03 VOV - Sáng 2/3, ...', '2024-03', 'VOV - Sáng 2/3, ...'],
    ['date 2023-12-08T09:15:00+07:00 Sáng 8/12', '2023-12-08', 'Sáng 8/12'],
    ['Date 2023 TPO', '2023', 'TPO'],
  ])('%s → %s', (text, date, rest) => {
    const fragment = parseMetadataFragment(text)
    expect(fragment === null ? null : formatPartialDate(fragment.date)).toBe(date)
    expect(text.slice(fragment?.end ?? 0)).toBe(rest)
  })

  it.each(['Sáng 2/3, date 2024-03', 'date 2023-13 x', 'dated 2024-03'])('%s has none', (text) => {
    expect(parseMetadataFragment(text)).toBeNull()
  })
})
