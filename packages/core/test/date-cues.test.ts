import { describe, expect, it } from 'vitest'
import {
  readBracketedDay,
  readDateCue,
  readDayRange,
  readMonthCue,
  readRecentWeekday,
  readRelativeDay,
  readSameDayCue,
  readWeekdayDay,
  readYearlessDay,
} from '../src/date-cues.ts'
import { formatPartialDate } from '../src/partial-date.ts'

// A cue as a reader sees it: the date's string form with its part of day, and the text after it.
function shown(cue: { date: Parameters<typeof formatPartialDate>[0] | null; end: number } | null, text: string) {
  if (cue === null) return null
  const date = cue.date === null ? null : formatPartialDate(cue.date)
  const part = cue.date?.partOfDay === undefined ? '' : ` ${cue.date.partOfDay}`
  return `${date}${part} | ${text.slice(cue.end)}`
}

const REFERENCE = '2024-05-10'

describe('readDateCue: the time cue that opens a sentence', () => {
  it.each([
    ['Sáng 13/5, Chi bộ họp', REFERENCE, '2023-05-13 morning | Chi bộ họp'],
    ['Sáng 8/5, Chi bộ họp', REFERENCE, '2024-05-08 morning | Chi bộ họp'],
    ['Chiều ngày 27/4/2023, Đảng ủy', REFERENCE, '2023-04-27 afternoon | Đảng ủy'],
    ['Vào sáng 2/5, Đảng ủy', REFERENCE, '2024-05-02 morning | Đảng ủy'],
    ['Trong tháng 10/2023, Huyện ủy', REFERENCE, '2023-10 | Huyện ủy'],
    ['Trong tháng 10, Huyện ủy', REFERENCE, '2023-10 | Huyện ủy'],
    ['Cuối tháng Tư, Huyện ủy', REFERENCE, '2024-04 | Huyện ủy'],
    ['Đầu tháng Giêng, Huyện ủy', REFERENCE, '2024-01 | Huyện ủy'],
    ['Giữa tháng mười hai, Huyện ủy', REFERENCE, '2023-12 | Huyện ủy'],
    ['Sáng thứ Hai (6/5), Chi bộ', REFERENCE, '2024-05-06 morning | Chi bộ'],
    ['Sáng thứ Hai (20/5), Chi bộ', REFERENCE, '2023-05-20 morning | Chi bộ'],
    ['Chủ nhật (5/11/2023), Chi bộ', REFERENCE, '2023-11-05 | Chi bộ'],
    ['Sáng nay 9/5, Chi bộ', REFERENCE, '2024-05-09 morning | Chi bộ'],
    // A note in brackets between the day and its comma.
    ['Sáng 9/5 (giờ địa phương), Chi bộ', REFERENCE, '2024-05-09 morning | Chi bộ'],
    ['Sáng 9/5 (tức ngày 2/4 âm lịch), Chi bộ', REFERENCE, '2024-05-09 morning | Chi bộ'],
    // A paragraph printed as an item of a list.
    ['- Ngày 3-5, Chi bộ họp', REFERENCE, '2024-05-03 | Chi bộ họp'],
    ['• Sáng 8/5, Chi bộ họp', REFERENCE, '2024-05-08 morning | Chi bộ họp'],
    ['- Ngày 3-5, Chi bộ họp', undefined, 'null | Chi bộ họp'],
    // A paragraph numbered as an item of an outline: the cue after the number.
    ['1.1 Ngày 2/2, tại Hà Nội, Ban', REFERENCE, '2024-02-02 | tại Hà Nội, Ban'],
    ['2.3.1. Sáng 5/3, Chi bộ họp', REFERENCE, '2024-03-05 morning | Chi bộ họp'],
    ['3. Chiều 27/4/2023, Đảng ủy', undefined, '2023-04-27 afternoon | Đảng ủy'],
    // Counter-examples: a day and month after `Ngày` is no item's number; an item with no cue, no date.
    ['Ngày 1.5, Chi bộ họp', REFERENCE, '2024-05-01 | Chi bộ họp'],
    ['1.1 Tổng quan tình hình', REFERENCE, null],
    ['Ngày 1.5 Chi bộ họp', REFERENCE, '2024-05-01 | Chi bộ họp'],
    ['Từ ngày 20 đến 21/5, Chi bộ', REFERENCE, '2023-05-20 | Chi bộ'],
    ['Trong 2 ngày 18 và 19/11/2023, Chi bộ', REFERENCE, '2023-11-18 | Chi bộ'],
    ['Tối từ ngày 3-4/5, Chi bộ', REFERENCE, '2024-05-03 evening | Chi bộ'],
    ['Sáng 13/5, Chi bộ họp', undefined, 'null | Chi bộ họp'],
    ['Ngày 2-3, Chi bộ họp', undefined, 'null | Chi bộ họp'],
    ['Sáng thứ Hai (6/5/2024), Chi bộ', undefined, '2024-05-06 morning | Chi bộ'],
    // A dateline or source tag before the cue.
    ['Kinhtedothi - Ngày 15/6, Huyện ủy', REFERENCE, '2023-06-15 | Huyện ủy'],
    ['Trực tiếp - Ngày 9-4, tại Hội trường', undefined, 'null | tại Hội trường'],
    ['(Baonghean.vn) -Sáng 8/6, UBND tỉnh', REFERENCE, '2023-06-08 morning | UBND tỉnh'],
    ['Hà Nội – Chiều 2/5/2024, Bộ', undefined, '2024-05-02 afternoon | Bộ'],
    // `lúc` (at) before the hour of a written day; `ngày` inside a weekday's brackets.
    ['Vào lúc 8 giờ ngày 5/3/2024, tại Hội trường, Công đoàn', REFERENCE, '2024-03-05 | tại Hội trường, Công đoàn'],
    ['Lúc 8 giờ 30 phút ngày 5/3/2024, Công đoàn', REFERENCE, '2024-03-05 | Công đoàn'],
    ['Chiều thứ Sáu (ngày 3/5), Công đoàn', REFERENCE, '2024-05-03 afternoon | Công đoàn'],
    // A newspaper's initials joined by `&` (Giáo dục & Thời đại, Sức khỏe & Đời sống).
    ['GD&TĐ - Sáng 8/5, Sở', REFERENCE, '2024-05-08 morning | Sở'],
    ['SK&ĐS - Chiều 2/5/2024, Bệnh viện', undefined, '2024-05-02 afternoon | Bệnh viện'],
    // A range of days whose last day writes its month in words, or with no year to take.
    ['Từ ngày 12 đến ngày 15 tháng 10 năm 2020, Đại hội', undefined, '2020-10-12 | Đại hội'],
    ['Từ ngày 12 đến ngày 15 tháng 10, Đại hội', REFERENCE, '2023-10-12 | Đại hội'],
    ['Từ ngày 20 đến 21/9, Chi bộ', undefined, 'null | Chi bộ'],
    ['Chiều ngày 21 và sáng ngày 22 tháng 12 năm 2022, Huyện ủy', undefined, '2022-12-21 afternoon | Huyện ủy'],
    // Two days, each with its month: the first, with the year written at the end.
    ['Từ ngày 14/10 đến 20/10/2023, Chi hội', undefined, '2023-10-14 | Chi hội'],
    ['từ ngày 01/10/2025 đến ngày 03/10/2025, Đại hội', undefined, '2025-10-01 | Đại hội'],
    ['Sáng 30/12 - 2/1/2025, Đại hội', undefined, '2024-12-30 morning | Đại hội'],
    ['Ngày 3/5-5/5, Chi bộ', REFERENCE, '2024-05-03 | Chi bộ'],
    ['Từ ngày 14/10 đến 20/10, Chi hội', undefined, 'null | Chi hội'],
    // `nay` then the day named: today's date written out; a bracketed day keeps its day.
    ['Sáng nay ngày 20/9/2024, sinh hoạt chuyên đề', undefined, '2024-09-20 morning | sinh hoạt chuyên đề'],
    ['Chiều nay (13/5), Chi bộ', undefined, 'null | Chi bộ'],
    // A part of the day and its relative word, then the day set off by commas.
    ['Sáng nay, 9/5/2024, Chi bộ', REFERENCE, '2024-05-09 morning | Chi bộ'],
    ['Sáng nay, 16-10-2015, Đại hội', undefined, '2015-10-16 morning | Đại hội'],
    ['Chiều qua, ngày 9/5, Chi bộ', REFERENCE, '2024-05-09 afternoon | Chi bộ'],
    // `lúc` (at) before the hour of the day.
    ['Lúc 8h00 ngày 15/3/2024, Chi bộ', undefined, '2024-03-15 | Chi bộ'],
    ['Vào lúc 14 giờ 30 phút ngày 2/5, Chi bộ', REFERENCE, '2024-05-02 | Chi bộ'],
  ])('%s (reference %s) → %s', (text, reference, expected) => {
    expect(shown(readDateCue(text, { reference }), text)).toBe(expected)
  })

  it.each([
    ['Chi bộ họp ngày 13/5/2024', REFERENCE],
    ['Thực hiện Nghị quyết 35-NQ/TW', REFERENCE],
    ['Sáng thứ Hai (31/4), Chi bộ', REFERENCE],
    ['Trong tháng 13, Chi bộ', REFERENCE],
    ['Sáng 13/5, Chi bộ', 'not a date'],
    ['Hà Nội - Thủ đô, Chi bộ', REFERENCE],
    ['Ban Thường vụ Tỉnh ủy - cơ quan, 13/5', REFERENCE],
    ['GD&TĐ - Trường học, 13/5', REFERENCE],
    ['Lúc này, Công đoàn', REFERENCE],
    ['Vào lúc cao điểm, 13/5', REFERENCE],
    // A site's clock is no cue.
    ['Hôm nay:19/09/2024', undefined],
    ['Hôm nay, 19/09/2024', undefined],
    ['Hôm nay, Thứ Hai, 19/09/2024', undefined],
    // An hour with no day, `lúc này` (now).
    ['Vào lúc 8 giờ, Chi bộ họp', REFERENCE],
    ['Lúc này, 15 đoàn viên', REFERENCE],
  ])('%s (reference %s) opens with no cue', (text, reference) => {
    expect(readDateCue(text, { reference })).toBeNull()
  })
})

