import { describe, expect, it } from 'vitest'
import { extractArticle } from '../src/index.ts'

const events = (...sentences: string[]) =>
  extractArticle(sentences.join('\n\n')).events.map((e) => [e.kind, e.date, e.organizer])

// An undated report of an event of a kind already reported, under the same first words of its
// name, by the same organiser or the start of its name, is that event told again.
describe('an event told again by its host', () => {
  it('a ceremony restated without its day', () => {
    expect(
      events(
        'Ngày 08/7/2025, Chi bộ Sinh viên Kinh tế tài chính trực thuộc Đảng bộ bộ phận trường Kinh tế tài chính đã long trọng tổ chức Lễ kết nạp Đảng viên cho hai sinh viên ưu tú.',
        'Tham dự buổi lễ có đồng chí Bí thư Đảng bộ bộ phận.',
        'Tiếp tục thực hiện có hiệu quả công tác phát triển đảng trong sinh viên, Chi bộ Sinh viên Kinh tế tài chính đã tổ chức lễ kết nạp Đảng cho hai quần chúng ưu tú.',
      ),
    ).toEqual([
      [
        'ceremony',
        '2025-07-08',
        'Chi bộ Sinh viên Kinh tế tài chính trực thuộc Đảng bộ bộ phận trường Kinh tế tài chính',
      ],
    ])
  })

  it.each([
    [
      'two days, two ceremonies',
      [
        'Ngày 3/2/2024, Chi bộ thôn Đông tổ chức Lễ kết nạp đảng viên cho anh A.',
        'Ngày 5/3/2024, Chi bộ thôn Đông tổ chức Lễ kết nạp đảng viên cho chị B.',
      ],
      [
        ['ceremony', '2024-02-03', 'Chi bộ thôn Đông'],
        ['ceremony', '2024-03-05', 'Chi bộ thôn Đông'],
      ],
    ],
    [
      'another host',
      [
        'Ngày 3/2/2024, Chi bộ thôn Đông tổ chức Lễ kết nạp đảng viên cho anh A.',
        'Chi bộ thôn Tây cũng đã tổ chức Lễ kết nạp đảng viên cho chị B.',
      ],
      [
        ['ceremony', '2024-02-03', 'Chi bộ thôn Đông'],
        ['ceremony', null, 'Chi bộ thôn Tây'],
      ],
    ],
    [
      'another event of the host',
      [
        'Ngày 3/2/2024, Chi bộ thôn Đông tổ chức Lễ kết nạp đảng viên cho anh A.',
        'Chi bộ thôn Đông cũng đã tổ chức Lễ trao Huy hiệu 50 năm tuổi Đảng cho ông C.',
      ],
      [
        ['ceremony', '2024-02-03', 'Chi bộ thôn Đông'],
        ['ceremony', null, 'Chi bộ thôn Đông'],
      ],
    ],
  ])('%s stay apart', (_, sentences, expected) => {
    expect(events(...sentences)).toEqual(expected)
  })
})
