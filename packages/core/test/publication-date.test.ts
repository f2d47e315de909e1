import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DATE_LABEL_WORDS } from '../src/date-words.ts'
import { formatPartialDate } from '../src/partial-date.ts'
import {
  parseDateLine,
  parseLabelledDateLine,
  parseMetadataFragment,
  unswapMetadataDate,
} from '../src/publication-date.ts'

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
    ['  • Cập nhật: 15/03/2021', '2021-03-15'],
    ['Cập nhật: 07:45 ngày 22/09/2023', '2023-09-22'],
    ['Posted: 22/09/2023 10:20 (GMT+7)', '2023-09-22'],
    ['16/11/2023 • Thời sự', '2023-11-16'],
    ['Ngày 16/11/2023 - 10:20', '2023-11-16'],
    ['2023-12-08T09:15:00+07:00', '2023-12-08'],
    // A time before the date, its zone after it.
    ['09:05, 11/06/2021 [GMT+7]', '2021-06-11'],
    ['Cập nhật, 09:53, Thứ Năm, 08/02/2018 (GMT+7)', '2018-02-08'],
    ['17:06 26/03/2020 | Lượt xem : 2994', '2020-03-26'],
    // A time after the lead's date; the Vietnamese 12-hour clock (SA, CH) keeps the day first.
    ['05/03/2024 07:45', '2024-03-05'],
    ['05/03/2024 3:20 CH', '2024-03-05'],
    ['Thứ Ba, 05/03/2024, 9:10 SA', '2024-03-05'],
    // A zone's offset spaced from its name.
    ['Thứ Sáu, 22/11/2024 10:42 (GMT +7)', '2024-11-22'],
    ['Đăng vào Thứ ba, 05/03/2024', '2024-03-05'],
    // A section before the label; a count after the time.
    ['Chính trị - Ngày đăng : 15:57, 07/05/2022', '2022-05-07'],
    ['Thứ năm - 08/04/2021 05:04 0', '2021-04-08'],
    // A worded month with its year but no `năm`.
    ['Thứ hai, 11 Tháng 12 2023 16:03', '2023-12-11'],
    // ... or after a comma; a label of a template's time of posting.
    ['22 tháng 4, 2024', '2024-04-22'],
    ['Thời gian đăng: 22/04/2024', '2024-04-22'],
    // Labels of portals' templates, Vietnamese and English.
    ['Tin đăng ngày: 6/2/2020 - Xem: 92', '2020-02-06'],
    ['Publish date 09/05/2020 | 11:24  | View count: 975', '2020-05-09'],
    // A content system's English line, the date after `on`.
    ['Submitted by Ban biên tập on 18 October 2019', '2019-10-18'],
    ['Posted on 3 May 2021', '2021-05-03'],
    // The byline and the date on one line, parted by a dash.
    ['Minh Anh - 14:20 28/09/2023 GMT+7', '2023-09-28'],
    // A separator left at the end.
    ['Thứ 3, Ngày 16/07/2024 -', '2024-07-16'],
    ['16/07/2024 |', '2024-07-16'],
    // A dateline: the place, then the date.
    ['Cần Thơ, ngày 05 tháng 3 năm 2021', '2021-03-05'],
    ['Đà Lạt, ngày 9/11/2019', '2019-11-09'],
    // A view counter after the date or the time, its label before or after the number.
    ['27/08/2021 09:16 76 lượt xem', '2021-08-27'],
    ['(Ngày đăng: 19/05/2022, số lượt xem: 293)', '2022-05-19'],
    ['Ngày cập nhật: 03/03/2023 | Lượt xem: 1.025', '2023-03-03'],
    // A time spaced around its colon, a count after it.
    ['20/05/2017 09 : 18 AM 753', '2017-05-20'],
    // The author before the date: initials or a name before a weekday, a credit before a label.
    ['PV Thứ sáu, ngày 26/04/2024 21:10 PM (GMT+7)', '2024-04-26'],
    ['Minh Châu Chủ nhật, 05/05/2024 08:15', '2024-05-05'],
    ['Tác giả: Thanh Hà .Ngày đăng: 26/05/2022 .Lượt xem: 286 lượt.', '2022-05-26'],
    ['Bởi Ban biên tập - Đăng tải ngày 30/04/2024', '2024-04-30'],
    // A release's label, a counter without its colon.
    ['Ngày phát hành: 30/05/2021 Lượt xem 3782', '2021-05-30'],
    // The English label alone.
    ['Date 27/02/2018', '2018-02-27'],
  ])('%s → %s', (text, expected) => {
    expect(line(text)).toBe(expected)
  })

  it.each([
    'Hội nghị ngày 02/03/2024 thành công',
    'Hội nghị - Ngày 02/03/2024 Ban Thường vụ họp',
    '3:20 CH',
    'Sáng 13/5',
    '2024',
    'Lượt xem: 312',
    'Hôm nay, ngày hội của cả làng',
    'Sáng nay, ngày 12/3 Ban Thường vụ họp bàn kế hoạch',
    `Cập nhật: ${'x'.repeat(60)} 02/03/2024`,
    // A counter's line without a date, a sentence of the body with one, a long line with a count.
    'Lượt xem: 312 lượt.',
    'Hội nghị ngày 02/03/2024 có 120 lượt xem',
    `Ngày đăng: 02/03/2024 ${'x'.repeat(80)} 76 lượt xem`,
    // Words in lower case before a weekday are a sentence, not a byline.
    'Hội nghị họp vào thứ sáu, ngày 26/04/2024',
    // A time in a sentence keeps its colon's spaces, and is no date line.
    'Tỷ số 2 : 10 trong trận đấu',
  ])('%s is no date line', (text) => {
    expect(parseDateLine(text)).toBeNull()
  })

  it.each(DATE_LABEL_WORDS)('reads a date after the label %s, with a colon and a time', (label) => {
    expect(line(`${label}: 14/11/2023 08:30`)).toBe('2023-11-14')
    expect(line(`${label[0]?.toUpperCase()}${label.slice(1)} 14/11/2023`)).toBe('2023-11-14')
  })
})