// With no reference, a day the grammar reads only with a year keeps its day and month, as written.
describe('readDateCue with no reference: the day written without its year', () => {
  const yearless = (text: string) => {
    const cue = readDateCue(text)
    if (cue === null) return null
    const y = 'yearless' in cue ? cue.yearless : undefined
    return `${cue.date === null ? 'null' : formatPartialDate(cue.date)} ${y === undefined ? '-' : `${y.day}/${y.month}${y.partOfDay === undefined ? '' : ` ${y.partOfDay}`}`} | ${text.slice(cue.end)}`
  }
  it.each([
    ['Sáng thứ Sáu, ngày 15/3, Ban họp', 'null 15/3 morning | Ban họp'],
    ['8 giờ 30 phút, ngày 15/3, Ban họp', 'null 15/3 | Ban họp'],
    ['Ngày 15 tháng 3, Ban họp', 'null 15/3 | Ban họp'],
    ['Sáng Chủ nhật 17/3, Ban họp', 'null 17/3 morning | Ban họp'],
    ['Ngày 29 tháng 2, Ban họp', 'null 29/2 | Ban họp'],
    // A written year is read as before; a weekday lately past, with no day written, gives none.
    ['Ngày 15 tháng 3 năm 2024, Ban họp', '2024-03-15 - | Ban họp'],
    ['Sáng thứ Sáu vừa qua, Ban họp', null],
    ['Thứ 2 (14), Ban họp', null],
  ])('%s → %s', (text, expected) => {
    expect(yearless(text)).toBe(expected)
  })
})

