import { describe, expect, it } from 'vitest'
import {
  DirectiveCodePartsSchema,
  findDirectiveCodes,
  formatDirectiveCode,
  parseDirectiveCode,
} from '../src/directive-code.ts'

// Each row: a spelling found in Vietnamese news or official texts, and the canonical code it names.
const PARTY_SPELLINGS: readonly (readonly [string, string])[] = [
  // Canonical spellings of real Party documents.
  ['35-NQ/TW', '35-NQ/TW'],
  ['85-QĐ/TW', '85-QĐ/TW'],
  ['99-HD/BTGTW', '99-HD/BTGTW'],
  ['05-CT/TW', '05-CT/TW'],
  ['01-KL/TW', '01-KL/TW'],
  ['144-QĐ/TW', '144-QĐ/TW'],
  ['57-NQ/TW', '57-NQ/TW'],
  ['18-NQ/TW', '18-NQ/TW'],
  ['66-NQ/TW', '66-NQ/TW'],
  ['68-NQ/TW', '68-NQ/TW'],
  ['21-CT/TW', '21-CT/TW'],
  ['24-QĐ/TW', '24-QĐ/TW'],
  ['36-HD/VPTW', '36-HD/VPTW'],
  ['66-QĐ/TW', '66-QĐ/TW'],
  ['28-NQ/TU', '28-NQ/TU'],
  ['1147-QĐ/BTGDVTW', '1147-QĐ/BTGDVTW'],
  ['09-CTr/TU', '09-CTr/TU'],
  ['03-QĐi/TW', '03-QĐi/TW'],
  ['08-TT/TW', '08-TT/TW'],
  ['12-KH/HU', '12-KH/HU'],
  ['15-TB/ĐUK', '15-TB/ĐUK'],
  ['102-QĐ/UBKTTW', '102-QĐ/UBKTTW'],
  ['45-HD/BTGTU', '45-HD/BTGTU'],
  // With the type words and `số` before the code.
  ['Nghị quyết số 35-NQ/TW', '35-NQ/TW'],
  ['Quy định số 85-QĐ/TW', '85-QĐ/TW'],
  ['Quy định 85-QĐ/TW', '85-QĐ/TW'],
  ['Hướng dẫn số 99-HD/BTGTW', '99-HD/BTGTW'],
  ['Chỉ thị số 05-CT/TW', '05-CT/TW'],
  ['Kết luận số 01-KL/TW', '01-KL/TW'],
  ['Chương trình hành động số 09-CTr/TU', '09-CTr/TU'],
  ['Nghị quyết số: 57-NQ/TW', '57-NQ/TW'],
  ['NGHỊ QUYẾT SỐ 18-NQ/TW', '18-NQ/TW'],
  ['nghi quyet so 66-NQ/TW', '66-NQ/TW'],
  // Spacing.
  ['35 - NQ/TW', '35-NQ/TW'],
  ['35 -NQ/TW', '35-NQ/TW'],
  ['35 NQ/TW', '35-NQ/TW'],
  ['35-NQ / TW', '35-NQ/TW'],
  ['Quy định số 85 - QD/TƯ', '85-QĐ/TW'],
  ['  35-NQ/TW  ', '35-NQ/TW'],
  ['35–NQ/TW', '35-NQ/TW'],
  ['35\u00a0-\u00a0NQ/TW', '35-NQ/TW'],
  // A hyphen where the slash belongs; a slash where the hyphen belongs.
  ['72-NQ-TW', '72-NQ/TW'],
  ['Nghị quyết 72-NQ-TW', '72-NQ/TW'],
  ['35/NQ-TW', '35-NQ/TW'],
  // The type code repeated before the number.
  ['QĐ 1147-QĐ/BTGDVTW', '1147-QĐ/BTGDVTW'],
  ['NQ 35-NQ/TW', '35-NQ/TW'],
  // Missing or look-alike Đ, the horn of TƯ, case.
  ['85-QD/TW', '85-QĐ/TW'],
  ['85-QÐ/TW', '85-QĐ/TW'],
  ['85-qđ/tw', '85-QĐ/TW'],
  ['35-nq/tw', '35-NQ/TW'],
  ['35-Nq/Tw', '35-NQ/TW'],
  ['35-NQ/TƯ', '35-NQ/TW'],
  ["35-NQ/TU'", '35-NQ/TW'],
  ['03-qdi/tw', '03-QĐi/TW'],
  ['09-ctr/tu', '09-CTr/TU'],
  ['12-NQ/DU', '12-NQ/ĐU'],
  ['15-TB/DUK', '15-TB/ĐUK'],
  ['5-KH/THU', '5-KH/ThU'],
  ['99-HD/btgtw', '99-HD/BTGTW'],
  // NFD input (combining marks after their letters).
  ['Quy định số 85-QĐ/TW'.normalize('NFD'), '85-QĐ/TW'],
  ['35-NQ/TƯ'.normalize('NFD'), '35-NQ/TW'],
]