describe('parseLabelledDateLine: a date line that names itself the publication date', () => {
  it.each([
    ['Ngày đăng: 10/07/2025 - Lượt xem: 106', '2025-07-10'],
    ['Cập nhật lúc : 16/10/2020', '2020-10-16'],
    ['Publish date 09/05/2020 | 11:24', '2020-05-09'],
    ['Tin tức - Ngày đăng: 03/04/2022', '2022-04-03'],
    ['Submitted by Ban biên tập on 18 October 2019', '2019-10-18'],
    // In brackets with a counter; after a credit, parted by a glued stop.
    ['(Ngày đăng: 19/05/2022, số lượt xem: 293)', '2022-05-19'],
    ['Tác giả: Thanh Hà .Ngày đăng: 26/05/2022 .Lượt xem: 286 lượt.', '2022-05-26'],
  ])('%s → %s', (text, expected) => {
    const date = parseLabelledDateLine(text)
    expect(date === null ? null : formatPartialDate(date)).toBe(expected)
  })

  it.each([
    // A bare date line, a report's opening day, an event's announced time.
    '16/11/2023',
    '16:57 - 02/03/2021',
    'Ngày 16/11/2023',
    'Thời gian: 14/11/2023',
    'Cập nhật thông tin về hội nghị ngày 02/03/2024 tại Hà Nội',
    // A bracketed day and a view counter without a label.
    '(14/06/2024)',
    '27/08/2021 09:16 76 lượt xem',
  ])('%s is not one', (text) => {
    expect(parseLabelledDateLine(text)).toBeNull()
  })

  it('reads only what parseDateLine reads, never throwing', () => {
    const part = fc.constantFrom(
      'Ngày đăng',
      'Cập nhật lúc',
      'Publish date',
      ':',
      ' ',
      '-',
      '|',
      '16/10/2020',
      '11:38',
      'Xem',
      '92',
      'x',
    )
    fc.assert(
      fc.property(
        fc.array(part, { maxLength: 12 }).map((parts) => parts.join('')),
        (line) => {
          const labelled = parseLabelledDateLine(line)
          if (labelled !== null) expect(labelled).toEqual(parseDateLine(line.trim()))
        },
      ),
    )
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

describe('unswapMetadataDate: a metadata day written month-first', () => {
  const day = (year: number, month: number, d: number) => ({ year, month, day: d, precision: 'day' as const })
  it.each<[string, ReturnType<typeof day>, string, string]>([
    [
      'the swapped day is written, the day as read is not',
      day(2025, 3, 10),
      'Đại hội diễn ra từ ngày 01/10/2025 đến ngày 03/10/2025.',
      '2025-10-03',
    ],
    [
      'the day as read is written too',
      day(2025, 3, 10),
      'Ngày 10/3/2025 và ngày 3/10/2025, Hội nghị họp.',
      '2025-03-10',
    ],
    ['nothing written', day(2025, 3, 10), 'Sáng 3/10, Đại hội biểu quyết.', '2025-03-10'],
    ['the swap would be earlier', day(2025, 10, 3), 'Ngày 10/3/2025, Hội nghị họp.', '2025-10-03'],
    ['a day over 12 cannot be a month', day(2025, 3, 14), 'Ngày 3/14/2025 Hội nghị họp.', '2025-03-14'],
    [
      'the fragment’s own ISO date is not the report’s',
      day(2025, 3, 10),
      'date 2025-10-03 Đại hội ngày 3/10/2025.',
      '2025-10-03',
    ],
  ])('%s', (_, date, text, expected) => {
    expect(formatPartialDate(unswapMetadataDate(date, text))).toBe(expected)
  })

  it('gives the date or its swap, never another', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2030 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.string({ maxLength: 40 }),
        (year, month, d, noise) => {
          const date = day(year, month, d)
          const text = `${noise} ngày ${month}/${d}/${year} ${noise}`
          const out = unswapMetadataDate(date, text)
          expect([`${year}-${month}-${d}`, `${year}-${d}-${month}`]).toContain(`${out.year}-${out.month}-${out.day}`)
        },
      ),
    )
  })
})
