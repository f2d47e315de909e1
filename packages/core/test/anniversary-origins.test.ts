import { describe, expect, it } from 'vitest'
import { anniversaryOrigin } from '../src/anniversary-origins.ts'
import { readYearEvidence } from '../src/year-evidence.ts'

describe('anniversaryOrigin: the national occasion the words after `kỷ niệm N năm` name', () => {
  it.each([
    [' ngày sinh Chủ tịch Hồ Chí Minh', 1890],
    [' ngày sinh của Bác', 1890],
    [' Ngày thành lập Đảng Cộng sản Việt Nam', 1930],
    [' ngày thành lập Đảng', 1930],
    [' ngày thành lập Đảng bộ huyện', null],
    [' Ngày thành lập Hội LHPN Việt Nam', 1930],
    [' ngày thành lập Hội Liên hiệp Phụ nữ huyện', null],
    [' ngày truyền thống Mặt trận Tổ quốc Việt Nam', 1930],
    [' Ngày thành lập Đoàn TNCS Hồ Chí Minh', 1931],
    [' ngày thành lập Quân đội nhân dân Việt Nam', 1944],
    [' Ngày Thương binh - Liệt sĩ', 1947],
    [' Cách mạng Tháng Tám thành công', 1945],
    [' ngày thành lập trường', null],
  ])('%s → %s', (after, year) => {
    expect(anniversaryOrigin(after)).toBe(year)
  })
})

describe('readYearEvidence: an anniversary counted from a national occasion with no year written', () => {
  const years = (text: string) =>
    readYearEvidence(text, { near: true }).flatMap((e) => (e.kind === 'year' ? [`${e.year} ${e.reason}`] : []))
  it.each([
    ['Chi đoàn tổ chức lễ kỷ niệm 20 năm ngày thành lập Đoàn TNCS Hồ Chí Minh', ['1951 anniversary']],
    ['Hội viên dự buổi gặp mặt kỷ niệm 130 năm ngày sinh Bác Hồ (19/5)', ['2020 anniversary']],
    // A year in brackets is the origin the text itself gives.
    ['mít tinh kỷ niệm 80 năm ngày thành lập Đảng (3/2/1930)', ['2010 anniversary']],
    ['kỷ niệm 10 năm ngày thành lập câu lạc bộ', []],
  ])('%s', (text, expected) => {
    expect(years(text)).toEqual(expected)
  })
})
