/**
 * The founding days an anniversary is counted from when a report names the occasion and not its
 * year (`kỷ niệm 95 năm Ngày thành lập Hội LHPN Việt Nam`, `kỷ niệm 128 năm ngày sinh Bác Hồ`):
 * the days of the national calendar of anniversaries, each a year every reader of such reports
 * knows. Only national bodies and days: a local branch (`Hội LHPN huyện`) has its own founding.
 *
 * @module
 */

/** One occasion an anniversary is counted from: how a text names it and the year it began. */
export type AnniversaryOrigin = { name: string; pattern: RegExp; year: number }

// Each pattern reads the words after `kỷ niệm N năm`, from their start (a `ngày`/`thành lập`
// between is allowed by the caller's prefix).
/** The national occasions, by the words naming them. */
export const ANNIVERSARY_ORIGINS: readonly AnniversaryOrigin[] = [
  {
    name: 'ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890)',
    pattern: /^sinh\s+(?:của\s+)?(?:Chủ tịch Hồ Chí Minh|Bác Hồ|Bác(?![\p{L}]))/iu,
    year: 1890,
  },
  {
    name: 'Đảng Cộng sản Việt Nam (3/2/1930)',
    pattern: /^(?:thành lập\s+)?Đảng(?:\s+Cộng sản Việt Nam)?(?!\s*(?:bộ|ủy|uỷ|viên|đoàn))(?![\p{L}])/u,
    year: 1930,
  },
  {
    name: 'Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930)',
    pattern: /^(?:thành lập\s+)?Hội\s+(?:Liên hiệp Phụ nữ|LHPN)\s+Việt Nam/iu,
    year: 1930,
  },
  { name: 'Hội Nông dân Việt Nam (14/10/1930)', pattern: /^(?:thành lập\s+)?Hội\s+Nông dân\s+Việt Nam/iu, year: 1930 },
  {
    name: 'Mặt trận Tổ quốc Việt Nam (18/11/1930)',
    pattern: /^(?:thành lập\s+|truyền thống\s+)?Mặt trận Tổ quốc\s+Việt Nam/iu,
    year: 1930,
  },
  { name: 'Công đoàn Việt Nam (28/7/1929)', pattern: /^(?:thành lập\s+)?Công đoàn\s+Việt Nam/iu, year: 1929 },
  {
    name: 'Đoàn TNCS Hồ Chí Minh (26/3/1931)',
    pattern: /^(?:thành lập\s+)?Đoàn\s+(?:TNCS|Thanh niên Cộng sản)\s+Hồ Chí Minh/iu,
    year: 1931,
  },
  {
    name: 'Đội TNTP Hồ Chí Minh (15/5/1941)',
    pattern: /^(?:thành lập\s+)?Đội\s+(?:TNTP|Thiếu niên Tiền phong)\s+Hồ Chí Minh/iu,
    year: 1941,
  },
  {
    name: 'Quân đội nhân dân Việt Nam (22/12/1944)',
    pattern: /^(?:thành lập\s+)?Quân đội nhân dân\s+Việt Nam/iu,
    year: 1944,
  },
  {
    name: 'Hội Cựu chiến binh Việt Nam (6/12/1989)',
    pattern: /^(?:thành lập\s+)?Hội\s+Cựu chiến binh\s+Việt Nam/iu,
    year: 1989,
  },
  // The day the Women's Union was founded, 20/10, named Vietnamese Women's Day in 2010.
  { name: 'Ngày Phụ nữ Việt Nam (20/10/2010)', pattern: /^Phụ nữ\s+Việt Nam/iu, year: 2010 },
  { name: 'Cách mạng Tháng Tám (19/8/1945)', pattern: /^Cách mạng Tháng Tám/iu, year: 1945 },
  { name: 'Quốc khánh (2/9/1945)', pattern: /^Quốc khánh/iu, year: 1945 },
  { name: 'Ngày Thương binh - Liệt sĩ (27/7/1947)', pattern: /^Thương binh\s*[-–]\s*Liệt sĩ/iu, year: 1947 },
  { name: 'Báo chí Cách mạng Việt Nam (21/6/1925)', pattern: /^Báo chí Cách mạng\s+Việt Nam/iu, year: 1925 },
  { name: 'Chiến thắng Điện Biên Phủ (7/5/1954)', pattern: /^Chiến thắng Điện Biên Phủ/iu, year: 1954 },
]

// The words `kỷ niệm N năm` may be followed by before the occasion: `Ngày`, `ngày truyền thống`.
const LEAD = /^\s*(?:(?:ngày|Ngày)\s+)?(?:truyền thống\s+)?(?:ngày\s+)?/u

/**
 * The year of the national occasion whose name `after` opens with (the words after `kỷ niệm N
 * năm`), or `null` when it names none the table holds.
 */
export function anniversaryOrigin(after: string): number | null {
  const rest = after.slice((LEAD.exec(after)?.[0] ?? '').length)
  for (const origin of ANNIVERSARY_ORIGINS) if (origin.pattern.test(rest)) return origin.year
  return null
}
