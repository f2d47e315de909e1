import { describe, expect, it } from 'vitest'
import { readYearlessDay } from '../src/date-cues.ts'
import { formatPartialDate } from '../src/partial-date.ts'
import type { YearlessDate } from '../src/vietnamese-date.ts'
import {
  anniversaryYearOverWritten,
  inferYearFromEvidence,
  isIssueDate,
  readYearEvidence,
  type YearEvidence,
  YearEvidenceSchema,
  YearReadingSchema,
} from '../src/year-evidence.ts'

const day = (d: number, m: number): YearlessDate => ({ month: m, day: d, precision: 'day' })
const year = (y: number, reason: YearEvidence['reason'], confidence: number): YearEvidence => ({
  kind: 'year',
  year: y,
  reason,
  confidence,
})
const issued = (date: string, givesYear?: boolean): YearEvidence => ({
  kind: 'notBefore',
  date,
  reason: 'document-issued',
  confidence: 0.6,
  ...(givesYear === undefined ? {} : { givesYear }),
})

// What a text states, as `year reason`, `from..to reason`, `≥date`, `turn year`.
function show(evidence: YearEvidence[]): string[] {
  return evidence.map((e) =>
    e.kind === 'year'
      ? `${e.year} ${e.reason}`
      : e.kind === 'turn'
        ? `turn ${e.year}`
        : e.kind === 'window'
          ? `${e.from}+12m ${e.reason}${e.year === undefined ? '' : ` (${e.year})`}`
          : e.kind === 'period'
            ? `${e.from}..${e.to} ${e.reason}${e.term === true ? ' term' : ''}`
            : `≥${e.date}`,
  )
}

