import { parseMetadataFragment } from '@vanban/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isWordless, looksLikeCaption, segment, unsqueezed } from '../src/segment.ts'

describe('unsqueezed', () => {
  it('finds what /[^\\S ]| {2}|^ | $/u finds, in a line and in its lower case', () => {
    const units = [
      ' ',
      '  ',
      '\t',
      '\n',
      '\u00a0',
      '\u2028',
      '\u3000',
      '\ufeff',
      '\u0085',
      'a',
      'Đ',
      'İ',
      'ử',
      '😀',
      '\ud800',
    ]
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...units), fc.string({ maxLength: 2 })), { maxLength: 8 }),
        (parts) => {
          const line = parts.join('')
          const expected = /[^\S ]| {2}|^ | $/u.test(line)
          expect(unsqueezed(line)).toBe(expected)
          expect(unsqueezed(line.toLowerCase())).toBe(expected)
        },
      ),
      { numRuns: 30000 },
    )
  })
})

describe('isWordless', () => {
  it('reads what its expression reads', () => {
    const units = ['a', 'Z', '0', '.', '*', '-', ' ', 'Đ', '٣', '😀', '\ud800', '_']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { maxLength: 5 }), (parts) => {
        const line = parts.join('')
        expect(isWordless(line)).toBe(!/[\p{L}\p{N}]/u.test(line))
      }),
      { numRuns: 10000 },
    )
  })
})

describe('the metadata fragment gate', () => {
  it('passes every line that opens with a fragment', () => {
    const parts = ['date ', 'DATE ', 'Date\t', '2023-12-08', 'T09:15:00', ' ', 'x', 'Ngày']
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...parts), fc.string({ maxLength: 2 })), { maxLength: 5 }), (p) => {
        const line = p.join('')
        if (parseMetadataFragment(line) !== null) expect(line.charCodeAt(0) | 0x20).toBe(0x64)
      }),
      { numRuns: 10000 },
    )
  })
})

describe('looksLikeCaption', () => {
  it('reads what its expressions read', () => {
    const parts = [
      '(',
      ')',
      'phải',
      'Trái',
      'GIỮA',
      'ảnh',
      'Ảnh',
      'ẢNH',
      ':',
      ' ',
      ',',
      '.',
      '!',
      '?',
      '…',
      '"',
      '”',
      ';',
      'a',
      'Đ',
      '😀',
    ]
    const plain = (line: string): boolean => {
      if (line.length > 220) return false
      if (/\((?:phải|trái|giữa|ảnh[^)]*)\)|^ảnh\s*:/iu.test(line)) return true
      if (line.endsWith(',') && line.trim().split(/\s+/u).length >= 12) return false
      return !/[.!?…"”:;]$/u.test(line)
    }
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...parts), fc.string({ maxLength: 2 })), { maxLength: 16 }),
        (p) => {
          const line = p.join('')
          expect(looksLikeCaption(line)).toBe(plain(line))
        },
      ),
      { numRuns: 30000 },
    )
  })
})

describe('line verdicts read once per line', () => {
  it('cut a page as reading every verdict anew does', () => {
    // Lines the head, the tail and the body each ask about: site text, image files, related
    // headers, leads whose source prefix is cut (leaving a button, an image file, a header).
    const lines = [
      'Hội nghị tổng kết công tác tuyên giáo năm 2024 của Đảng ủy xã',
      'Thứ Ba, 16/01/2024, 09:12 [GMT+7]',
      '14/06/2024',
      'Sáng 14/6, Chi bộ Văn phòng Sở Tư pháp tỉnh Phú Yên tổ chức sinh hoạt chuyên đề.',
      'TPO - Chia sẻ',
      'TPO - Đồng ý',
      '(VOV5) - Tin liên quan',
      'TTXVN - anh-1.jpg',
      'TPO - Sáng 22/3, Tỉnh đoàn Nghệ An tổ chức lớp tập huấn kỹ năng.',
      'Chia sẻ',
      'Bản quyền thuộc về Báo Điện tử',
      'anh-hoi-nghi.jpg',
      'Tin liên quan',
      'Xem thêm',
      'Toàn cảnh hội nghị',
      'Thảo Anh',
      'Theo baodanang.vn',
      'Lượt xem: 312',
      'Hội nghị đã thảo luận, thống nhất các nội dung trọng tâm của năm tới,',
      'đánh giá kết quả thực hiện nhiệm vụ chính trị năm 2024.',
    ]
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...lines), fc.constantFrom('\n', '\n\n')), { minLength: 1, maxLength: 12 }),
        (parts) => {
          const text = parts.map(([line, gap], i) => (i === 0 ? line : gap + line)).join('')
          expect(segment(text)).toEqual(segment(text, false))
        },
      ),
      { numRuns: 5000 },
    )
  })
})