const STATE_SPELLINGS: readonly (readonly [string, string])[] = [
  ['13/2023/NĐ-CP', '13/2023/NĐ-CP'],
  ['30/2020/NĐ-CP', '30/2020/NĐ-CP'],
  ['749/QĐ-TTg', '749/QĐ-TTg'],
  ['14/CT-UBND', '14/CT-UBND'],
  ['64/2025/QH15', '64/2025/QH15'],
  ['80/2015/QH13', '80/2015/QH13'],
  ['25/2023/TT-BTTTT', '25/2023/TT-BTTTT'],
  ['10/2024/NQ-HĐND', '10/2024/NQ-HĐND'],
  ['01/2024/TT-BTTTT', '01/2024/TT-BTTTT'],
  ['1234/QĐ-TTg', '1234/QĐ-TTg'],
  ['22/2023/TT-BGDĐT', '22/2023/TT-BGDĐT'],
  ['01/2015/TTLT-BTC-BYT', '01/2015/TTLT-BTC-BYT'],
  ['05/2023/L-CTN', '05/2023/L-CTN'],
  ['35/2023/UBTVQH15', '35/2023/UBTVQH15'],
  ['123/KH-UBND', '123/KH-UBND'],
  ['Nghị định số 13/2023/NĐ-CP', '13/2023/NĐ-CP'],
  ['Nghị định 30/2020/ND-CP', '30/2020/NĐ-CP'],
  ['Quyết định số 749/QĐ-TTg', '749/QĐ-TTg'],
  ['Quyết định số 1234/QD-TTG', '1234/QĐ-TTg'],
  ['Chỉ thị số 14/CT-UBND', '14/CT-UBND'],
  ['Luật số 64/2025/QH15', '64/2025/QH15'],
  ['Thông tư số 25/2023/TT-BTTTT', '25/2023/TT-BTTTT'],
  ['Nghị quyết số 10/2024/NQ-HDND', '10/2024/NQ-HĐND'],
  ['13/2023/nđ-cp', '13/2023/NĐ-CP'],
  ['749/qd-ttg', '749/QĐ-TTg'],
  ['64/2025/qh15', '64/2025/QH15'],
  ['13/2023/NÐ-CP', '13/2023/NĐ-CP'],
  ['Nghị định số 13/2023/NĐ-CP'.normalize('NFD'), '13/2023/NĐ-CP'],
  ['14-CT/UBND', '14/CT-UBND'],
  // Official letters: issuer and drafting unit, no type.
  ['Công văn số 2817/UBND-NC', '2817/UBND-NC'],
  ['Công văn 5120/BTTTT-CBC', '5120/BTTTT-CBC'],
  // A department's or a bureau's letter; a typed code may space the hyphen before the unit.
  ['công văn số 1578/SGDĐT- CTTT', '1578/SGDĐT-CTTT'],
  ['Công văn số 12/PGDĐT - TH', '12/PGDĐT-TH'],
  ['Công văn số 12/UBND - VX', '12/UBND-VX'],
  ['số 73/TTg-CN', '73/TTg-CN'],
  ['6869/VPCP-KGVX', '6869/VPCP-KGVX'],
]

describe('parseDirectiveCode: Party codes in the spellings texts use', () => {
  it.each(PARTY_SPELLINGS)('%j is %s', (text, code) => {
    const parts = parseDirectiveCode(text)
    expect(parts?.code).toBe(code)
    expect(parts?.system).toBe('party')
    expect(parts?.year).toBeUndefined()
  })
})

