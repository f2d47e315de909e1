import { describe, expect, it } from 'vitest'
import { formatPartialDate, type PartialDate } from '../src/partial-date.ts'
import { findVietnameseDates, parseVietnameseDate } from '../src/vietnamese-date.ts'

// What a reader gets from a date expression: the string form, plus the part of day when given.
const read = (text: string, reference?: PartialDate | string | Date): string | null => {
  const date = parseVietnameseDate(text, { reference })
  if (date === null) return null
  return date.partOfDay === undefined ? formatPartialDate(date) : `${formatPartialDate(date)} ${date.partOfDay}`
}

describe('parseVietnameseDate: date lines of Vietnamese news sites', () => {
  it.each([
    ['Thứ Năm, 21/12/2023, 16:26 [GMT+7]', '2023-12-21'],
    ['Thứ năm, 21/12/2023, 16:26 (GMT+7)', '2023-12-21'],
    ['Thứ hai, 13/05/2024 - 08:15', '2024-05-13'],
    ['Thứ Hai, 13/5/2024 - 08:15', '2024-05-13'],
    ['Thứ Hai, 13-05-2024, 08:15', '2024-05-13'],
    ['Thứ Hai, 13/05/2024, 08:15 (GMT+7)', '2024-05-13'],
    ['13/05/2024 08:15 GMT+7', '2024-05-13'],
    ['13/05/2024 | 08:15', '2024-05-13'],
    ['13/05/2024 08:15', '2024-05-13'],
    ['08:15 13/05/2024', '2024-05-13'],
    ['13/05/2024', '2024-05-13'],
    ['Chủ nhật, 5/11/2023', '2023-11-05'],
    ['Chủ Nhật, 05/11/2023 - 19:40', '2023-11-05'],
    ['Thứ 7, 09/12/2023 10:05', '2023-12-09'],
    ['T2, 13/05/2024 08:15', '2024-05-13'],
    ['CN, 05/11/2023', '2023-11-05'],
    ['Thứ Tư, 20/12/2023', '2023-12-20'],
    ['Thứ Sáu, 08/12/2023 14:30', '2023-12-08'],
    ['Thứ Bảy, 09/12/2023', '2023-12-09'],
    ['11/14/2023 9:36:00 PM', '2023-11-14'],
    ['5/11/2023 9:36:00 AM', '2023-05-11'],
    ['2023-12-08', '2023-12-08'],
    ['2023-12-08T09:15:00+07:00', '2023-12-08'],
    ['2023-12-08T02:15:00.000Z', '2023-12-08'],
    ['2023-12-08 09:15:00', '2023-12-08'],
    ['Cập nhật: 08:30 ngày 14/11/2023', '2023-11-14'],
    ['Cập nhật lúc 08:30 ngày 14/11/2023', '2023-11-14'],
    ['Ngày đăng: 14/11/2023', '2023-11-14'],
    ['16h30 ngày 5/11/2023', '2023-11-05'],
    ['16 giờ 30 phút ngày 5/11/2023', '2023-11-05'],
  ])('%s → %s', (text, expected) => {
    expect(read(text)).toBe(expected)
  })
})

