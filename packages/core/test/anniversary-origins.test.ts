import { describe, expect, it } from 'vitest'
import { anniversaryOrigin } from '../src/anniversary-origins.ts'
import { corroborated, readYearEvidence, type YearEvidence } from '../src/year-evidence.ts'

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

describe('corroborated: a count from a known occasion needs the text to agree', () => {
  const known = (year: number, origin: number): YearEvidence => ({
    kind: 'year',
    year,
    reason: 'anniversary',
    confidence: 0.85,
    knownOrigin: origin,
  })
  const written: YearEvidence = { kind: 'year', year: 2025, reason: 'written-year', confidence: 0.55 }
  it.each<[string, YearEvidence[], YearEvidence[], number]>([
    ['alone', [known(2025, 1930)], [], 0],
    ['the same occasion again (title and body)', [known(2025, 1930)], [known(2025, 1930)], 0],
    ['another occasion agrees', [known(2025, 1930)], [known(2025, 2010)], 1],
    ['a written year agrees', [known(2025, 1930)], [written], 1],
    ['a written year disagrees', [known(2025, 1930)], [{ ...written, year: 2024 }], 0],
    ['evidence of the text is kept', [written], [], 1],
  ])('%s', (_, evidence, context, kept) => {
    expect(corroborated(evidence, [...evidence, ...context])).toHaveLength(kept)
  })
})
