import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

const directivesOf = (text: string) =>
  extractArticle(`Tin hoạt động\n\n${text}`).directives.map((d) => [d.code, d.issuedOn, d.issuingBody])

// Numbers written before one code (`số 2174 và 2175-NQ/QU`) share its letters, date and body.
describe('numbers that share one code', () => {
  it.each([
    {
      reading: 'two numbers, one suffix',
      text: 'Thực hiện Nghị quyết số 2174 và 2175-NQ/QU ngày 5/6/2024 của Quân ủy Trung ương, đơn vị triển khai.',
      directives: [
        ['2174-NQ/QU', '2024-06-05', 'Quân ủy Trung ương'],
        ['2175-NQ/QU', '2024-06-05', 'Quân ủy Trung ương'],
      ],
    },
    {
      reading: 'a list of State numbers',
      text: 'Căn cứ Quyết định số 12, 13 và 14/QĐ-UBND ngày 3/4/2023 của UBND tỉnh.',
      directives: [
        ['12/QĐ-UBND', '2023-04-03', 'UBND tỉnh'],
        ['13/QĐ-UBND', '2023-04-03', 'UBND tỉnh'],
        ['14/QĐ-UBND', '2023-04-03', 'UBND tỉnh'],
      ],
    },
  ])('$reading', ({ text, directives }) => {
    expect(directivesOf(text)).toEqual(directives)
  })

  it.each([
    { reading: 'a year before `và`', text: 'Năm 2020 và 35-NQ/TW được quán triệt.' },
    { reading: 'a count before `và`', text: 'Chi bộ có 5 và 35-NQ/TW được quán triệt.' },
  ])('not read: $reading', ({ text }) => {
    expect(directivesOf(text)).toEqual([['35-NQ/TW', null, null]])
  })
})

// One issuer's documents of one type numbered one after the other were issued together: the date
// written once after the last is the first's too.
describe('documents numbered together', () => {
  it('takes the date and body written after the next number', () => {
    expect(
      directivesOf(
        'Thực hiện Quyết định số 1748-QĐ/HU và Quyết định số 1749-QĐ/HU ngày 31 tháng 7 năm 2024 của Ban Thường vụ Huyện uỷ Dầu Tiếng về kết nạp đảng viên.',
      ),
    ).toEqual([
      ['1748-QĐ/HU', '2024-07-31', 'Ban Thường vụ Huyện ủy Dầu Tiếng'],
      ['1749-QĐ/HU', '2024-07-31', 'Ban Thường vụ Huyện ủy Dầu Tiếng'],
    ])
  })

  it.each([
    {
      reading: 'numbers far apart: each its own date',
      text: 'Quán triệt Nghị quyết số 35-NQ/TW và Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.',
      first: ['35-NQ/TW', null, 'Bộ Chính trị'],
    },
    {
      reading: 'another issuer',
      text: 'Thực hiện Quyết định số 1748-QĐ/HU và Quyết định số 1749-QĐ/TU ngày 31/7/2024.',
      first: ['1748-QĐ/HU', null, null],
    },
  ])('not read: $reading', ({ text, first }) => {
    expect(directivesOf(text)[0]).toEqual(first)
  })
})
