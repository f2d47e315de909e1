import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

const events = (text: string) => extractArticle(text).events.map((e) => [e.kind, e.date, e.organizer])

// A clause of purpose before the report (`Nhằm giúp các chi bộ triển khai tổ chức Đại hội, ...`,
// `Thực hiện Kế hoạch ..., nhằm ..., ...`): its holding verb and its plan words are the purpose's,
// and the report's verb after its comma is read.
describe('a clause of purpose before the report', () => {
  it.each([
    [
      'Nhằm giúp các chi bộ triển khai tổ chức Đại hội, Đảng ủy Công ty tổ chức tập huấn công tác đại hội chi bộ.',
      [['training', null, 'Đảng ủy Công ty']],
    ],
    [
      'Nhằm giúp các chi bộ chuẩn bị Đại hội, Đảng ủy Công ty tổ chức tập huấn công tác đại hội chi bộ.',
      [['training', null, 'Đảng ủy Công ty']],
    ],
    [
      'Thực hiện Kế hoạch số 789-KH/ĐU của Đảng ủy Công ty, nhằm giúp các chi bộ triển khai tổ chức Đại hội, Đảng ủy Công ty tổ chức tập huấn công tác đại hội chi bộ.',
      [['training', null, 'Đảng ủy Công ty']],
    ],
    [
      'Để tổ chức thành công Đại hội, ngày 12/5/2024, Huyện ủy tổ chức hội nghị tập huấn nghiệp vụ.',
      [['training', '2024-05-12', 'Huyện ủy']],
    ],
    [
      'Thực hiện Hướng dẫn số 12/HD-TA của Tòa án tỉnh và để hoàn thành kế hoạch công tác năm 2024, ngày 5/6/2024, Tòa án huyện tổ chức hội nghị tập huấn nghiệp vụ.',
      [['training', '2024-06-05', 'Tòa án huyện']],
    ],
  ])('“%s”', (text, expected) => {
    expect(events(text)).toEqual(expected)
  })

  it.each([
    // the purpose alone, a plan after it, a request after it
    'Để tổ chức tốt Đại hội, các chi bộ cần chuẩn bị chu đáo.',
    'Nhằm chuẩn bị tổ chức Đại hội, Huyện ủy sẽ tổ chức hội nghị vào tháng 6.',
    'Nhằm giúp các chi bộ triển khai tổ chức Đại hội, Đảng ủy sẽ tổ chức tập huấn vào tháng 6.',
    'Để tổ chức tốt Đại hội, Đảng ủy đề nghị các chi bộ tổ chức hội nghị lấy ý kiến.',
    'Thực hiện Hướng dẫn của Tòa án tỉnh và để hoàn thành kế hoạch năm 2024, Tòa án huyện sẽ tổ chức hội nghị tập huấn.',
  ])('“%s” reports no event', (text) => {
    expect(extractArticle(text).events).toEqual([])
  })
})