describe('parseDirectiveCode: State codes as the State writes them', () => {
  it.each(STATE_SPELLINGS)('%j is %s', (text, code) => {
    const parts = parseDirectiveCode(text)
    expect(parts?.code).toBe(code)
    expect(parts?.system).toBe('state')
  })
})

// Text taken from a PDF loses the hyphen (State) or slash (Party) between type and issuer; a
// known type followed by a known issuer of the same system is still the code.
const GLUED_SPELLINGS: readonly (readonly [string, string])[] = [
  ['Số: 1961/QĐUBND', '1961/QĐ-UBND'],
  ['Nghị định số 61/2018/NĐCP', '61/2018/NĐ-CP'],
  ['06/2019/TTBTTTT', '06/2019/TT-BTTTT'],
  ['Thông tư số 01/2018/TTVPCP', '01/2018/TT-VPCP'],
  ['01/2015/TTLTBTC', '01/2015/TTLT-BTC'],
  ['Quy định số 37 – QĐTW', '37-QĐ/TW'],
  ['35-NQTW', '35-NQ/TW'],
  ['12-KHHU', '12-KH/HU'],
]

describe('parseDirectiveCode: type and issuer written together', () => {
  it.each(GLUED_SPELLINGS)('%j is %s', (text, code) => {
    expect(parseDirectiveCode(text)?.code).toBe(code)
  })

  it.each([
    ['no hyphen before a Party pair', '35 NQTW'],
    ['an unknown issuer after the type', '12/KHĐUBND'],
    ['a Party issuer in a State code', '12/NQTW'],
    ['letters that are no type and issuer', '5/ABCD'],
  ])('%s: %j is no code', (_what, text) => {
    expect(parseDirectiveCode(text)).toBeNull()
  })
})

// A code typed with a dash between words: spaces on either side of the hyphen after the type.
describe('parseDirectiveCode: a spaced hyphen between type and issuer', () => {
  it.each([
    ['Chỉ thị 03/CT – TW', '03-CT/TW'],
    ['Kế hoạch số 12/KH - UBND', '12/KH-UBND'],
    ['số 12/KH- UBND', '12/KH-UBND'],
    ['số 12/KH -UBND', '12/KH-UBND'],
    ['Nghị định 12/2020/NĐ - CP', '12/2020/NĐ-CP'],
  ])('%j is %s', (text, code) => {
    expect(parseDirectiveCode(text)?.code).toBe(code)
  })

  it.each([
    ['no type before the dash', 'ngày 5/8 - TW'],
    ['an unknown type', '12/XY - UBND'],
    ['no issuer after the dash', 'Số 5/CT - Tôi'],
    ['two dashes', '12/KH - - UBND'],
    ['three spaces', '12/KH   - UBND'],
  ])('%s: %j is no code', (_what, text) => {
    expect(parseDirectiveCode(text)).toBeNull()
  })
})

// A Party-style body's department after its issuer: the Youth Union's centre writes its units.
describe('parseDirectiveCode: a drafting unit after a Party issuer', () => {
  it.each([
    ['Kế hoạch số 183-KH/TWĐTN-TNNT', { code: '183-KH/TWĐTN-TNNT', issuerCode: 'TWĐTN-TNNT' }],
    ['Số: 225 - KH/TWĐTN-CTTN', { code: '225-KH/TWĐTN-CTTN', issuerCode: 'TWĐTN-CTTN' }],
    ['Quyết định số 367-QĐ/TWĐTN-VP', { code: '367-QĐ/TWĐTN-VP', system: 'party' }],
    ['Hướng dẫn số 05-HD/TU-BTG', { code: '05-HD/TU-BTG', issuerCode: 'TU-BTG' }],
  ])('%j is %o', (text, parts) => {
    expect(parseDirectiveCode(text)).toMatchObject(parts)
  })

  it.each([
    ['a word after the hyphen', 'Nghị quyết 57-NQ/TW-Động lực'],
    ['a heading glued on (a mark)', 'Số: 367 - QĐ/TWĐTN-VPĐOÀN'],
    ['lower case after the hyphen', 'số 35-NQ/TW-nay'],
    ['a unit of nine capitals', 'số 35-NQ/TW-ABCDEFGHI'],
    ['a State issuer in a Party-style code', 'số 35-KH/UBND-VP'],
  ])('%s: %j is no code', (_what, text) => {
    expect(parseDirectiveCode(text)).toBeNull()
  })
})

