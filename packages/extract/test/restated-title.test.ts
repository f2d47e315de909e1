import { describe, expect, it } from 'vitest'
import { isRestatedTitle } from '../src/restated-title.ts'
import { segment } from '../src/segment.ts'

// A title closed with a full stop is a title when the lead below restates it, opening with its time.
describe('isRestatedTitle', () => {
  it.each([
    {
      reading: 'the lead restates it after its day',
      line: 'Đảng bộ xã Hòa Tiến tổ chức Lễ kỷ niệm 95 năm Ngày thành lập Đảng.',
      below: [
        'Sáng ngày 3/2, Đảng bộ xã Hòa Tiến long trọng tổ chức Lễ kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam.',
      ],
    },
    {
      reading: 'in capitals, a caption between it and the lead',
      line: 'HỘI NGHỊ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ KHỐI DOANH NGHIỆP LẦN THỨ V.',
      below: [
        'Toàn cảnh hội nghị.',
        'Ngày 12/01/2021, Đảng ủy Công ty tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội Đảng bộ Khối doanh nghiệp lần thứ V.',
      ],
    },
  ])('$reading', ({ line, below }) => {
    expect(isRestatedTitle(line, below)).toBe(true)
  })
  it.each([
    {
      reading: 'a caption restated by a sentence of the body, which opens with no time',
      line: 'Đồng chí Bí thư Huyện ủy phát biểu chỉ đạo tại hội nghị sơ kết công tác.',
      below: [
        'Phát biểu chỉ đạo tại hội nghị sơ kết công tác, đồng chí Bí thư Huyện ủy đề nghị các chi bộ tiếp tục cố gắng.',
      ],
    },
    {
      reading: 'a paragraph of two sentences',
      line: 'Chi bộ tổ chức sinh hoạt chuyên đề quý II. Các đảng viên thảo luận sôi nổi về chuyên đề.',
      below: ['Sáng 5/6, Chi bộ tổ chức sinh hoạt chuyên đề quý II, các đảng viên thảo luận sôi nổi về chuyên đề.'],
    },
    {
      reading: 'a line the lead below does not restate',
      line: 'Huyện đoàn tổ chức Hội thi tìm hiểu lịch sử Đảng bộ huyện năm 2024.',
      below: ['Ngày 10/5, Ủy ban nhân dân huyện họp thường kỳ tháng 5 để đánh giá tình hình kinh tế - xã hội.'],
    },
    {
      reading: 'a line that trails off',
      line: 'Đảng bộ xã tổ chức Lễ kỷ niệm 95 năm Ngày thành lập Đảng...',
      below: ['Sáng ngày 3/2, Đảng bộ xã long trọng tổ chức Lễ kỷ niệm 95 năm Ngày thành lập Đảng.'],
    },
  ])('$reading is none', ({ line, below }) => {
    expect(isRestatedTitle(line, below)).toBe(false)
  })
})

describe('a page headed by a title closed with a full stop', () => {
  it('reads it as the title, and the lead as the body', () => {
    const s = segment(
      [
        'Đảng bộ xã Hòa Tiến tổ chức Lễ kỷ niệm 95 năm Ngày thành lập Đảng.',
        '',
        'Sáng ngày 3/2, Đảng bộ xã Hòa Tiến long trọng tổ chức Lễ kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam.',
        'Dự buổi lễ có đại diện lãnh đạo huyện.',
      ].join('\n'),
    )
    expect(s.title?.text).toBe('Đảng bộ xã Hòa Tiến tổ chức Lễ kỷ niệm 95 năm Ngày thành lập Đảng.')
    expect(s.body[0]?.text.startsWith('Sáng ngày 3/2')).toBe(true)
  })
  it('leaves a sapo under a title to the body', () => {
    const s = segment(
      [
        'Huyện đoàn tổng kết công tác năm 2024',
        'Ngày 20/12, Huyện đoàn tổ chức Hội nghị tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2024.',
        'Tại hội nghị, Huyện đoàn tổ chức tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2024.',
      ].join('\n'),
    )
    expect(s.title?.text).toBe('Huyện đoàn tổng kết công tác năm 2024')
  })
})
