import { formatPartialDate } from '@vanban/core'
import { describe, expect, it } from 'vitest'
import { readRunTogetherStamp } from '../src/run-together.ts'
import { segment } from '../src/segment.ts'

// A scraper may join the title, the date line and the lead into one line, or glue the date to
// the lead's first word.
describe('readRunTogetherStamp', () => {
  it.each([
    {
      line: 'Hải Phòng: Tổng kết 20 năm Ngày hội Đại đoàn kết 09:21 19/06/2023 (Mặt trận) - Chiều 16/6, Ban Thường trực họp.',
      stamp: '09:21 19/06/2023',
      date: '2023-06-19',
    },
    {
      line: 'Hội thi tuyên truyền viên giỏi 19/06/2023 09:21 Sáng 16/6, Huyện ủy tổ chức hội thi.',
      stamp: '19/06/2023 09:21',
      date: '2023-06-19',
    },
    { line: '13/9/2023Cách đây 20 năm, Nghị quyết số 04 ra đời.', stamp: '13/9/2023', date: '2023-09-13' },
  ])('$line', ({ line, stamp, date }) => {
    const read = readRunTogetherStamp(line)
    expect(read === null ? null : line.slice(read.start, read.end).trim()).toBe(stamp)
    expect(read === null ? null : formatPartialDate(read.date)).toBe(date)
  })
  it.each([
    // A date in a sentence has words around it; a day without its year or its time is no stamp.
    'Hội nghị diễn ra lúc 09:00 ngày 19/06/2023 tại hội trường.',
    'Hội nghị tổng kết năm 2023 diễn ra ngày 19/06/2023 tại hội trường.',
    '13/9 Cách đây 20 năm, Nghị quyết số 04 ra đời.',
    '13/9/2023 là ngày hội của khu dân cư.',
  ])('%s has none', (line) => {
    expect(readRunTogetherStamp(line)).toBeNull()
  })
})

describe('a page whose title, date and lead are run together', () => {
  it('reads the title before the stamp, the date, and the lead after it', () => {
    const s = segment(
      'Hải Phòng: Tổng kết 20 năm Ngày hội Đại đoàn kết 09:21 19/06/2023 Chiều 16/6, Ban Thường trực Ủy ban MTTQ tỉnh tổ chức Hội nghị tổng kết.',
    )
    expect(s.title?.text).toBe('Hải Phòng: Tổng kết 20 năm Ngày hội Đại đoàn kết')
    expect(s.publishedAt === null ? null : formatPartialDate(s.publishedAt)).toBe('2023-06-19')
    expect(s.body[0]?.text.startsWith('Chiều 16/6')).toBe(true)
  })
  it('leaves a lead that opens with its day and time whole', () => {
    const s = segment('Sáng 19/06/2023 09:00 tại hội trường, Huyện ủy tổ chức hội nghị.\nHội nghị thành công.')
    expect(s.title).toBeNull()
    expect(s.body[0]?.text.startsWith('Sáng 19/06/2023')).toBe(true)
  })
})
