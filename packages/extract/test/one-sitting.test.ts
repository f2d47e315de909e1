import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

const read = (text: string) => extractArticle(text).events.map((e) => [e.kind, e.organizer, e.date])

// Two activities of different kinds held at one sitting, the second named after `và` with its own
// capitalised name or after `, đồng thời tổ chức`: two events of the same day and organiser.
describe('two events held at one sitting', () => {
  it.each([
    [
      'Ngày 23/11/2021, tại Hà Nội, Bộ Công an tổ chức Hội nghị Tổng kết 10 năm công tác lý luận và Lễ ký Chương trình phối hợp với Hội đồng Lý luận Trung ương.',
      'Bộ Công an',
      '2021-11-23',
      ['review', 'ceremony'],
    ],
    [
      'Sáng 12/4/2024, Đảng ủy Khối Doanh nghiệp tỉnh tổ chức Lễ trao Huy hiệu Đảng và Hội nghị sơ kết công tác quý I.',
      'Đảng ủy Khối Doanh nghiệp tỉnh',
      '2024-04-12',
      ['ceremony', 'review'],
    ],
    [
      'Sáng 12/4/2024, Huyện ủy Tân Châu tổ chức Hội nghị quán triệt Nghị quyết 57-NQ/TW, đồng thời tổ chức Lễ trao Huy hiệu Đảng cho 20 đảng viên.',
      'Huyện ủy Tân Châu',
      '2024-04-12',
      ['dissemination', 'ceremony'],
    ],
  ])('“%s”: two events of %s on %s', (text, organizer, date, kinds) => {
    expect(read(text)).toEqual(kinds.map((kind) => [kind, organizer, date]))
  })

  it.each([
    // what was done at the one ceremony, in lower case
    'Sáng 12/4/2024, Huyện ủy Tân Châu tổ chức Lễ kỷ niệm 95 năm Ngày thành lập Đảng và trao Huy hiệu Đảng cho đảng viên.',
    // two meetings of one kind: one sitting told by its two names
    'Sáng 12/4/2024, Huyện ủy Tân Châu tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện và Hội nghị Ban Thường vụ mở rộng.',
    // a body joined by `và`, not an event
    'Sáng 12/4/2024, Huyện ủy Tân Châu tổ chức Hội nghị sơ kết với sự tham dự của Đảng ủy và Hội Nông dân xã.',
    // the business of one meeting in lower case
    'Sáng 12/4/2024, Huyện ủy Tân Châu tổ chức Hội nghị tổng kết năm 2023 và triển khai nhiệm vụ năm 2024.',
    // `đồng thời` with another verb: what the meeting also did
    'Sáng 12/4/2024, Huyện ủy Tân Châu tổ chức Hội nghị quán triệt Nghị quyết 57-NQ/TW, đồng thời triển khai kế hoạch năm 2024.',
  ])('“%s” is one event', (text) => {
    expect(read(text)).toHaveLength(1)
  })
})