// Spaces typed inside a State code: after the year, after a unit's hyphen, inside the number.
describe('parseDirectiveCode: spaces typed inside a State code', () => {
  it.each([
    ['Chỉ thị số 01/2011 /CT-VKSTC', '01/2011/CT-VKSTC'],
    ['Nghị định 12/2020  /NĐ-CP', '12/2020/NĐ-CP'],
    ['Số: 04/HD-VKSTC- V4', '04/HD-VKSTC-V4'],
    ['Số: 12/KH-UBND-  VP.', '12/KH-UBND-VP'],
    ['Quyết định số 0 1/QĐ-VKSTC-V9', '01/QĐ-VKSTC-V9'],
    ['kế hoạch số 83/ KH-LĐLĐ', '83/KH-LĐLĐ'],
    ['Quyết định số 12/  QĐ-UBND', '12/QĐ-UBND'],
    ['Chỉ thị số 0 5-CT/TW', '05-CT/TW'],
  ])('%j is %s', (text, code) => {
    expect(parseDirectiveCode(text)?.code).toBe(code)
  })

  it.each([
    ['three spaces before the slash', 'số 01/2011   /CT-VKSTC', null],
    ['a date before a slash', 'ngày 01/2011 / tháng', null],
    ['a heading word after the hyphen (marks)', 'Số: 12/KH-UBND- KẾ', '12/KH-UBND'],
    ['words after the hyphen', 'Số: 12/KH-UBND- VỀ VIỆC', '12/KH-UBND'],
    ['lower case after the hyphen', 'số 12/KH-UBND- về', '12/KH-UBND'],
    ['a number before, not a lone zero', 'trang 10 1/QĐ-UBND', '1/QĐ-UBND'],
    ['lower case after a spaced slash', 'tỷ lệ 83/ kh-ubnd', null],
    ['a date after a spaced slash', 'ngày 15/ 2/2017', null],
    ['three spaces after the slash', 'số 83/   KH-UBND', null],
    ['a file name in capitals, hyphens only', '18-2019-TT-BGDĐT Thông tư ban hành quy định', '18/2019/TT-BGDĐT'],
    ['a file name in lower case (a slug)', 'tai-ve/18-2019-tt-bgddt.pdf', null],
    ['a file name with an unknown issuer', 'số 18-2019-TT-ABCD', null],
    ['a file name of a Government resolution', 'số 18-2019-NQ-CP', '18/2019/NQ-CP'],
    ['a number and a range of years', 'số 18-2019-2020', null],
    ['words run together: a tail word glued on (ngày)', 'Thông báo số 70-TB/TWngày 06 tháng 01', '70-TB/TW'],
    ['words run together: của glued on', 'Quyết định số 12/QĐ-UBNDcủa tỉnh', '12/QĐ-UBND'],
    ['words run together: về glued on', 'Nghị quyết 35-NQ/TWvề xây dựng Đảng', '35-NQ/TW'],
    ['another word glued on', 'số 70-TB/TWnay', null],
    ['a glued word running on', 'số 70-TB/TWngàyxx', null],
    ['one capital before a glued word', 'số 12/QĐ-Ungày', null],
  ])('%s: %j', (_what, text, code) => {
    expect(findDirectiveCodes(text)[0]?.parts.code ?? null).toBe(code)
  })
})

// A number with a lower-case letter names a document issued between two numbers: part of it.
describe('parseDirectiveCode: a number with a letter', () => {
  it.each([
    ['Nghị quyết 30a/2008/NQ-CP', { code: '30a/2008/NQ-CP', number: '30a', year: 2008 }],
    ['Nghị quyết số 30c/NQ-CP', { code: '30c/NQ-CP', number: '30c' }],
    ['Nghị quyết số 30c/NQCP', { code: '30c/NQ-CP', number: '30c' }],
    ['Quyết định số 5a-QĐ/TU', { code: '5a-QĐ/TU', number: '5a' }],
  ])('%j is %o', (text, parts) => {
    expect(parseDirectiveCode(text)).toMatchObject(parts)
  })

  it.each([
    ['two letters', 'số 12ab/NQ-CP'],
    ['an upper-case letter', 'số 30A/NQ-CP'],
    ['no code after the letter', 'lớp 12a/3'],
    ['a space after the letter', 'nhà 12b - KH/TU'],
  ])('%s: %j is no code', (_what, text) => {
    expect(parseDirectiveCode(text)).toBeNull()
  })
})

