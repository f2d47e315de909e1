import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

// A body's dated report that it disseminated a document, with the verb as its main verb and no
// event noun: `Tỉnh ủy đã quán triệt ... Nghị quyết` reports the dissemination held that day.
describe('a dissemination reported by its verb', () => {
  it.each([
    [
      'Ngày 3/10/2024, Tỉnh ủy Quảng Ninh đã quán triệt, triển khai Nghị quyết số 57-NQ/TW đến cán bộ chủ chốt toàn tỉnh.',
      'Tỉnh ủy Quảng Ninh',
      '2024-10-03',
    ],
    [
      'Ngày 12/5/2024, Chi bộ thôn 3 học tập, quán triệt Nghị quyết số 43-NQ/TW của Ban Chấp hành Trung ương.',
      'Chi bộ thôn 3',
      '2024-05-12',
    ],
    [
      'Sáng 8/4/2025, Đảng ủy Khối các cơ quan tỉnh học tập và quán triệt Chỉ thị số 45-CT/TW của Bộ Chính trị.',
      'Đảng ủy Khối các cơ quan tỉnh',
      '2025-04-08',
    ],
  ])('“%s” is a dissemination by %s on %s', (text, organizer, date) => {
    const events = extractArticle(text).events
    expect(events).toHaveLength(1)
    expect(events[0]!.kind).toBe('dissemination')
    expect(events[0]!.organizer).toBe(organizer)
    expect(events[0]!.date).toBe(date)
  })

  it.each([
    // no day: a body's standing work, not an event
    'Tỉnh ủy đã quán triệt Nghị quyết số 57-NQ/TW đến toàn thể cán bộ, đảng viên.',
    // a duty or a plan, not a report
    'Ngày 3/10/2024, Ban Thường vụ yêu cầu các cấp ủy phải quán triệt Nghị quyết số 57-NQ/TW.',
    'Các chi bộ cần học tập, quán triệt Nghị quyết số 43-NQ/TW trong quý IV.',
    // the verb in a noun phrase: the results of a dissemination
    'Kết quả học tập, quán triệt Nghị quyết số 43-NQ/TW được đánh giá cao.',
  ])('“%s” reports no event', (text) => {
    expect(extractArticle(text).events).toEqual([])
  })

  it('reads the verb after `việc` as what another act is about', () => {
    const events = extractArticle(
      'Ngày 23/7/2024, Đoàn giám sát của Ủy ban Kiểm tra Tỉnh ủy đã giám sát việc học tập, quán triệt Quy định số 144-QĐ/TW tại Đảng bộ huyện Đồng Văn.',
    ).events
    expect(events.map((e) => e.kind)).toEqual(['other'])
  })
})
