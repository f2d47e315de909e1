import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

const kinds = (text: string) => extractArticle(text).events.map((e) => e.kind)

// A meeting deploying a field's work (`triển khai công tác X`, `triển khai nhiệm vụ`) is a working
// conference; deployed under a directive its report cites, it disseminates that directive.
describe('a meeting deploying work under a directive', () => {
  it.each([
    'Chiều 26/02/2023, Tòa án nhân dân tối cao tổ chức Hội nghị triển khai công tác cải cách tư pháp theo Nghị quyết số 27-NQ/TW ngày 09/11/2022 của Ban Chấp hành Trung ương.',
    'Sáng 5/3/2024, Đảng ủy Khối các cơ quan tỉnh tổ chức Hội nghị triển khai nhiệm vụ thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị.',
  ])('“%s” is a dissemination', (text) => {
    expect(kinds(text)).toEqual(['dissemination'])
  })

  it.each([
    // no directive cited: the year's work
    'Sáng 5/1/2024, Huyện ủy Tân Châu tổ chức Hội nghị triển khai nhiệm vụ năm 2024.',
    'Sáng 5/1/2024, Công an tỉnh tổ chức Hội nghị triển khai công tác năm 2024.',
  ])('“%s” is a conference', (text) => {
    expect(kinds(text)).toEqual(['conference'])
  })
})