describe('findDirectiveCodes: the type word over the letters of a Party code', () => {
  it.each([
    ['Kết luận số 01-CT/TW của Bộ Chính trị', '01-KL/TW'],
    ['triển khai Kế hoạch số 12-CT/TU', '12-KH/TU'],
    // The words and letters agree, or the word names no single Party type, or opens no name.
    ['Chỉ thị số 05-CT/TW', '05-CT/TW'],
    ['Quy định số 07-CT/TW', '07-CT/TW'],
    ['Thông báo kết luận số 47-TB/TW', '47-TB/TW'],
    ['Quyết định số 1234/QĐ-TTg', '1234/QĐ-TTg'],
    // `Công văn` is said of any dispatched document: the letters stand, unless they say CV.
    ['Công văn 09-QC/TW ngày 05/01/2026', '09-QC/TW'],
    ['theo công văn số 45-HD/BTGTU', '45-HD/BTGTU'],
    ['Công văn số 123-CV/TU', '123-CV/TU'],
    ['Công văn số 2817/UBND-NC', '2817/UBND-NC'],
  ])('%j is %s', (text, code) => {
    expect(findDirectiveCodes(text).map((c) => c.parts.code)).toEqual([code])
  })
})

describe('parseDirectiveCode: the parts', () => {
  it.each([
    ['Nghị quyết số 35-NQ/TW', { code: '35-NQ/TW', system: 'party', type: 'NQ', number: '35', issuerCode: 'TW' }],
    ['05-CT/TW', { code: '05-CT/TW', system: 'party', type: 'CT', number: '05', issuerCode: 'TW' }],
    ['28-NQ/TU', { code: '28-NQ/TU', system: 'party', type: 'NQ', number: '28', issuerCode: 'TU' }],
    [
      '1147-QĐ/BTGDVTW',
      { code: '1147-QĐ/BTGDVTW', system: 'party', type: 'QĐ', number: '1147', issuerCode: 'BTGDVTW' },
    ],
    [
      '13/2023/NĐ-CP',
      { code: '13/2023/NĐ-CP', system: 'state', type: 'NĐ', number: '13', year: 2023, issuerCode: 'CP' },
    ],
    ['14/CT-UBND', { code: '14/CT-UBND', system: 'state', type: 'CT', number: '14', issuerCode: 'UBND' }],
    [
      'Luật số 64/2025/QH15',
      { code: '64/2025/QH15', system: 'state', type: 'Luật', number: '64', year: 2025, issuerCode: 'QH15' },
    ],
    [
      '64/2025/QH15',
      { code: '64/2025/QH15', system: 'state', type: 'Luật', number: '64', year: 2025, issuerCode: 'QH15' },
    ],
    [
      'Nghị quyết số 68/2022/QH15',
      { code: '68/2022/QH15', system: 'state', type: 'NQ', number: '68', year: 2022, issuerCode: 'QH15' },
    ],
    [
      'Pháp lệnh số 02/2022/UBTVQH15',
      { code: '02/2022/UBTVQH15', system: 'state', type: 'PL', number: '02', year: 2022, issuerCode: 'UBTVQH15' },
    ],
    [
      '01/2015/TTLT-BTC-BYT',
      { code: '01/2015/TTLT-BTC-BYT', system: 'state', type: 'TTLT', number: '01', year: 2015, issuerCode: 'BTC-BYT' },
    ],
  ] as const)('%j', (text, expected) => {
    expect(parseDirectiveCode(text)).toEqual(expected)
    expect(DirectiveCodePartsSchema.safeParse(expected).success).toBe(true)
  })

  it('keeps TU (Tỉnh ủy) apart from TƯ (Trung ương)', () => {
    expect(parseDirectiveCode('28-NQ/TU')?.issuerCode).toBe('TU')
    expect(parseDirectiveCode('28-nq/tu')?.issuerCode).toBe('TU')
    expect(parseDirectiveCode('28-NQ/TƯ')?.issuerCode).toBe('TW')
    expect(parseDirectiveCode('28-NQ/tư')?.issuerCode).toBe('TW')
  })

  it('QĐ stays QĐ whether the text calls it Quy định or Quyết định', () => {
    expect(parseDirectiveCode('Quy định số 85-QĐ/TW')?.type).toBe('QĐ')
    expect(parseDirectiveCode('Quyết định số 1147-QĐ/BTGDVTW')?.type).toBe('QĐ')
  })
})