describe('readYearEvidence: the years a text states, with their reasons', () => {
  it.each<[string, string[]]>([
    // A review of a dated document falls in the twelve months from four months before its span ends.
    [
      'Hội nghị sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị',
      ['2021-01-15+12m review-span (2021)'],
    ],
    ['tổng kết 10 năm thực hiện Nghị quyết 33-NQ/TW năm 2014', ['2024 review-span', '2014 written-year']],
    // The year past a second event joined to the review is that event's period, not the reviewed document's.
    [
      'Hội nghị Tổng kết 10 năm công tác lý luận và Lễ ký Chương trình phối hợp giai đoạn 2021-2026',
      ['2021..2026 period'],
    ],
    ['sơ kết năm năm thực hiện Nghị định 13/2023/NĐ-CP', ['2028 review-span']],
    ['Lễ kỷ niệm 95 năm Ngày thành lập Đảng (3/2/1930 – 3/2/2025)', ['2025 anniversary']],
    ['kỷ niệm 75 năm ngày thành lập Đảng bộ huyện (1949 - 2024)', ['2024 anniversary']],
    ['lễ kỷ niệm 70 năm ngày Chủ tịch Hồ Chí Minh ra lời kêu gọi thi đua ái quốc (11/6/1948)', ['2018 anniversary']],
    ['Kỷ niệm 50 năm Ngày giải phóng miền Nam (30/4/1975-30/4/2025)', ['2025 anniversary']],
    ['kỷ niệm 90 năm Ngày truyền thống ngành Tuyên giáo (1/8/1930 - 1/8/2020)', ['2020 anniversary']],
    // Counted from the Party's founding year (1930), not from the spring's 2024.
    [
      'kỷ niệm 94 năm ngày thành lập Đảng và mừng xuân Giáp Thìn 2024',
      ['2024 anniversary', '2023-07-01+12m lunar-new-year (2024)'],
    ],
    ['kỷ niệm 94 năm ngày thành lập trường và mừng xuân Giáp Thìn 2024', ['2023-07-01+12m lunar-new-year (2024)']],
    ['Chương trình hành động giai đoạn 2021 - 2025', ['2021..2025 period']],
    ['Đại hội nhiệm kỳ 2020-2025', ['2020..2025 period term']],
    // The next of a list of terms is a term too; a programme's period after a term is not.
    ['Chi ủy Chi bộ nhiệm kỳ 2020 - 2022, 2022 - 2025', ['2020..2022 period term', '2022..2025 period term']],
    [
      'Đại hội nhiệm kỳ 2020-2025 thông qua Chương trình hành động giai đoạn 2021 - 2025',
      ['2020..2025 period term', '2021..2025 period'],
    ],
    // The period a history covers is past: it dates no report. Counter-example: a programme's.
    ['thảo luận đề cương nghiên cứu “Lịch sử Đảng bộ tỉnh giai đoạn 2000 – 2020”', []],
    ['ra mắt cuốn sách Lịch sử Đảng bộ xã (1945 - 2020)', []],
    [
      'Chương trình hành động của Đảng bộ tỉnh giai đoạn 2021 - 2025 về phát triển lịch sử văn hóa',
      ['2021..2025 period'],
    ],
    ['kết quả năm 2024 và tháng 9/2023', ['2024 written-year', '2023 written-year']],
    ['sáng ngày 8/9/2023 đã diễn ra', ['2023 written-date']],
    // A document's issue date dates the document; a horizon is no year of the report.
    ['Nghị quyết số 18 ngày 25-10-2017 của Ban Chấp hành Trung ương', []],
    ['mục tiêu đến năm 2030, tầm nhìn đến năm 2045', []],
    ['Chỉ thị 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị', []],
    // A comma and a new clause end a document's name: the date is the report's.
    ['Theo chương trình, hội nghị làm việc đến ngày 10/5/2022', ['2022 written-date']],
    // A year reviewed or planned: the report stands at its turn.
    ['tổng kết công tác xây dựng Đảng năm 2023, đề ra phương hướng, nhiệm vụ năm 2024', ['turn 2023', 'turn 2023']],
    ['sơ kết công tác dân vận 6 tháng đầu năm 2024', ['2024 written-year']],
    ['thông qua Báo cáo kiểm điểm sự lãnh đạo của Ban Thường vụ năm 2023', ['turn 2023']],
    // A quoted name that closes with its year; a number in quotes that is no year.
    ['trao danh hiệu “Thanh niên tiêu biểu 2022” cho 10 đoàn viên', ['2022 written-year']],
    ['giải “Búa liềm vàng năm 2023”', ['2023 written-year']],
    ['danh sách “Top 1000”', []],
    ['hoàn thành nhiệm vụ năm nay, tạo đà vững chắc cho năm 2025', ['turn 2024']],
    ['thông qua Nghị quyết về dự toán ngân sách nhà nước năm 2024', ['turn 2023']],
    ['phân bổ ngân sách địa phương năm 2025', ['turn 2024']],
    // A mid-term review falls between two years of a five-year term.
    ['Hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội, nhiệm kỳ 2020-2025', []],
    ['Đại hội nhiệm kỳ 2020-2025 đánh giá giữa kỳ', ['2020..2025 period term']],
    ['Báo cáo viên họp thường kỳ.', []],
    // Counter-examples: a year more than sixteen words past the plan's noun, or past a sentence's
    // end, is written, not planned.
    [
      'nhiệm vụ của cán bộ, đảng viên trong việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh từ năm 2016',
      ['2016 written-year'],
    ],
    ['hoàn thành nhiệm vụ. Hội nghị năm 2024', ['2024 written-year']],
  ])('%s', (text, expected) => {
    const evidence = readYearEvidence(text)
    expect(show(evidence)).toEqual(expected)
    for (const e of evidence) expect(YearEvidenceSchema.parse(e)).toEqual(e)
  })

  it.each<[string, boolean[]]>([
    ['tổng kết nhiệm vụ quốc phòng năm 2017, triển khai phương hướng, nhiệm vụ năm 2018', [false, true]],
    ['quyết tâm hoàn thành thắng lợi các chỉ tiêu, nhiệm vụ năm 2021', [true]],
    ['thông qua kế hoạch năm 2024', [true]],
    // A year reviewed whole is a turn, but no plan.
    ['thông qua Báo cáo kiểm điểm sự lãnh đạo của Ban Thường vụ năm 2023', [false]],
    ['tổng kết công tác năm 2023', [false]],
    // `tình hình` between the review word and the plan's noun: reviewed, not planned.
    [
      'tổng kết tình hình thực hiện nhiệm vụ chính trị năm 2017, triển khai phương hướng nhiệm vụ năm 2018',
      [false, true],
    ],
    // A plan's word the review weighs is no plan.
    ['đánh giá kết quả thực hiện kế hoạch năm 2023', []],
    // A plan's noun, the field of work, maybe its short form in brackets, then the year.
    [
      'triển khai thực hiện chỉ tiêu, nhiệm vụ công tác thi hành án dân sự (THADS), thi hành án hành chính năm 2026',
      [true],
    ],
    ['đánh giá kết quả thực hiện kế hoạch công tác phòng, chống tham nhũng năm 2023', []],
  ])('marks the turns into a year the report plans: %s', (text, planned) => {
    const turns = readYearEvidence(text).filter((e) => e.kind === 'turn')
    expect(turns.map((e) => e.kind === 'turn' && e.planned === true)).toEqual(planned)
  })

  it.each<[string, (number | undefined)[]]>([
    ['báo cáo công tác năm 2018 và 8 tháng đầu năm 2019', [undefined, 2019]],
    ['sơ kết 6 tháng đầu năm 2024', [2024]],
    ['sáu tháng đầu năm 2024', [2024]],
    // Counter-examples: a month of a year, a year whole.
    ['tháng 8 năm 2019', [undefined]],
    ['trong năm 2019', [undefined]],
  ])('marks the years whose first months a report covers: %s', (text, parts) => {
    const years = readYearEvidence(text).filter((e) => e.kind === 'year')
    expect(years.map((e) => (e.kind === 'year' && e.part === true ? e.year : undefined))).toEqual(parts)
  })

  it('reads a period in the event’s own words as holding it', () => {
    const [own] = readYearEvidence('phát động phong trào thi đua giai đoạn 2023-2025', { near: true })
    const [far] = readYearEvidence('phát động phong trào thi đua giai đoạn 2023-2025')
    expect(own).toMatchObject({ kind: 'period', from: 2023, to: 2025, holds: true })
    expect(far).not.toHaveProperty('holds')
  })

  it('trusts a year in the event’s own words a step more, as named-year', () => {
    const [far] = readYearEvidence('tập huấn nghiệp vụ năm 2023')
    const [near] = readYearEvidence('tập huấn nghiệp vụ năm 2023', { near: true })
    expect(near?.kind === 'year' && near.reason).toBe('named-year')
    expect((near?.confidence ?? 0) > (far?.confidence ?? 1)).toBe(true)
  })
})