describe('the named cue readers', () => {
  it.each([
    [readDayRange, 'Từ ngày 20 đến ngày 22/4, họp', '2024-04-20 | họp'],
    [readDayRange, 'trong các ngày (4 - 5/10) họp', '2023-10-04 | họp'],
    [readDayRange, 'Sáng 20/4, họp', null],
    // `ngày` left out after `từ`; not a span of hours, nor a day that starts a period.
    [readDayRange, 'Từ 3-5/5, họp', '2024-05-03 | họp'],
    [readDayRange, 'Từ 23 đến 25/4, họp', '2024-04-23 | họp'],
    [readDayRange, 'Từ 8 đến 10 giờ, họp', null],
    // Two days joined by a comma after `các ngày`, `trong 2 ngày`; numbers that are no days none.
    [readDayRange, 'Trong các ngày 15, 16/3, họp', '2024-03-15 | họp'],
    [readDayRange, 'Các ngày 6, 7/5 họp', '2024-05-06 | họp'],
    [readDayRange, 'Trong các ngày 15, 16 đoàn viên họp', null],
    [readDayRange, 'Từ ngày 1/7/2024, họp', null],
    [readDayRange, 'Ngày 24,25/9/2022, Chi bộ họp', '2022-09-24 | Chi bộ họp'],
    [readDayRange, 'Sáng ngày 3 và 4/5, họp', '2024-05-03 morning | họp'],
    [readDayRange, 'Ngày 13-5-2024, họp', null],
    // `đến` after a bare `ngày`, from a part of the day: dated from the first day; a day then `đến
    // nay` (up to now) is no range.
    [readDayRange, 'Chiều ngày 25 đến ngày 26/01/2018 tại Hội trường', '2018-01-25 afternoon | tại Hội trường'],
    [readDayRange, 'Ngày 8 đến 9/5, họp', '2024-05-08 | họp'],
    [readDayRange, 'Ngày 8 đến nay, họp', null],
    [readDayRange, 'Ngày 8 đến 10 giờ, họp', null],
    // Three days or more, listed: dated from the first.
    [readDayRange, 'Trong 3 ngày: ngày 02, ngày 04 và ngày 08 tháng 8, đội thi', '2023-08-02 | đội thi'],
    [readDayRange, 'Các ngày 5, 7 và 9/3, lớp học', '2024-03-05 | lớp học'],
    [readDayRange, 'Sáng ngày 6, 7, 8/5/2022 họp', '2022-05-06 morning | họp'],
    [readDayRange, '5, 7 và 9/3 đội thi', null],
    [readBracketedDay, 'Thứ 7 (4/5), họp', '2024-05-04 | họp'],
    [readBracketedDay, 'Chiều thứ Bẩy (4/5) họp', '2024-05-04 afternoon | họp'],
    [readBracketedDay, 'Chiều nay (9/5), họp', '2024-05-09 afternoon | họp'],
    [readBracketedDay, 'Hôm nay (9/5), trường', '2024-05-09 | trường'],
    [readBracketedDay, 'Hôm qua (9/5), trường', '2024-05-09 | trường'],
    [readBracketedDay, 'Ngày hôm qua (9/5), trường', '2024-05-09 | trường'],
    [readBracketedDay, 'Sáng qua, 9/5, trường', '2024-05-09 morning | trường'],
    [readBracketedDay, 'Qua (9/5), trường', null],
    [readBracketedDay, 'Cuối tuần qua (4/5), trường', '2024-05-04 | trường'],
    [readBracketedDay, 'Tuần trước (6/5), trường', '2024-05-06 | trường'],
    [readBracketedDay, 'Tuần qua, trường', null],
    [readBracketedDay, 'Thứ Hai, 6/5, họp', null],
    // The day in apposition after a part of the day and `nay`, with or without its year; a count after the comma, or a site's clock (no part of the day), is no day.
    [readBracketedDay, 'Sáng nay, 16-10-2015, Đại hội bế mạc', '2015-10-16 morning | Đại hội bế mạc'],
    [readBracketedDay, 'Chiều nay, ngày 9/5, họp', '2024-05-09 afternoon | họp'],
    [readBracketedDay, 'Sáng nay, 16 đoàn viên họp', null],
    [readBracketedDay, 'Hôm nay, 19/09/2024', null],
    // After `vào`, `ngày` or `hôm` before the weekday, or alone where a connective left it.
    [readBracketedDay, 'Vào sáng ngày thứ Hai (6/5), họp', '2024-05-06 morning | họp'],
    [readBracketedDay, 'Hôm thứ Hai (6/5), họp', '2024-05-06 | họp'],
    [readBracketedDay, '(6/5), họp', '2024-05-06 | họp'],
    [readBracketedDay, '(6/5 đảng viên) họp', null],
    [readMonthCue, 'Cũng trong tháng 5 họp', '2024-05 | họp'],
    [readMonthCue, 'Suốt tháng Chạp, họp', '2023-12 | họp'],
    [readMonthCue, 'Trong tháng 10/2023, họp', null],
    // A preposition before the part of the month; `vừa qua` after the month.
    [readMonthCue, 'Vào đầu tháng 4, họp', '2024-04 | họp'],
    [readMonthCue, 'Vào cuối tháng 06 vừa qua, họp', '2023-06 | họp'],
    [readMonthCue, 'Đầu tháng 3 vừa qua, họp', '2024-03 | họp'],
    // Counter-examples: no month after the part (`đầu năm`), a word that is no preposition.
    [readMonthCue, 'Vào đầu năm 2024, họp', null],
    [readMonthCue, 'Sau đầu tháng 4, họp', null],
  ] as const)('%o reads %s → %s', (reader, text, expected) => {
    expect(shown(reader(text, { reference: REFERENCE }), text)).toBe(expected)
  })

  // With no reference a month cue keeps its month for the text's evidence to give its year.
  it.each([
    ['Trong tháng 3, Đoàn họp', 3, 'Đoàn họp'],
    ['Cuối tháng Mười, họp', 10, 'họp'],
    ['Đầu tháng Giêng họp', 1, 'họp'],
    ['Vào đầu tháng 06 vừa qua, tại tỉnh', 6, 'tại tỉnh'],
  ])('readMonthCue with no reference reads %s', (text, month, rest) => {
    const cue = readMonthCue(text)
    expect(cue?.date).toBeNull()
    expect(cue?.yearless).toEqual({ month, precision: 'month' })
    expect(text.slice(cue?.end ?? 0)).toBe(rest)
  })

  it.each([
    ['Sáng 13/5, họp', 'null | họp'],
    ['hôm 9.12 họp', 'null | họp'],
    ['ngày 10.10.', 'null | .'],
    ['ngày 10.10.2022', null],
    ['13/5/2024, họp', null],
    ['Sáng nay, họp', null],
  ])('readYearlessDay reads %s → %s', (text, expected) => {
    expect(shown(readYearlessDay(text), text)).toBe(expected)
  })

  it.each([
    // Today and yesterday against the publication date (2024-05-10).
    ['Sáng nay, Đoàn họp', '2024-05-10 morning | Đoàn họp'],
    ['Chiều qua, Đoàn họp', '2024-05-09 afternoon | Đoàn họp'],
    ['Hôm nay Đoàn họp', '2024-05-10 | Đoàn họp'],
    ['hôm qua, tại Hà Nội', '2024-05-09 | tại Hà Nội'],
    // `Qua` is `through` and `Nay` is `now` without a part of the day or `hôm`.
    ['Qua đó, Đoàn họp', null],
    ['Nay, Đoàn họp', null],
    // A written day is the written day's readers'.
    ['Sáng nay 9/5, Đoàn họp', null],
    ['Sáng qua, ngày 9/5, Đoàn họp', null],
    // Against a month, today is in it; yesterday may be in the month before.
    ['Sáng nay, Đoàn họp', '2024-05 | Đoàn họp', '2024-05'],
    ['Chiều qua, Đoàn họp', null, '2024-05'],
    ['Sáng nay, Đoàn họp', null, '2024'],
  ])('readRelativeDay reads %s → %s', (text, expected, reference = REFERENCE) => {
    expect(shown(readRelativeDay(text, { reference }), text)).toBe(expected)
  })

  // The reference 2024-05-10 is a Friday.
  it.each([
    ['Sáng thứ Sáu (ngày 10), Đoàn họp', '2024-05-10 morning | Đoàn họp'],
    ['Thứ 2 (6), Đoàn họp', '2024-05-06 | Đoàn họp'],
    ['Chủ nhật, ngày 5, Đoàn họp', '2024-05-05 | Đoàn họp'],
    // The 14th of May is after the reference: April's 14th was a Sunday, March's a Thursday.
    ['Thứ Năm (ngày 14), Đoàn họp', '2024-03-14 | Đoàn họp'],
    ['Chủ nhật (14) Đoàn họp', '2024-04-14 | Đoàn họp'],
    // No such weekday on that day in the months before; a month written is another reader's.
    ['Thứ Hai (ngày 14), Đoàn họp', null],
    ['Thứ Hai (6/5), Đoàn họp', null],
    ['Thứ Hai, Đoàn họp', null],
  ])('readWeekdayDay reads %s → %s', (text, expected) => {
    expect(shown(readWeekdayDay(text, { reference: REFERENCE }), text)).toBe(expected)
  })

  // A weekday lately past, with no day (reference 2024-05-10, a Friday; its week began on Monday 6).
  it.each([
    ['Sáng thứ Hai vừa qua, Đoàn họp', '2024-05-06 morning | Đoàn họp'],
    ['Thứ Sáu vừa qua, Đoàn họp', '2024-05-03 | Đoàn họp'],
    ['Chủ nhật vừa rồi Đoàn họp', '2024-05-05 | Đoàn họp'],
    ['Thứ 7 tuần trước, Đoàn họp', '2024-05-04 | Đoàn họp'],
    ['Sáng thứ Hai tuần qua, Đoàn họp', '2024-04-29 morning | Đoàn họp'],
    // A day written after the words is the written day's readers'; no word of time, no cue.
    ['Thứ Hai vừa qua (6/5), Đoàn họp', null],
    ['Thứ Hai, Đoàn họp', null],
    ['Thứ Hai vừa qua, Đoàn họp', null, '2024-05'],
  ])('readRecentWeekday reads %s → %s', (text, expected, reference = REFERENCE) => {
    expect(shown(readRecentWeekday(text, { reference }), text)).toBe(expected)
  })

  it('a day written after `vừa qua` is read in its brackets', () => {
    expect(
      shown(
        readDateCue('Sáng thứ Hai vừa qua (6/5), họp', { reference: REFERENCE }),
        'Sáng thứ Hai vừa qua (6/5), họp',
      ),
    ).toBe('2024-05-06 morning | họp')
  })

  it('readRelativeDay crosses into the month and year before', () => {
    expect(shown(readRelativeDay('Tối qua, họp', { reference: '2024-01-01' }), 'Tối qua, họp')).toBe(
      '2023-12-31 evening | họp',
    )
    expect(readRelativeDay('Sáng nay, họp')).toBeNull()
  })

  it.each([
    ['Cùng ngày, Đoàn', undefined, 'Đoàn'],
    ['Chiều cùng ngày, Đoàn', 'afternoon', 'Đoàn'],
    ['TỐI CÙNG NGÀY Đoàn', 'evening', 'Đoàn'],
    ['Cũng trong ngày, Đoàn', undefined, 'Đoàn'],
    ['Ngay trong ngày Đoàn', undefined, 'Đoàn'],
  ])('readSameDayCue reads %s', (text, partOfDay, rest) => {
    const cue = readSameDayCue(text)
    expect(cue?.partOfDay).toBe(partOfDay)
    expect(text.slice(cue?.end ?? 0)).toBe(rest)
  })

  it.each(['Sáng 13/5, Đoàn', 'Trong ngày hội', 'Ngày 13/5'])('readSameDayCue reads no cue in %s', (text) => {
    expect(readSameDayCue(text)).toBeNull()
  })
})
