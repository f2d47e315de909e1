// `pnpm bench` in packages/core: throughput of the parsers beside a baseline (one plain regex pass
// over the same input), as a ratio, and the time each scanner takes on 1 MB of adversarial text.
import {
  findDirectiveCodes,
  findVietnameseDates,
  normalizeText,
  parseDirectiveCode,
  parseVietnameseDate,
} from '@vanban/core'

const CODES = [
  'Nghị quyết số 35-NQ/TW',
  '85-QĐ/TW',
  'Hướng dẫn số 99-HD/BTGTW',
  '13/2023/NĐ-CP',
  'Chỉ thị số 14/CT-UBND',
  '1234/QĐ-TTg',
  '72-NQ-TW',
  'QĐ 1147-QĐ/BTGDVTW',
  '64/2025/QH15',
  '22/10/2018',
]
const DATES = [
  'Sáng 13/5',
  'chiều ngày 27/4/2023',
  'ngày 22-10-2018',
  '8 tháng 12 năm 2023',
  'tháng 12/2023',
  'Quý II năm 2023',
  'Thứ Năm, 21/12/2023, 16:26 [GMT+7]',
  '11/14/2023 9:36:00 PM',
  '35-NQ/TW',
  '13/05/2024',
]
const PARAGRAPH =
  'Sáng 13/5, Đảng uỷ Khối các cơ quan tỉnh tổ chức Hội nghị quán triệt Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị ' +
  'và Quy định số 85-QĐ/TW ngày 7/10/2022 của Ban Bí thư; Uỷ ban nhân dân tỉnh đã ban hành Kế hoạch hoà nhập, khoá học\u200b. '

const reference = { year: 2024, month: 6, day: 1, precision: 'day' as const }

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

// BENCH_QUICK=1 (CI) runs every measurement briefly: it proves the bench runs, not the figures.
const QUICK = process.env.BENCH_QUICK === '1'

/** Runs `fn` for about `ms` milliseconds, `rounds` times, and returns the median time per call. */
function timePerCall(fn: () => unknown, ms = 300, rounds = 5): number {
  if (QUICK) {
    ms = Math.min(ms, 20)
    rounds = 1
  }
  let calls = 1
  for (;;) {
    const start = performance.now()
    for (let i = 0; i < calls; i++) fn()
    const elapsed = performance.now() - start
    if (elapsed > ms / 4) break
    calls *= 2
  }
  const samples: number[] = []
  for (let r = 0; r < rounds; r++) {
    const start = performance.now()
    for (let i = 0; i < calls; i++) fn()
    samples.push((performance.now() - start) / calls)
  }
  return median(samples)
}

let sink = 0
const baselineCode = /\d+[-/ ]*[A-ZĐa-zđ]+[-/][A-ZĐa-zđ0-9]+/
const baselineDate = /\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?/

const codeTime =
  timePerCall(() => {
    for (const c of CODES) if (parseDirectiveCode(c)) sink++
  }) / CODES.length
const codeBase =
  timePerCall(() => {
    for (const c of CODES) if (baselineCode.exec(c)) sink++
  }) / CODES.length
const dateTime =
  timePerCall(() => {
    for (const d of DATES) if (parseVietnameseDate(d, { reference })) sink++
  }) / DATES.length
const dateBase =
  timePerCall(() => {
    for (const d of DATES) if (baselineDate.exec(d)) sink++
  }) / DATES.length

const text = PARAGRAPH.repeat(Math.ceil(1_000_000 / PARAGRAPH.length))
const megabytes = Buffer.byteLength(text, 'utf8') / 1e6
const normalizeTime = timePerCall(() => (sink += normalizeText(text).length), 1000, 3)
const normalizeBase = timePerCall(() => (sink += text.replace(/\s+/g, ' ').length), 1000, 3)

const rows: [string, string, string, string][] = [
  [
    'parseDirectiveCode',
    `${Math.round(1000 / codeTime).toLocaleString('en')} codes/s`,
    `${Math.round(1000 / codeBase).toLocaleString('en')} codes/s`,
    (codeBase / codeTime).toFixed(2),
  ],
  [
    'parseVietnameseDate',
    `${Math.round(1000 / dateTime).toLocaleString('en')} dates/s`,
    `${Math.round(1000 / dateBase).toLocaleString('en')} dates/s`,
    (dateBase / dateTime).toFixed(2),
  ],
  [
    'normalizeText',
    `${(megabytes / (normalizeTime / 1000)).toFixed(1)} MB/s`,
    `${(megabytes / (normalizeBase / 1000)).toFixed(1)} MB/s`,
    (normalizeBase / normalizeTime).toFixed(2),
  ],
]

const adversarial: Record<string, string> = {
  'Nghị quyết số ×70k': 'Nghị quyết số '.repeat(Math.ceil(1_000_000 / 14)),
  'digits and slashes': '1/2/3-4/5-'.repeat(100_000),
  'ngày ×200k': 'ngày '.repeat(200_000),
  'one line, real text': PARAGRAPH.replace(/\n/g, ' ').repeat(Math.ceil(1_000_000 / PARAGRAPH.length)),
  // 76,924 codes, one every 13 characters: the cost of building a match for each.
  'dense codes': '35-NQ/TW, 13/2023/NĐ-CP; '.repeat(Math.ceil(1_000_000 / 26)),
}
const adversarialRows: string[][] = []
for (const [name, input] of Object.entries(adversarial)) {
  const one = input.slice(0, 1_000_000)
  adversarialRows.push([
    name,
    `${timePerCall(() => (sink += findDirectiveCodes(one).length), 200, 3).toFixed(1)} ms`,
    `${timePerCall(() => (sink += findVietnameseDates(one, { reference }).length), 200, 3).toFixed(1)} ms`,
    `${timePerCall(() => (sink += normalizeText(one).length), 200, 3).toFixed(1)} ms`,
    `${timePerCall(() => (sink += parseDirectiveCode(one) === null ? 0 : 1), 200, 3).toFixed(1)} ms`,
    `${timePerCall(() => (sink += parseVietnameseDate(one, { reference }) === null ? 0 : 1), 200, 3).toFixed(1)} ms`,
  ])
}

function table(header: string[], body: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]?.length ?? 0)))
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ')
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n')
}

console.log(`@vanban/core on Node ${process.version}\n`)
console.log(table(['parser', 'vanban', 'baseline (one regex pass)', 'ratio (baseline time / vanban time)'], rows))
console.log('\n1 MB adversarial inputs (target: under 50 ms each)\n')
console.log(
  table(
    [
      'input',
      'findDirectiveCodes',
      'findVietnameseDates',
      'normalizeText',
      'parseDirectiveCode',
      'parseVietnameseDate',
    ],
    adversarialRows,
  ),
)
if (sink < 0) console.log(sink)