// A school year runs from August to July; a review's span is counted from the day its
// document was issued, told by its results as well as by `sơ kết`.
describe('readYearEvidence: school years and the spans of reviews', () => {
  it.each<[string, string[]]>([
    ['Lễ khai giảng năm học 2023 - 2024', ['2023-08-01+12m school-year']],
    ['Hội thi giáo viên dạy giỏi năm học mới 2024-2025', ['2024-08-01+12m school-year']],
    ['Tổng kết NH 2022-2023', ['2022-08-01+12m school-year']],
    ['NĂM HỌC 2023-2024', ['2023-08-01+12m school-year']],
    // A school year is no anniversary span, whatever word stands before it.
    ['lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11, năm học 2023-2024', ['2023-08-01+12m school-year']],
    // Two years apart is no school year; a term or a period stays one.
    ['năm học 2021-2023', []],
    // A span after `nhiệm kỳ` is a term of office; one after `giai đoạn` or a bare word is not.
    ['Đại hội Chi bộ nhiệm kỳ 2022 - 2025', ['2022..2025 period term']],
    ['Đại hội Đoàn xã, NK: 2022-2027', ['2022..2027 period term']],
    ['chương trình hành động giai đoạn 2021 - 2025', ['2021..2025 period']],
    ['kế hoạch 5 năm 2021-2025 của ngành', ['2021..2025 period']],
    ['nghe báo cáo kết quả 3 năm thực hiện Đề án số 12-ĐA/TU ngày 30/7/2015', ['2018-03-30+12m review-span (2018)']],
    [
      'đánh giá sau 3 năm triển khai Nghị quyết số 05-NQ/TU ngày 10/12/2020 của Tỉnh ủy',
      ['2023-08-10+12m review-span (2023)'],
    ],
    ['qua 10 năm thi hành Luật Phổ biến, giáo dục pháp luật năm 2012', ['2022 review-span', '2012 written-year']],
    ['tổng kết 5 năm thi hành Nghị định số 13/2018/NĐ-CP ngày 20/4/2018', ['2022-12-20+12m review-span (2023)']],
    // The reviewed document's year is in the review's paragraph; a year past a blank line is the
    // dateline's, not the document's. A line broken inside the paragraph (a PDF's) still reaches it.
    ['tổng kết 10 năm thực hiện Nghị quyết về văn hóa\n\nThứ sáu, 26/04/2024', ['2024 written-date']],
    [
      'tổng kết 10 năm thực hiện\nNghị quyết số 33-NQ/TW ngày 09/6/2014 của Ban Chấp hành',
      ['2024-02-09+12m review-span (2024)'],
    ],
    // The Lunar New Year, its year written or told by its stem and branch (Giáp Thìn: 2024);
    // greetings for it begin in the December before.
    ['chúc Tết Nguyên đán Giáp Thìn năm 2024', ['2023-07-01+12m lunar-new-year (2024)']],
    ['gặp mặt đầu xuân Ất Tỵ', ['2024-07-01+12m lunar-new-year (2025)']],
    ['TẾT QUÝ MÃO', ['2022-07-01+12m lunar-new-year (2023)']],
    ['mừng Xuân Kỉ Hợi', ['2018-07-01+12m lunar-new-year (2019)']],
    // A stem and a branch that name no year together; a stem and branch after no festival.
    ['Xuân Giáp Sửu', []],
    ['Canh Tý', []],
    // `sau N năm` without a carrying out is any span; a count of years of something else no review.
    ['sau 5 năm xa quê, năm 2020 anh trở về', ['2020 written-year']],
    ['kết quả 3 năm học tập năm 2019', ['2019 written-year']],
  ])('%s', (text, expected) => {
    const evidence = readYearEvidence(text)
    expect(show(evidence)).toEqual(expected)
    for (const e of evidence) expect(YearEvidenceSchema.parse(e)).toEqual(e)
  })
})

