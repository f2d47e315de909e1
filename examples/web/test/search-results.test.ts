import { describe, expect, it } from 'vitest'
import { appendHits, groupHits, resultCountVi } from '../src/search-results.ts'

type Hit = { __typename: 'Directive' | 'Event' | 'Person'; id: string }
const hit = (__typename: Hit['__typename'], id: string): Hit => ({ __typename, id })
const ORDER = [
  { type: 'Directive', title: 'Văn bản' },
  { type: 'Event', title: 'Sự kiện' },
] as const

describe('search results', () => {
  it.each([
    [20, 215, false, 'Đang hiện 20 trên 215 kết quả'],
    [40, 215, false, 'Đang hiện 40 trên 215 kết quả'],
    [215, 215, true, '215 kết quả'],
    [1200, 1500, false, 'Đang hiện 1.200 trên 1.500 kết quả'],
    // the last page is in: what was reached is the count, whatever the total said
    [213, 215, true, '213 kết quả'],
    [25, 20, false, 'Đang hiện 25 trên 25 kết quả'],
    [0, 0, true, 'Không có kết quả nào'],
  ] as const)('%i shown of %i (complete: %s) reads %j', (shown, total, complete, expected) => {
    expect(resultCountVi(shown, total, complete)).toBe(expected)
  })

  it('groups by type in the order given, keeping the ranking within a group and leaving out empty groups', () => {
    const hits = [hit('Event', 'e1'), hit('Directive', 'd1'), hit('Person', 'p1'), hit('Event', 'e2')]
    expect(groupHits(hits, ORDER)).toEqual([
      { type: 'Directive', title: 'Văn bản', hits: [hit('Directive', 'd1')] },
      { type: 'Event', title: 'Sự kiện', hits: [hit('Event', 'e1'), hit('Event', 'e2')] },
    ])
    expect(groupHits<Hit>([], ORDER)).toEqual([])
  })

  it('adds a page after the hits loaded, without any already loaded', () => {
    const loaded = [hit('Event', '1'), hit('Directive', '1')]
    expect(appendHits(loaded, [hit('Directive', '1'), hit('Person', '1'), hit('Event', '2')])).toEqual([
      hit('Event', '1'),
      hit('Directive', '1'),
      hit('Person', '1'),
      hit('Event', '2'),
    ])
    expect(appendHits([], [hit('Event', '1')])).toEqual([hit('Event', '1')])
  })
})
