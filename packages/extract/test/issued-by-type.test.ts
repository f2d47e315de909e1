import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

// The page of one document (`Văn bản số 1220/UBND-KGVX về việc ...`) that first names what it
// carries out (`Thực hiện A; B ...`) and later reports a body issuing it by its type alone
// (`Ngày 03/5/2021, UBND tỉnh Tuyên Quang ban hành Văn bản chỉ đạo ...`): the document implements
// A and B, and that sentence gives its date and body.
const read = (text: string) => {
  const x = extractArticle(text)
  return {
    relations: x.relations.map((r) => `${r.from} ${r.type} ${r.to}`),
    self: x.directives.map((d) => [d.code, d.issuedOn, d.issuingBody])[0],
  }
}

const OPENING =
  'Thực hiện chỉ đạo của Thủ tướng Chính phủ tại Công điện số 570/CĐ-TTg ngày 02/5/2021 về việc chấn chỉnh công tác phòng, chống dịch COVID-19; Thông báo số 89/TB-VPCP ngày 01/5/2021 của Văn phòng Chính phủ về phòng, chống dịch COVID-19.'

describe('the page’s own document, issued by its type alone', () => {
  it.each([
    {
      reading: '`Văn bản` after an opening of its own and a sentence between',
      text: `Văn bản số 1220/UBND-KGVX về việc chấn chỉnh công tác phòng, chống dịch\n\n${OPENING}\n\nĐể chuẩn bị tốt cho bầu cử; kịp thời chấn chỉnh những bất cập, Ngày 03/5/2021, UBND tỉnh Tuyên Quang ban hành Văn bản chỉ đạo các Sở, ban, ngành.`,
      relations: ['1220/UBND-KGVX implements 570/CĐ-TTg', '1220/UBND-KGVX implements 89/TB-VPCP'],
      self: ['1220/UBND-KGVX', '2021-05-03', 'UBND tỉnh Tuyên Quang'],
    },
    {
      reading: 'the type name of the document itself',
      text: `Kế hoạch số 45/KH-UBND về phòng, chống dịch\n\n${OPENING}\n\nỦy ban nhân dân huyện ban hành Kế hoạch triển khai các biện pháp.`,
      relations: ['45/KH-UBND implements 570/CĐ-TTg', '45/KH-UBND implements 89/TB-VPCP'],
      self: ['45/KH-UBND', null, 'Ủy ban nhân dân huyện'],
    },
  ])('$reading', ({ text, relations, self }) => {
    expect(read(text)).toEqual({ relations, self })
  })

  it.each([
    {
      reading: 'a news story, no document of its own',
      text: `Phòng, chống dịch trên địa bàn tỉnh\n\n${OPENING}\n\nNgày 03/5/2021, UBND tỉnh Tuyên Quang ban hành Văn bản chỉ đạo các Sở.`,
    },
    {
      reading: 'a document of another type issued',
      text: `Kế hoạch số 45/KH-UBND về phòng, chống dịch\n\n${OPENING}\n\nỦy ban nhân dân huyện ban hành Quyết định thành lập Ban Chỉ đạo.`,
    },
    {
      reading: 'the opening goes on with a clause of its own',
      text: `Kế hoạch số 45/KH-UBND về phòng, chống dịch\n\nThực hiện Công điện số 570/CĐ-TTg ngày 02/5/2021, Ủy ban nhân dân tỉnh tổ chức họp.\n\nỦy ban nhân dân huyện ban hành Kế hoạch triển khai.`,
    },
  ])('not read: $reading', ({ text }) => {
    expect(read(text).relations).toEqual([])
  })
})