const window = (from: string, reason: YearEvidence['reason'], y?: number): YearEvidence => ({
  kind: 'window',
  from,
  reason,
  confidence: 0.7,
  ...(y === undefined ? {} : { year: y }),
})

describe('inferYearFromEvidence: twelve months the event falls in', () => {
  it.each<[string, YearlessDate, YearEvidence[], string | null]>([
    ['a school year’s autumn is its first year', day(5, 9), [window('2023-08-01', 'school-year')], '2023-09-05'],
    ['its winter after New Year the second', day(15, 1), [window('2023-08-01', 'school-year')], '2024-01-15'],
    ['its spring the second', day(12, 4), [window('2023-08-01', 'school-year')], '2024-04-12'],
    ['its first day', day(1, 8), [window('2023-08-01', 'school-year')], '2023-08-01'],
    ['its last day', day(31, 7), [window('2023-08-01', 'school-year')], '2024-07-31'],
    ['a month', { month: 11, precision: 'month' }, [window('2023-08-01', 'school-year')], '2023-11'],
    ['a quarter', { quarter: 2, precision: 'quarter' }, [window('2023-08-01', 'school-year')], '2024-Q2'],
    ['a school year gives no year without a month', { precision: 'year' }, [window('2023-08-01', 'school-year')], null],
    [
      'a review span gives its end’s year without a month',
      { precision: 'year' },
      [window('2023-08-10', 'review-span', 2023)],
      '2023',
    ],
    [
      'a review held some months after its span ends',
      day(9, 1),
      [window('2023-08-10', 'review-span', 2023)],
      '2024-01-09',
    ],
    ['a review held a little before', day(20, 11), [window('2022-09-10', 'review-span', 2023)], '2022-11-20'],
  ])('%s', (_, date, evidence, expected) => {
    const reading = inferYearFromEvidence(date, evidence)
    expect(reading === null ? null : formatPartialDate(reading.date)).toBe(expected)
    if (reading !== null) expect(reading.inferred).toBe(true)
  })
})

