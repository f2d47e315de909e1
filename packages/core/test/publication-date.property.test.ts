import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DATE_LABEL_WORDS, PARTS_OF_DAY } from '../src/date-words.ts'
import type { PartialDate } from '../src/partial-date.ts'
import { parseDateLine, parseLabelledDateLine } from '../src/publication-date.ts'
import { parseVietnameseDate } from '../src/vietnamese-date.ts'

// parseDateLine as it was written, every expression tried on every line.
const LABEL_WORDS = [...DATE_LABEL_WORDS, 'ngày'].toSorted((a, b) => b.length - a.length)
const DATE_LABEL = new RegExp(`^(?:${LABEL_WORDS.join('|')})\\s*:?\\s*`, 'iu')

const TRAILING_TIME =
  /[\s,–-]*(?:lúc\s*)?\d{1,2}[:h]\d{2}(?::\d{2})?\s*(?:AM|PM|SA|CH)?\s*(?:\(?(?:GMT|UTC)[+-]?\d{0,2}\)?)?$/iu

const COUNT_AFTER_TIME = /(\d{1,2}:\d{2}(?::\d{2})?(?:\s?(?:AM|PM|SA|CH))?)\s+\d{1,7}$/u

const VIEW_COUNT = /[\s,.|–-]*(?:(?:số\s+)?lượt xem\s*:?\s*[\d.,]+(?:\s+lượt)?|[\d.,]+\s+lượt xem)\s*\.?$/iu

const SPACED_COLON = /(?<=(?:^|\s)\d{1,2})\s:\s(?=\d{2}(?:\s|$))/u

const NAME_BEFORE_WEEKDAY = /^(?:[\p{Lu}][\p{L}.]*\s){1,4}(?=[Tt]hứ\s(?:\p{L}|\d)|[Cc]hủ\s[Nn]hật)/u

const BULLET = /^[•·▪●◦]\s*/u

const BRACKETED = /^[([]([^()[\]]+)[)\]]$/u

const AFTER_DATE = /\s*[|•·]\s*|\s+[-–]\s+(?=\D)|(?<=\p{L})\s+[-–]\s+(?=\d)|\s\.(?=\p{Lu})/u

const TRAILING_SEPARATOR = /\s*[-–|•]\s*$/u
const endsWithSeparator = (l: string): boolean => '-–|•'.includes(l.trimEnd().slice(-1) || '_')

const VIEWS = /lượt xem/iu
const SEPARATOR_MARK = /[|•·\-–.]/u

const POSTED_BY = /^(?:submitted|posted|published)(?:\s+by\s+[^\n]{1,40}?)?\s+on\s+/iu

const PLACE_BEFORE = /^[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,3},\s*(?=ngày\s)/u
const REPORT_CUE = new RegExp(`^(?:(?:${PARTS_OF_DAY.join('|')})\\s+)?(?:hôm\\s+)?(?:nay|qua)\\s*,`, 'iu')

const MAX_LINE_WITH_COUNT = 90

function parseDateLineAsWritten(line: string): PartialDate | null {
  if (!holdsFourDigits(line)) return null
  let l = line.trim().replace(BULLET, '')
  if (l.length < 6 || l.length > MAX_LINE_WITH_COUNT) return null
  const bracketed = BRACKETED.exec(l)
  if (bracketed !== null) l = (bracketed[1] ?? '').trim()
  if (REPORT_CUE.test(l)) return null
  const counted = VIEWS.test(l)
  if (l.length > 60) {
    if (!counted) return null
    l = l.replace(VIEW_COUNT, '')
    if (l.length > 60) return null
  } else if (counted) {
    l = l.replace(VIEW_COUNT, '')
  }
  l = l.replace(SPACED_COLON, ':').replace(COUNT_AFTER_TIME, '$1')
  if (endsWithSeparator(l)) l = l.replace(TRAILING_SEPARATOR, '')
  l = l.replace(POSTED_BY, '').replace(PLACE_BEFORE, '').replace(NAME_BEFORE_WEEKDAY, '')
  const whole = parseVietnameseDate(l)
  if (whole !== null) return whole
  const parts = SEPARATOR_MARK.test(l) ? l.split(AFTER_DATE).filter((part) => part !== '') : [l]
  if (parts.length > 1) {
    for (const part of parts) {
      const date = parseVietnameseDate(part)
      if (date !== null) return date
    }
  }
  for (const part of parts.length > 1 ? [l, ...parts] : [l]) {
    const unlabeled = part.replace(DATE_LABEL, '')
    if (unlabeled === part) continue
    const date = parseVietnameseDate(unlabeled) ?? parseVietnameseDate(unlabeled.replace(TRAILING_TIME, ''))
    if (date !== null) return date
  }
  return null
}
function holdsFourDigits(line: string): boolean {
  let digits = 0
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i)
    if (c >= 48 && c <= 57 && ++digits === 4) return true
  }
  return false
}

