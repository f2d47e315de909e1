import { describe, expect, it } from 'vitest'
import { kindByHost } from '../src/event-kinds.ts'
import { extractArticle } from '../src/index.ts'

const kinds = (text: string) => extractArticle(text).events.map((e) => e.kind)

// A training school's opening of its school year starts its trainees' course: a training, as the
// opening of a class is. A primary or secondary school's opening stays a ceremony.
describe('a school year opened by a training school', () => {
  it.each([
    'Sáng ngày 15/9/2022, Học viện Chính trị Công an nhân dân đã long trọng tổ chức Lễ khai giảng năm học mới 2022 - 2023.',
    'Sáng 15/9/2023, Trường Chính trị tỉnh Long An tổ chức Lễ khai giảng năm học 2023-2024.',
    'Sáng 5/9/2023, Trường Đại học Sư phạm Hà Nội tổ chức lễ khai giảng năm học mới.',
  ])('“%s” is a training', (text) => {
    expect(kinds(text)).toEqual(['training'])
  })

  it.each([
    // a primary school's opening day
    'Sáng 5/9/2023, Trường Tiểu học Kim Đồng tổ chức Lễ khai giảng năm học mới 2023 - 2024.',
    // an academy's other ceremonies
    'Sáng 5/9/2023, Học viện Chính trị khu vực I tổ chức Lễ kỷ niệm 75 năm Ngày thành lập.',
    'Sáng 5/9/2023, Học viện Chính trị khu vực I tổ chức Lễ trao bằng tốt nghiệp.',
  ])('“%s” is a ceremony', (text) => {
    expect(kinds(text)).toEqual(['ceremony'])
  })

  it.each([
    ['ceremony', 'Lễ khai giảng năm học mới', 'Học viện Hành chính Quốc gia', 'training'],
    ['ceremony', 'lễ khai giảng năm học 2024 - 2025', 'Trường Cao đẳng Y tế', 'training'],
    ['ceremony', 'Lễ khai giảng năm học mới', 'Trường THCS Lê Lợi', 'ceremony'],
    ['ceremony', 'Lễ khai giảng năm học mới', null, 'ceremony'],
    ['conference', 'Hội nghị khai giảng năm học', 'Học viện Hành chính Quốc gia', 'conference'],
  ] as const)('%s “%s” held by %s is a %s', (kind, phrase, organizer, expected) => {
    expect(kindByHost(kind, phrase, organizer)).toBe(expected)
  })
})