describe('inferYearFromEvidence: a year for a year-less date', () => {
  it.each<[string, YearlessDate, YearEvidence[], string | null, string | null]>([
    ['review span', day(20, 12), [year(2023, 'review-span', 0.8)], '2023-12-20', 'review-span'],
    [
      'after the directives it carries out',
      day(12, 8),
      [issued('2025-06-03'), issued('2025-07-20')],
      '2025-08-12',
      'document-issued',
    ],
    [
      'a day early in the year after a bound late in one',
      day(12, 1),
      [issued('2024-12-20')],
      '2025-01-12',
      'document-issued',
    ],
    // Eleven months past the bound, the event may be any year later.
    ['a day before the bound in its year is not dated by it', day(12, 6), [issued('2025-07-20')], null, null],
    [
      'a day before the bound goes to the next year when other evidence says so',
      day(12, 6),
      [issued('2025-07-20'), year(2026, 'written-year', 0.55)],
      '2026-06-12',
      'written-year',
    ],
    [
      'a year before the bound is passed over',
      day(12, 8),
      [year(2024, 'written-year', 0.55), issued('2025-07-20')],
      '2025-08-12',
      'document-issued',
    ],
    [
      'a better trusted year wins over the bound',
      day(12, 8),
      [year(2026, 'named-year', 0.8), issued('2025-07-20')],
      '2026-08-12',
      'named-year',
    ],
    ['a review is bounded, not dated, by what it reviews', day(21, 12), [issued('2017-10-25', false)], null, null],
    [
      'agreeing pieces add up',
      day(1, 3),
      [
        year(2023, 'written-year', 0.55),
        year(2024, 'written-date', 0.6),
        year(2023, 'written-year', 0.55),
        year(2023, 'written-year', 0.55),
      ],
      '2023-03-01',
      'written-year',
    ],
    [
      'turn of a year, held late',
      day(29, 12),
      [{ kind: 'turn', year: 2023, reason: 'year-turn', confidence: 0.7 }],
      '2023-12-29',
      'year-turn',
    ],
    [
      'turn of a year, held early',
      day(9, 1),
      [{ kind: 'turn', year: 2019, reason: 'year-turn', confidence: 0.7 }],
      '2020-01-09',
      'year-turn',
    ],
    // A plan for 2020 (`Sáng 16/7 ... Hội nghị ... thông qua một số nhiệm vụ quan trọng năm 2020`)
    // is adopted in the last quarter before it or within it.
    [
      'planned year, held in the middle of it',
      day(16, 7),
      [{ kind: 'turn', year: 2019, reason: 'year-turn', confidence: 0.8, planned: true }],
      '2020-07-16',
      'year-turn',
    ],
    [
      'planned year, held in the December before',
      day(20, 12),
      [{ kind: 'turn', year: 2019, reason: 'year-turn', confidence: 0.8, planned: true }],
      '2019-12-20',
      'year-turn',
    ],
    // Counter-example: a year reviewed keeps the half-year turn.
    [
      'reviewed year, held in its second half',
      day(16, 7),
      [{ kind: 'turn', year: 2019, reason: 'year-turn', confidence: 0.7 }],
      '2019-07-16',
      'year-turn',
    ],
    [
      'a period holding the event: its first year, years outside it passed over',
      day(3, 8),
      [
        { kind: 'period', from: 2023, to: 2025, reason: 'period', confidence: 0.5, holds: true },
        year(2022, 'written-year', 0.55),
      ],
      '2023-08-03',
      'period',
    ],
    [
      'a period holding the event keeps a year written inside it',
      day(3, 8),
      [
        { kind: 'period', from: 2023, to: 2025, reason: 'period', confidence: 0.5, holds: true },
        year(2024, 'written-year', 0.55),
      ],
      '2024-08-03',
      'written-year',
    ],
    [
      'two periods holding the event: the year in both',
      day(20, 10),
      [
        { kind: 'period', from: 2015, to: 2020, reason: 'period', confidence: 0.5, holds: true },
        { kind: 'period', from: 2020, to: 2025, reason: 'period', confidence: 0.5, holds: true },
      ],
      '2020-10-20',
      'period',
    ],
    [
      'period: its last year',
      day(3, 8),
      [{ kind: 'period', from: 2021, to: 2025, reason: 'period', confidence: 0.4 }],
      '2025-08-03',
      'period',
    ],
    [
      'a term reviewed and the next opened: the year they meet',
      day(18, 12),
      [
        { kind: 'period', from: 2018, to: 2023, reason: 'period', confidence: 0.4 },
        { kind: 'period', from: 2023, to: 2028, reason: 'period', confidence: 0.4 },
      ],
      '2023-12-18',
      'period',
    ],
    [
      'periods with years in common do not meet at one: the last year of the term, not the horizon’s',
      day(3, 8),
      [
        { kind: 'period', from: 2021, to: 2025, reason: 'period', confidence: 0.4 },
        { kind: 'period', from: 2021, to: 2030, reason: 'period', confidence: 0.4 },
      ],
      '2025-08-03',
      'period',
    ],
    [
      'a period longer than a term (a ten-year strategy) alone: its horizon dates nothing',
      day(14, 12),
      [{ kind: 'period', from: 2021, to: 2030, reason: 'period', confidence: 0.4 }],
      null,
      null,
    ],
    [
      'counter: a long period the event’s own words name still holds it, from its first year',
      day(14, 12),
      [{ kind: 'period', from: 2021, to: 2030, reason: 'period', confidence: 0.5, holds: true }],
      '2021-12-14',
      'period',
    ],
    [
      'counter: a five-year period alone still gives its last year',
      day(14, 12),
      [{ kind: 'period', from: 2016, to: 2021, reason: 'period', confidence: 0.4 }],
      '2021-12-14',
      'period',
    ],
    [
      'periods apart do not meet',
      day(3, 8),
      [
        { kind: 'period', from: 2011, to: 2015, reason: 'period', confidence: 0.4 },
        { kind: 'period', from: 2021, to: 2025, reason: 'period', confidence: 0.4 },
      ],
      '2025-08-03',
      'period',
    ],
    [
      'a leap day takes a leap year past the bound',
      day(29, 2),
      [issued('2023-11-01')],
      '2024-02-29',
      'document-issued',
    ],
    ['a leap day years past the bound is not dated by it', day(29, 2), [issued('2021-01-01')], null, null],
    [
      'a month that holds the bound',
      { month: 10, precision: 'month' },
      [issued('2025-10-15')],
      '2025-10',
      'document-issued',
    ],
    ['nothing bounds the year', day(12, 8), [], null, null],
    ['no such day', day(31, 4), [year(2024, 'review-span', 0.8)], null, null],
  ])('%s', (_, date, evidence, expected, reason) => {
    const reading = inferYearFromEvidence(date, evidence)
    expect(reading === null ? null : formatPartialDate(reading.date)).toBe(expected)
    expect(reading?.reason ?? null).toBe(reason)
    if (reading !== null) {
      expect(YearReadingSchema.parse(reading)).toEqual(reading)
      expect(reading.inferred).toBe(true)
      expect(reading.confidence).toBeLessThan(1)
    }
  })

  it('keeps a written year whatever the evidence', () => {
    const written = { year: 2019, month: 8, day: 12, precision: 'day' as const }
    expect(inferYearFromEvidence(written, [issued('2025-07-20'), year(2024, 'review-span', 0.8)])).toEqual({
      date: written,
      inferred: false,
      confidence: 1,
      reason: null,
    })
  })

  it('trusts weaker evidence less', () => {
    const strong = inferYearFromEvidence(day(1, 5), [year(2021, 'review-span', 0.8)])
    const weak = inferYearFromEvidence(day(1, 5), [year(2021, 'written-year', 0.55)])
    expect(strong!.confidence).toBeGreaterThan(weak!.confidence)
  })

  it('keeps the part of day', () => {
    const reading = inferYearFromEvidence({ ...day(12, 8), partOfDay: 'morning' }, [year(2025, 'written-year', 0.5)])
    expect(reading?.date).toEqual({ year: 2025, month: 8, day: 12, precision: 'day', partOfDay: 'morning' })
  })
})