describe('parseVietnameseDate: dates in lead sentences', () => {
  it.each([
    ['chiều ngày 27/4/2023', '2023-04-27 afternoon'],
    ['Chiều 14/11/2023', '2023-11-14 afternoon'],
    ['Sáng 13/5/2024', '2024-05-13 morning'],
    ['SÁNG 13/5/2024', '2024-05-13 morning'],
    // The part of the day told closer.
    ['Sáng sớm 13/5/2024', '2024-05-13 morning'],
    ['Tối muộn 13/5/2024', '2024-05-13 evening'],
    ['Chiều tối 13/5/2024', '2024-05-13 afternoon'],
    ['sang 13/5/2024', '2024-05-13 morning'],
    ['chieu ngay 27/4/2023', '2023-04-27 afternoon'],
    ['Trưa 13/5/2024', '2024-05-13 noon'],
    ['Tối 20/12/2023', '2023-12-20 evening'],
    ['Đêm 31/12/2023', '2023-12-31 evening'],
    ['Sáng thứ Hai, 13/5/2024', '2024-05-13 morning'],
    ['ngày 22-10-2018', '2018-10-22'],
    ['ngày 22/10/2018', '2018-10-22'],
    ['Ngày 7/10/2022', '2022-10-07'],
    ['ngày 07/10/2022', '2022-10-07'],
    ['22.10.2018', '2018-10-22'],
    ['ngày 20/3/2023', '2023-03-20'],
    ['8 tháng 12 năm 2023', '2023-12-08'],
    ['ngày 08 tháng 12 năm 2023', '2023-12-08'],
    ['13/5 năm 2024', '2024-05-13'],
    ['tháng 12/2023', '2023-12'],
    ['tháng 12-2023', '2023-12'],
    ['Tháng 12 năm 2023', '2023-12'],
    ['tháng 4/2023', '2023-04'],
    ['Quý II năm 2023', '2023-Q2'],
    ['quý 4/2023', '2023-Q4'],
    ['Quý I/2024', '2024-Q1'],
    ['quý III - 2023', '2023-Q3'],
    ['năm 2023', '2023'],
    ['Năm 2018', '2018'],
    ['ngày 3/2/1930', '1930-02-03'],
    ['ngày 2/9/1945', '1945-09-02'],
    ['  ngày 22/10/2018, ', '2018-10-22'],
    ['ngày 22/10/2018.', '2018-10-22'],
    ['29/2/2024', '2024-02-29'],
    // A month by its name: with its year, or capitalised.
    ['ngày 14 tháng Mười năm 2023', '2023-10-14'],
    ['14 tháng mười một năm 2023', '2023-11-14'],
    ['ngày 3 tháng Giêng 2024', '2024-01-03'],
    ['ngày 22 tháng 4, 2024', '2024-04-22'],
    ['ngày 20 tháng Chạp năm 2023', '2023-12-20'],
    // A worded date whose line breaks once, as text copied from a document does.
    ['ngày 22\ntháng 11 năm 2019', '2019-11-22'],
    ['ngày 08 tháng 10\r\nnăm 2021', '2021-10-08'],
    // English, as the English layout of a site prints it: always with its year.
    ['18 October 2019', '2019-10-18'],
    ['October 18, 2019', '2019-10-18'],
    ['1 may 2020', '2020-05-01'],
  ])('%s → %s', (text, expected) => {
    expect(read(text)).toBe(expected)
  })
})

describe('parseVietnameseDate: a missing year comes from the reference', () => {
  it.each<[string, PartialDate | string | Date, string]>([
    ['Sáng 13/5', '2024-05-13', '2024-05-13 morning'],
    ['Sáng 13/5', '2024-05-14', '2024-05-13 morning'],
    ['Sáng 8/12', '2023-12-08', '2023-12-08 morning'],
    ['Sáng 20/12', '2024-01-10', '2023-12-20 morning'],
    ['Sáng 20/12', { year: 2024, month: 1, day: 10, precision: 'day' }, '2023-12-20 morning'],
    ['Sáng 20/12', new Date('2024-01-10T03:00:00Z'), '2023-12-20 morning'],
    ['ngày 31/12', '2024-01-01', '2023-12-31'],
    ['ngày 1/1', '2023-12-31', '2023-01-01'],
    ['ngày 1/1', '2024-01-01', '2024-01-01'],
    ['13/5', '13/05/2024', '2024-05-13'],
    ['ngày 8 tháng 12', '2023-12-15', '2023-12-08'],
    ['ngày 8 tháng Mười Hai', '2023-12-15', '2023-12-08'],
    ['ngày 20/12', '2023-12', '2023-12-20'],
    ['ngày 20/12', '2023', '2023-12-20'],
    ['ngày 20/12', '2023-12-08T09:15:00+07:00', '2022-12-20'],
    ['quý IV', '2024-01-10', '2023-Q4'],
    ['quý I', '2024-01-10', '2024-Q1'],
    ['tháng 12', '2024-01-10', '2023-12'],
    ['tháng 1', '2024-01-10', '2024-01'],
    ['ngày 29/2', '2023-06-01', '2020-02-29'],
  ])('%s with reference %j → %s', (text, reference, expected) => {
    expect(read(text, reference)).toBe(expected)
  })

  it('reads a Date reference in Vietnam time (UTC+7)', () => {
    // 20:00 UTC on 7 December is 03:00 on 8 December in Hanoi.
    expect(read('Sáng 8/12', new Date('2023-12-07T20:00:00Z'))).toBe('2023-12-08 morning')
  })

  it.each(['Sáng 13/5', 'ngày 8 tháng 12', 'quý IV', 'tháng 12', '13/5'])(
    'gives null for %s without a reference',
    (text) => {
      expect(read(text)).toBeNull()
    },
  )

  it.each<[string, unknown]>([
    ['an unreadable string', 'hôm qua'],
    ['an invalid Date', new Date('nonsense')],
    ['an impossible partial date', { year: 2023, month: 2, day: 30, precision: 'day' }],
  ])('gives null with %s as reference', (_, reference) => {
    expect(parseVietnameseDate('Sáng 13/5', { reference: reference as string })).toBeNull()
  })
})

