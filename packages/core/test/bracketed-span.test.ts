import { describe, expect, it } from 'vitest'
import { isBracketedSpanEnd } from '../src/bracketed-span.ts'
import { findVietnameseDates } from '../src/vietnamese-date.ts'

// Each date the text holds, with whether it is an end of a bracketed span.
const ends = (text: string) => findVietnameseDates(text).map((d) => [d.raw, isBracketedSpanEnd(text, d.start, d.end)])

describe('isBracketedSpanEnd: the ends of an anniversary’s span in brackets', () => {
  it.each<[string, [string, boolean][]]>([
    [
      'kỷ niệm 36 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2018), Nhà trường',
      [
        ['20/11/1982', true],
        ['20/11/2018', true],
      ],
    ],
    [
      'Ngày thầy thuốc Việt Nam (27/2/1955 - 27/2/2018) tại',
      [
        ['27/2/1955', true],
        ['27/2/2018', true],
      ],
    ],
    // A day in brackets alone, a start in brackets, a span without brackets: no such end.
    ['khai mạc (ngày 20/11/2018) tại', [['ngày 20/11/2018', false]]],
    ['diễn ra (từ ngày 1/11/2018)', [['ngày 1/11/2018', false]]],
    [
      'diễn ra từ ngày 1/11/2018 - 15/11/2018 tại',
      [
        ['ngày 1/11/2018', false],
        ['15/11/2018', false],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(ends(text)).toEqual(expected)
  })
})