describe('readYearlessDay keeps the day a cue writes without its year', () => {
  it.each<[string, YearlessDate | undefined]>([
    ['Sáng 12/8, Huyện ủy tổ chức', { month: 8, day: 12, precision: 'day', partOfDay: 'morning' }],
    ['Ngày 3-12, Huyện ủy', { month: 12, day: 3, precision: 'day' }],
    ['Sáng nay 17/6, Đảng bộ xã', { month: 6, day: 17, precision: 'day', partOfDay: 'morning' }],
    ['Sáng qua, ngày 17/12, Ban Tuyên giáo', { month: 12, day: 17, precision: 'day', partOfDay: 'morning' }],
    ['Ngày 29/2, Chi bộ', { month: 2, day: 29, precision: 'day' }],
    ['Ngày 31/4, Chi bộ', undefined],
  ])('%s', (text, yearless) => {
    const cue = readYearlessDay(text)
    expect(cue?.date).toBeNull()
    expect(cue?.yearless).toEqual(yearless)
  })
})

// A date after a document's name dates the document; one that opens a new clause, or is written
// with a part of the day, or after `vào` that no issuing verb precedes, is some event's. `|`
// marks where the date starts.
describe('isIssueDate: whether a date dates the document named before it', () => {
  it.each<[string, boolean]>([
    ['Nghị quyết số 18-NQ/TW |ngày 25-10-2017 của Ban Chấp hành Trung ương', true],
    ['Chỉ thị 05-CT/TW, |ngày 15/5/2016 của Bộ Chính trị', true],
    ['Kế hoạch số 12-KH/TU được ban hành |vào ngày 3/4/2024', true],
    ['quán triệt Nghị quyết số 57-NQ/TW, |sáng 25/11, tại hội trường', false],
    ['quán triệt Nghị quyết số 57-NQ/TW |vào sáng 22/4', false],
    ['quán triệt Nghị quyết số 57-NQ/TW |vào ngày 22/4', false],
    ['Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị |vào chiều 22/4', false],
    ['Theo chương trình, hội nghị làm việc đến |ngày 10/5/2022', false],
  ])('%s', (marked, expected) => {
    const at = marked.indexOf('|')
    expect(isIssueDate(marked.replace('|', ''), at)).toBe(expected)
  })
})