describe('parseVietnameseDate: what is not a date', () => {
  it.each([
    ['31 February', '31/2/2023'],
    ['30 February', '30/2/2024'],
    ['29 February of a common year', '29/2/2023'],
    ['31 April', 'ngày 31/4/2023'],
    ['a worded 30 February', '30 tháng 2 năm 2024'],
    ['an English 30 February', '30 February 2024'],
    ['an English day without its year', '18 October'],
    ['a worded date broken by a blank line', 'ngày 22\n\ntháng 11 năm 2019'],
    ['a month name in lower case without its year', 'ngày 2 tháng chín'],
    ['a thirteenth month by name', 'ngày 2 tháng Mười Ba năm 2023'],
    ['a numeric date broken across lines', '22/\n11/2019'],
    ['an English month and year', 'October 2019'],
    ['month 13', 'tháng 13/2023'],
    ['day 0', '0/5/2023'],
    ['a Party directive code', '35-NQ/TW'],
    ['a Party regulation code', '85-QĐ/TW'],
    ['a State decree code', '13/2023/NĐ-CP'],
    ['a State decree number and year', '13/2023'],
    ['a provincial directive code', '14/CT-UBND'],
    ['a steering committee named by a number', 'Ban Chỉ đạo 35'],
    ['a mobile phone number', '0912.345.678'],
    ['a landline number', '(024) 3822 1234'],
    ['a hotline', '1900 1234'],
    ['a lone number', '35'],
    ['a lone year', '2023'],
    ['plain words', 'Đảng ủy Khối các cơ quan Trung ương'],
    ['an empty string', ''],
    ['white space', '  \n '],
    ['a part of day alone', 'Sáng nay'],
    ['a weekday alone', 'Thứ Năm'],
    ['a quarter out of range', 'Quý V năm 2023'],
    ['a quarter as a word', 'quý vị đại biểu'],
    ['a two-digit year', '13/5/24'],
    ['a date with text after it', '22/10/2018 của Bộ Chính trị'],
    ['a date inside a code', '22/10/2018/QĐ-TTg'],
    ['a school year', 'năm 2023-2024'],
    ['an IP address', '192.168.1.1'],
    ['a fraction of a day without a cue and year', '3/4 số đảng viên'],
    ['a day-first date with AM/PM that cannot be month-first', '13/13/2023 9:00 AM'],
    ['a time alone', '16:26'],
  ])('%s: %j', (_, text) => {
    expect(parseVietnameseDate(text, { reference: '2024-01-10' })).toBeNull()
  })
})