describe('parseDirectiveCode: what is not a code', () => {
  it.each([
    ['a date', '22/10/2018'],
    ['a date with hyphens', '22-10-2018'],
    ['a date with dots', '22.10.2018'],
    ['a month and year', '10/2018'],
    ['a day and month', '13/5'],
    ['a date after ngày', 'ngày 22/10/2018'],
    ['an ISO date', '2023-12-08'],
    ['a count', '35 đại biểu'],
    ['a number', '35'],
    ['a phone number with dots', '0243.123.4567'],
    ['a phone number with hyphens', '024-3823-1234'],
    ['a mobile number', '0912 345 678'],
    ['money', '35.000.000 đồng'],
    ['money with a unit', '1,5 tỷ đồng'],
    ['an organisation named after a resolution', 'Ban Chỉ đạo 35'],
    ['a quarter', 'Quý II'],
    ['a quarter and year', 'Quý II năm 2023'],
    ['a number without a type code', 'Nghị quyết 35'],
    ['a number without a type code, with số', 'Nghị quyết số 35'],
    ['a plenum', 'Nghị quyết Trung ương 4'],
    ['a URL with a code-like slug', 'https://baochinhphu.vn/nghi-quyet-35-nq-tw-102231115.htm'],
    ['a file name', '20231115-35-nq-tw.jpg'],
    ['plain words', 'Bộ Chính trị'],
    ['the empty string', ''],
    ['type and issuer without a number', 'NQ/TW'],
    ['an unknown type code', '35-XYZ/TW'],
    ['an unknown issuer in lower case', '5 tb/ngày'],
    ['space instead of both separators', '35 NQ TW'],
    ['a hyphen-for-slash with a non-Party issuer', '35-NQ-CP'],
    ['a time', '9:36:00 PM'],
    ['a ratio', '35/100'],
    ['a code with a sentence after it', 'Nghị quyết số 35-NQ/TW ngày 22/10/2018'],
    ['two codes', '35-NQ/TW và 85-QĐ/TW'],
    ['a code after unrelated words', 'Ban Chỉ đạo 35-NQ/TW'],
    ['a Party code with a year', '35/2018/NQ-TW'],
    ['a law without its year', '64/QH15'],
    ['a year out of range', '13/1800/NĐ-CP'],
    ['a seven-digit number', '1234567-NQ/TW'],
    ['a truncated issuer', 'Chỉ thị số 12-CT/T'],
    ['an official letter of an unknown issuer', '2817/XYZ-NC'],
    ['an official letter of a Party issuer', '2817/TU-NC'],
    ['an official letter with a year', '2817/2024/UBND-NC'],
    ['a spaced hyphen before a word', '12/UBND - Tôi'],
    ['an unknown department', '12/SCA-VP'],
  ])('%s: %j', (_what, text) => {
    expect(parseDirectiveCode(text)).toBeNull()
  })
})

describe('formatDirectiveCode', () => {
  it.each([
    [{ system: 'party', type: 'NQ', number: '35', issuerCode: 'TW' }, '35-NQ/TW'],
    [{ system: 'party', type: 'QĐ', number: '85', issuerCode: 'TW' }, '85-QĐ/TW'],
    [{ system: 'party', type: 'CT', number: '05', issuerCode: 'TW' }, '05-CT/TW'],
    [{ system: 'state', type: 'NĐ', number: '13', year: 2023, issuerCode: 'CP' }, '13/2023/NĐ-CP'],
    [{ system: 'state', type: 'CT', number: '14', issuerCode: 'UBND' }, '14/CT-UBND'],
    [{ system: 'state', type: 'Luật', number: '64', year: 2025, issuerCode: 'QH15' }, '64/2025/QH15'],
    [{ system: 'state', type: 'NQ', number: '68', year: 2022, issuerCode: 'QH15' }, '68/2022/QH15'],
    [{ system: 'state', type: 'CV', number: '2817', issuerCode: 'UBND-NC' }, '2817/UBND-NC'],
    [{ system: 'state', type: 'CV', number: '12', issuerCode: 'UBND' }, '12/CV-UBND'],
  ] as const)('%o is %s', (parts, code) => {
    expect(formatDirectiveCode(parts)).toBe(code)
  })

  it('rejects parts whose code is not their canonical code', () => {
    const result = DirectiveCodePartsSchema.safeParse({
      code: '35-NQ/Tw',
      system: 'party',
      type: 'NQ',
      number: '35',
      issuerCode: 'TW',
    })
    expect(result.success).toBe(false)
  })

  it('rejects a Party code with a year and a State type in a Party code', () => {
    expect(
      DirectiveCodePartsSchema.safeParse({
        code: '35-NQ/TW',
        system: 'party',
        type: 'NQ',
        number: '35',
        year: 2018,
        issuerCode: 'TW',
      }).success,
    ).toBe(false)
    expect(
      DirectiveCodePartsSchema.safeParse({
        code: '13-NĐ/TW',
        system: 'party',
        type: 'NĐ',
        number: '13',
        issuerCode: 'TW',
      }).success,
    ).toBe(false)
  })
})