describe('anniversaryYearOverWritten: a written year the event’s own anniversary span contradicts', () => {
  const on = (year: number, month: number, d: number) => ({ year, month, day: d, precision: 'day' as const })
  it.each<[string, ReturnType<typeof on>, string, number | null]>([
    [
      'a template’s old year beside this year’s span',
      on(2018, 4, 24),
      'Chào mừng kỷ niệm 47 năm ngày giải phóng miền Nam (30/4/1975-30/4/2022) và 136 năm ngày Quốc tế lao động (01/5/1886 - 01/5/2022), sáng ngày 24/4/2018, UBND Phường 1 tổ chức ra quân.',
      2022,
    ],
    // Counter-examples: the span agrees; the span's day is months away (a meeting that prepares
    // the next year's anniversary); no anniversary.
    [
      'the span agrees',
      on(2022, 4, 24),
      'Chào mừng kỷ niệm 47 năm ngày giải phóng miền Nam (30/4/1975-30/4/2022), sáng ngày 24/4/2022, UBND Phường 1 tổ chức ra quân.',
      null,
    ],
    [
      'a meeting months before the anniversary it prepares',
      on(2024, 12, 28),
      'Sáng ngày 28/12/2024, Ban Thường vụ Tỉnh ủy họp bàn việc chuẩn bị kỷ niệm 95 năm Ngày thành lập Đảng (3/2/1930 - 3/2/2025).',
      null,
    ],
    [
      'no anniversary',
      on(2018, 4, 24),
      'Sáng ngày 24/4/2018, UBND Phường 1 tổ chức ra quân vệ sinh môi trường năm 2022.',
      null,
    ],
  ])('%s', (_, date, sentence, expected) => {
    expect(anniversaryYearOverWritten(date, sentence)).toBe(expected)
  })
})
