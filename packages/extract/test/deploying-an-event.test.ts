import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

const events = (text: string) => extractArticle(text).events.map((e) => [e.kind, e.date, e.organizer])

// Deploying (`triển khai`) a festival on a dated day holds it; deploying a contest launches it.
describe('a festival or a contest deployed', () => {
  it.each([
    [
      'Sáng ngày 12/10/2024, tại Cung Thiếu nhi Hà Nội, Thành Đoàn Hà Nội phối hợp với Hội Thầy thuốc trẻ triển khai Ngày hội Thầy thuốc trẻ làm theo lời Bác 2024.',
      [['other', '2024-10-12', 'Thành Đoàn Hà Nội']],
    ],
    [
      'Ngày 12/3/2024, Tỉnh đoàn triển khai Cuộc thi trực tuyến tìm hiểu lịch sử Đoàn.',
      [['launch', '2024-03-12', 'Tỉnh đoàn']],
    ],
  ])('“%s”', (text, expected) => {
    expect(events(text)).toEqual(expected)
  })

  it.each([
    // a plan deployed, a plan ahead, no day, a contest's rules deployed by its board
    'Ngày 28/10/2016, Ủy ban Mặt trận Tổ quốc xã triển khai kế hoạch tổ chức “Ngày hội Đại đoàn kết toàn dân tộc” ở khu dân cư.',
    'Tỉnh đoàn sẽ triển khai Cuộc thi trực tuyến tìm hiểu lịch sử Đoàn vào tháng 5.',
    'Các chi đoàn triển khai Ngày hội đến đoàn viên.',
    'Ngày 12/3/2024, Ban Tổ chức cuộc thi triển khai thể lệ cuộc thi đến các đơn vị.',
  ])('“%s” reports no event', (text) => {
    expect(extractArticle(text).events).toEqual([])
  })
})
