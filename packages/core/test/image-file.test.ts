import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isImageFileLine } from '../src/index.ts'

describe('isImageFileLine', () => {
  it.each([
    { line: '20240303-hoi-nghi-01.jpg', expected: true },
    { line: '  IMG_1234.JPG ', expected: true },
    { line: '20231115-Dc-Nguyễn-Văn-Thể.jpeg', expected: true },
    { line: 'ban-do.svg', expected: true },
    { line: 'anh-chup.heic', expected: true },
    { line: 'Đại biểu dự hội nghị.', expected: false },
    { line: 'Xem ảnh tại hoi-nghi.jpg', expected: false },
    { line: 'bao-cao.pdf', expected: false },
    { line: '', expected: false },
  ])('reads $line as an image file name: $expected', ({ line, expected }) => {
    expect(isImageFileLine(line)).toBe(expected)
  })
})

describe('isImageFileLine, tried only with a dot before its extension', () => {
  it('reads what the expression reads on the trimmed line', () => {
    const parts = [
      'a',
      'Đ',
      '-',
      '.',
      'jpg',
      'JPEG',
      'tif',
      'tiff',
      'ſvg',
      'heic',
      'webp',
      'pdf',
      ' ',
      '\t',
      '\u00a0',
      '😀',
    ]
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...parts), fc.string({ maxLength: 2 })), { maxLength: 6 }), (p) => {
        const line = p.join('')
        const expected = /^[^\s]{1,200}\.(?:jpe?g|png|gif|webp|bmp|avif|svg|tiff?|heic)$/iu.test(line.trim())
        expect(isImageFileLine(line)).toBe(expected)
      }),
      { numRuns: 30000 },
    )
  })
})