describe('findDirectiveCodes in sentences', () => {
  function codes(text: string): string[] {
    return findDirectiveCodes(text).map((m) => m.parts.code)
  }

  it.each([
    ['an official letter after văn bản', 'ký ban hành văn bản số 3653/UBND-TNMT, V/v đề xuất', ['3653/UBND-TNMT']],
    ['an official letter in brackets', 'đã có Công văn (số 73/TTg-CN) chỉ đạo', ['73/TTg-CN']],
    ['a law after its name', 'Luật Thủ đô số 39/2024/QH15 có hiệu lực', ['39/2024/QH15']],
    ['a notice of conclusions', 'Thông báo kết luận số 47-TB/TW của Bộ Chính trị', ['47-TB/TW']],
    ['no code of an issuer cut short', 'Chỉ thị số 12-CT/T của Tỉnh ủy', []],
  ])('%s', (_what, text, expected) => {
    expect(codes(text)).toEqual(expected)
  })

  it('finds one code in a citation with its date, not the date', () => {
    const text = 'Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị'
    const found = findDirectiveCodes(text)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ raw: '35-NQ/TW', start: 14, end: 22, kind: 'resolution' })
    expect(text.slice(found[0]?.start, found[0]?.end)).toBe('35-NQ/TW')
  })

  it('finds several codes in order, with spans into the text', () => {
    const text =
      'Hội nghị quán triệt Nghị quyết số 35-NQ/TW của Bộ Chính trị, Quy định 85-QĐ/TW ngày 7/10/2022 của Ban Bí thư ' +
      'và Hướng dẫn số 99-HD/BTGTW; triển khai Nghị định 13/2023/NĐ-CP và Chỉ thị số 14/CT-UBND (ngày 25/11).'
    const found = findDirectiveCodes(text)
    expect(found.map((m) => m.parts.code)).toEqual([
      '35-NQ/TW',
      '85-QĐ/TW',
      '99-HD/BTGTW',
      '13/2023/NĐ-CP',
      '14/CT-UBND',
    ])
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.raw)
    expect(found.map((m) => m.raw)).toEqual(['35-NQ/TW', '85-QĐ/TW', '99-HD/BTGTW', '13/2023/NĐ-CP', '14/CT-UBND'])
  })

  it('gives frozen parts, the same for the same code however it is written, and the raw text as written', () => {
    const text =
      'Nghị quyết 35-NQ/TW, Nghị quyết 35 - NQ/TW, Nghị quyết số 35-nq/tw và Nghị định 13/2023/NĐ-CP, 13/2023/NĐ-CP.'
    const found = findDirectiveCodes(text)
    expect(found.map((m) => m.raw)).toEqual(['35-NQ/TW', '35 - NQ/TW', '35-nq/tw', '13/2023/NĐ-CP', '13/2023/NĐ-CP'])
    for (const m of found) expect(Object.isFrozen(m.parts)).toBe(true)
    expect(found[1]!.parts).toBe(found[0]!.parts)
    expect(found[2]!.parts).toBe(found[0]!.parts)
    expect(found[4]!.parts).toBe(found[3]!.parts)
    expect(found[3]!.parts).not.toBe(found[0]!.parts)
    // A code of another number or type is other parts.
    expect(parseDirectiveCode('36-NQ/TW')).not.toBe(parseDirectiveCode('35-NQ/TW'))
    expect(parseDirectiveCode('35-CT/TW')?.code).toBe('35-CT/TW')
  })

  it('reports the kind the type word gives, so QĐ reads as regulation or decision', () => {
    const found = findDirectiveCodes('Quy định 85-QĐ/TW và Quyết định số 1147-QĐ/BTGDVTW, cùng 24-QĐ/TW.')
    expect(found.map((m) => m.kind)).toEqual(['regulation', 'decision', undefined])
  })

  it('reads the spellings texts use and keeps the span on what is written', () => {
    const text =
      'Quy định số 85 - QD/TƯ; Nghị quyết 72-NQ-TW; QĐ 1147-QĐ/BTGDVTW; Thực hiện Nghị quyết số 28-NQ/TU; Phóng sự'
    const found = findDirectiveCodes(text)
    expect(found.map((m) => [m.parts.code, m.raw])).toEqual([
      ['85-QĐ/TW', '85 - QD/TƯ'],
      ['72-NQ/TW', '72-NQ-TW'],
      ['1147-QĐ/BTGDVTW', '1147-QĐ/BTGDVTW'],
      ['28-NQ/TU', '28-NQ/TU'],
    ])
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.raw)
  })

  it('gives offsets into NFD input, combining marks included', () => {
    const text = 'Nghị quyết số 35-NQ/TƯ và 13/2023/NĐ-CP'.normalize('NFD')
    const found = findDirectiveCodes(text)
    expect(found.map((m) => m.parts.code)).toEqual(['35-NQ/TW', '13/2023/NĐ-CP'])
    expect(found[0]?.raw).toBe('35-NQ/T\u0055\u031b')
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.raw)
  })

  it('skips dates, phone numbers, money, slugs and named committees', () => {
    expect(
      codes(
        'Sáng 13/5, Ban Chỉ đạo 35 tỉnh họp (Quý II năm 2023). Liên hệ 024-3823-1234 hoặc 0243.123.4567; kinh phí 35.000.000 đồng. ' +
          'Ảnh: 20231115-BT-Hung-phat-bieu.jpg, https://example.vn/nghi-quyet-35-nq-tw-abc. Theo Nghị quyết 35 và Nghị quyết Trung ương 4.',
      ),
    ).toEqual([])
  })

  it('reads a quoted TU as Tỉnh ủy, not as TU′', () => {
    expect(codes("kênh 'Thực hiện Nghị quyết '28-NQ/TU'")).toEqual(['28-NQ/TU'])
  })

  it('takes the type of a National Assembly code from the word before it', () => {
    const found = findDirectiveCodes('Luật số 64/2025/QH15, Nghị quyết số 190/2025/QH15 và Pháp lệnh 02/2022/UBTVQH15')
    expect(found.map((m) => [m.parts.code, m.parts.type])).toEqual([
      ['64/2025/QH15', 'Luật'],
      ['190/2025/QH15', 'NQ'],
      ['02/2022/UBTVQH15', 'PL'],
    ])
  })

  it('finds codes at the very start and end of a text and beside brackets', () => {
    expect(codes('35-NQ/TW')).toEqual(['35-NQ/TW'])
    expect(codes('(05-CT/TW)')).toEqual(['05-CT/TW'])
    expect(codes('[13/2023/NĐ-CP]')).toEqual(['13/2023/NĐ-CP'])
  })

  it('reads 1 MB of adversarial text and finds exactly the codes in it', () => {
    const filler =
      'Nghị quyết số '.repeat(20_000) +
      '1/'.repeat(50_000) +
      '9'.repeat(100_000) +
      '35-'.repeat(30_000) +
      'NQ/'.repeat(30_000)
    const text = `${filler} Nghị quyết số 35-NQ/TW ${'0'.repeat(200_000)} 13/2023/NĐ-CP ${'-/ '.repeat(100_000)}`
    expect(text.length).toBeGreaterThan(1_000_000)
    const found = findDirectiveCodes(text)
    expect(found.map((m) => m.parts.code)).toEqual(['35-NQ/TW', '13/2023/NĐ-CP'])
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.raw)
    expect(parseDirectiveCode(text)).toBeNull()
  })
})
