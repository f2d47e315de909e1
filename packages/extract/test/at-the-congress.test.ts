import { describe, expect, it } from 'vitest'
import { extractArticle, toGold } from '../src/index.ts'

const read = (text: string) => (toGold(extractArticle(text)).events ?? []).map((e) => [e.kind, e.date, e.organizer])

// `Tại Đại hội, Hội LHPN tỉnh đã ra mắt ...`: a congress, a workshop or a contest referred back to
// by its bare head (then a comma) is the occasion, as `Tại hội nghị,` is: what is done there is done
// that day. A head with a name of its own (`Tại Đại hội Đảng bộ huyện Ia Grai, ...`), or a
// ceremony named by what it did (`Ngay sau lễ phát động,`), is no reference back.
describe('an act done at the event referred back to by its head', () => {
  it.each([
    'Sáng 12/3/2024, Hội LHPN tỉnh tổ chức Đại hội đại biểu lần thứ XVI. Tại Đại hội, Hội LHPN tỉnh đã ra mắt Câu lạc bộ Nữ doanh nhân.',
    'Sáng 12/3/2024, Hội LHPN tỉnh tổ chức Hội thảo về bình đẳng giới. Tại hội thảo này, Hội LHPN tỉnh đã ra mắt Câu lạc bộ Nữ doanh nhân.',
  ])('“%s”: the launch is dated by the event', (text) => {
    expect(read(text)[1]).toEqual(['launch', '2024-03-12', 'Hội LHPN tỉnh'])
  })

  it('a congress named in full is where someone was elected', () => {
    expect(read('Tại Đại hội Đảng bộ huyện Ia Grai, đồng chí Nguyễn Văn An tái đắc cử Bí thư Huyện ủy.')).toEqual([
      ['conference', null, 'Đảng bộ huyện Ia Grai'],
    ])
  })

  it('after a ceremony named by what it did, participants with no body named report nothing more', () => {
    expect(
      read('Ngay sau lễ phát động, đoàn viên thanh niên xã Công Lý đã tổ chức buổi chăm sóc tuyến đường hoa.'),
    ).toEqual([['launch', null, null]])
  })
})