describe('findVietnameseDates', () => {
  const lead =
    'Sáng 8/12, Đảng ủy Khối các cơ quan Trung ương tổ chức Hội nghị quán triệt Nghị quyết số 35-NQ/TW ' +
    'ngày 22/10/2018 của Bộ Chính trị và Nghị định số 13/2023/NĐ-CP. Ban Chỉ đạo 35 báo cáo kết quả Quý II năm 2023.'

  it('finds each date expression with its span and part of day', () => {
    const found = findVietnameseDates(lead, { reference: '2023-12-09' })
    expect(found.map((m) => [m.raw, formatPartialDate(m.date), m.date.partOfDay])).toEqual([
      ['Sáng 8/12', '2023-12-08', 'morning'],
      ['ngày 22/10/2018', '2018-10-22', undefined],
      ['Quý II năm 2023', '2023-Q2', undefined],
    ])
    for (const m of found) expect(lead.slice(m.start, m.end)).toBe(m.raw)
    expect(found[0]?.start).toBe(0)
  })

  it('skips year-less dates when there is no reference', () => {
    expect(findVietnameseDates(lead).map((m) => m.raw)).toEqual(['ngày 22/10/2018', 'Quý II năm 2023'])
  })

  it('reads a news date line in full', () => {
    const text = 'Thời sự\nThứ Năm, 21/12/2023, 16:26 [GMT+7]\nChiều 20/12, tại Hà Nội...'
    expect(findVietnameseDates(text, { reference: '2023-12-21' }).map((m) => m.raw)).toEqual([
      'Thứ Năm, 21/12/2023, 16:26 [GMT+7]',
      'Chiều 20/12',
    ])
  })

  it('reads a year after a comma only when it ends the date, not a count opening the next clause', () => {
    const found = (text: string) => findVietnameseDates(text, { reference: '2024-12-31' }).map((m) => m.raw)
    expect(found('Ngày 14 tháng 10, 2024, Đoàn xã họp')).toEqual(['Ngày 14 tháng 10, 2024'])
    expect(found('Ngày 14 tháng 10, 1500 đoàn viên tham gia')).toEqual(['Ngày 14 tháng 10'])
    expect(found('Ngày 14 tháng 10, 2024 đoàn viên tham gia')).toEqual(['Ngày 14 tháng 10'])
  })

  it('reads "sáng nay (13/5)" with its parenthesis', () => {
    const found = findVietnameseDates('Sáng nay (13/5), Chi bộ tổ chức sinh hoạt chuyên đề.', {
      reference: '2024-05-13',
    })
    expect(found).toEqual([
      {
        date: { year: 2024, month: 5, day: 13, precision: 'day', partOfDay: 'morning' },
        start: 0,
        end: 15,
        raw: 'Sáng nay (13/5)',
      },
    ])
  })

  it.each([
    ['a year-less day without a cue', '3/4 số đảng viên đã tham gia'],
    ['a month without a year', 'trong tháng 12 sẽ tổ chức'],
    ['a decree code', 'thực hiện Nghị định 15/2020/NĐ-CP của Chính phủ'],
    ['Party codes', 'Quy định 85-QĐ/TW và Hướng dẫn 99-HD/BTGTW'],
    ['a date glued into a code', 'Quyết định 05/12/QĐ-UBND'],
    ['a phone number', 'Đường dây nóng: 0912.345.678'],
    ['a school year', 'trong năm 2023-2024'],
    ['an impossible date', 'ngày 31/2/2023 và ngày 30/2'],
    ['"tôi" and "đem" (not "tối" and "đêm")', 'tôi 13/5 và đem 3/4 số tiền'],
    ['a date spanning a line break', 'Sáng\n13/5'],
  ])('reports nothing for %s', (_, text) => {
    expect(findVietnameseDates(text, { reference: '2024-01-10' })).toEqual([])
  })

  it('reports a quarter as a quarter, not a day', () => {
    const found = findVietnameseDates('Hội nghị thông tin thời sự Quý II năm 2023 về tình hình', {
      reference: '2023-04-28',
    })
    expect(found.map((m) => m.date)).toEqual([{ year: 2023, quarter: 2, precision: 'quarter' }])
  })

  it('finds a quarter without a number anywhere in the text, in any spelling', () => {
    for (const quy of ['quý', 'Quý', 'QUÝ', 'quy', 'quy\u0301']) {
      const found = findVietnameseDates(`Sơ kết ${quy} IV của Đảng ủy Khối`, { reference: '2024-01-10' })
      expect(found.map((m) => m.date)).toEqual([{ year: 2023, quarter: 4, precision: 'quarter' }])
    }
  })

  it('reads US order from a date line with AM/PM', () => {
    const found = findVietnameseDates('Tiêu đề\n\n11/14/2023 9:36:00 PM\n\nChiều 14/11/2023, tại Hà Nội')
    expect(found.map((m) => [m.raw, formatPartialDate(m.date)])).toEqual([
      ['11/14/2023 9:36:00 PM', '2023-11-14'],
      ['Chiều 14/11/2023', '2023-11-14'],
    ])
  })

  it('gives the first day of a range written 13/5-15/5', () => {
    const found = findVietnameseDates('từ ngày 13/5-15/5 diễn ra hội thi', { reference: '2024-06-01' })
    expect(found.map((m) => m.raw)).toEqual(['ngày 13/5'])
  })

  it.each([
    ['dự kiến diễn ra từ 10-11/6/2016 tại Vinh', 'từ 10-11/6/2016'.slice(3), '2016-06-10'],
    ['từ ngày 21-24/5/2019 Trung ương Hội', 'ngày 21-24/5/2019', '2019-05-21'],
    ['trong hai ngày 21 - 22.6.2023, tại', '22.6.2023', '2023-06-22'],
    ['Sáng 3-4/5 năm 2024 họp', 'Sáng 3-4/5 năm 2024', '2024-05-03'],
  ])('dates a range of days in one month from its first day: %s', (text, raw, date) => {
    const found = findVietnameseDates(text)
    expect(found.map((m) => [m.raw, formatPartialDate(m.date)])).toEqual([[raw, date]])
  })

  it.each([
    ['days out of order', 'từ 11-10/6/2016 tại'],
    ['no month after the days', 'tỷ số 3-1/2023 và'],
    ['a month out of range', 'từ 10-11/13/2016 tại'],
  ])('reads no range from %s', (_why, text) => {
    expect(findVietnameseDates(text).map((m) => formatPartialDate(m.date))).not.toContain('2016-06-10')
    expect(findVietnameseDates(text).every((m) => m.date.precision !== 'day' || m.raw.indexOf('-') < 0)).toBe(true)
  })

  it('reads `nay` then the day named, not a site clock after `Hôm nay:`', () => {
    expect(findVietnameseDates('Sáng nay ngày 20/9/2024, sinh hoạt').map((m) => m.raw)).toEqual([
      'Sáng nay ngày 20/9/2024',
    ])
    expect(parseVietnameseDate('Hôm nay: 19/09/2024')).toBeNull()
  })

  it('counts offsets in UTF-16 code units', () => {
    const text = '😀 ngày 22/10/2018'
    expect(findVietnameseDates(text)[0]).toMatchObject({ start: 3, end: 18, raw: 'ngày 22/10/2018' })
  })
})

describe('findVietnameseDates: a year run together with the next word', () => {
  it.each([
    ['Ngày 14 tháng 01 năm 2021công đoàn đã tổ chức', 'Ngày 14 tháng 01 năm 2021', '2021-01-14'],
    ['Ngày 14/01/2021công đoàn', 'Ngày 14/01/2021', '2021-01-14'],
    ['họp tháng 9/2023Hội nghị đã', 'tháng 9/2023', '2023-09'],
  ])('reads the date a lost space glued to a word: %s', (text, raw, date) => {
    expect(findVietnameseDates(text).map((m) => [m.raw, formatPartialDate(m.date)])).toEqual([[raw, date]])
  })

  it.each([
    ['a code with its type glued on', 'theo Nghị định 12/2021NĐ-CP của'],
    ['a code with a slash after', 'số 12/2021QĐ/UBND ngày'],
    ['digits glued to a word, no year', 'mã 14/01/20215abc'],
  ])('reads no date from %s', (_why, text) => {
    expect(findVietnameseDates(text)).toEqual([])
  })
})