// Pieces of date lines and of the titles beside them, in the cases and spellings the expressions read.
const PIECES = [
  'Thứ Tư, 26/02/2025, 10:05 [GMT+7]',
  'Cập nhật: 07:45 ngày 22/09/2023',
  'Cập nhật lúc 17:20, 20/10/2023',
  'Ngày đăng: 28-04-2023 | Lượt xem: 312',
  'NGÀY ĐĂNG',
  'ngày',
  'Ngày',
  '76 lượt xem',
  'LƯỢT XEM',
  ', số lượt xem: 293',
  '09 : 18 AM',
  ' 753',
  '• ',
  '◦',
  '(14/06/2024)',
  '[',
  ']',
  'Submitted by Ban biên tập on 18 October 2019',
  'ſubmitted by X on ',
  'Posted on ',
  'PUBLISHED ',
  'Hải Phòng, ngày 26 tháng 02 năm 2020',
  'PV Thứ sáu, ngày 26/04/2024 21:10 PM (GMT+7)',
  'Chủ Nhật, 21/7/2024',
  'Sáng nay, ngày 20/9/2024',
  'Chính trị - ',
  'Thứ 3, Ngày 16/07/2024 -',
  'Tác giả: Thanh Cư .Ngày đăng: 26/05/2022',
  'Tập huấn nghiệp vụ năm 2024',
  'Publish date 09/05/2020 | 11:24',
  'updated ',
  'Đăng lúc ',
  'xuất bản ',
  ' - ',
  ' | ',
  ':',
  ',',
  '2024',
  '12/3/2023',
  ' ',
]

describe('parseDateLine', () => {
  it('reads what trying every expression on every line read', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { maxLength: 5 }),
        (pieces) => {
          const line = pieces.join('')
          expect(parseDateLine(line)).toEqual(parseDateLineAsWritten(line))
        },
      ),
      { numRuns: 20000 },
    )
  })
})

// parseLabelledDateLine as it was written: every line of a fit length searched for a label.
const PUBLICATION_LABEL = new RegExp(
  `(?:^[([]?|[-–|•·.]\\s*)(?:${DATE_LABEL_WORDS.filter((w) => w !== 'thời gian').join('|')})(?![\\p{L}])`,
  'iu',
)
function parseLabelledDateLineAsWritten(line: string): PartialDate | null {
  const l = line.trim().replace(BULLET, '')
  if (l.length < 6 || l.length > MAX_LINE_WITH_COUNT || !(PUBLICATION_LABEL.test(l) || POSTED_BY.test(l))) return null
  return parseDateLine(l)
}

describe('parseLabelledDateLine', () => {
  it('reads what searching every line for a label read', () => {
    const pieces = [...PIECES, 'Ngày đăng: ', 'Cập nhật lúc ', 'Posted on ', '• ', '1', '20', '202', '10/7/25']
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 })), { maxLength: 5 }),
        (parts) => {
          const line = parts.join('')
          expect(parseLabelledDateLine(line)).toEqual(parseLabelledDateLineAsWritten(line))
        },
      ),
      { numRuns: 20000 },
    )
  })
})
