import type { OrganizationLevel } from '@vanban/core'

/**
 * Words in an organisation's name that place it at a level of the system, as news writes them.
 * The word met first in the name decides (`Chi bộ Vụ Tổ chức cán bộ` is a party cell, not a
 * central body; `Đảng ủy Khối các cơ quan Trung ương` a bloc committee), the longer word at the
 * same place (`huyện ủy` over `huyện`). Compared in lower case with diacritics, whole words only,
 * since folding makes `xã` (commune) of `xa`; `caseSensitive` words are compared as written, since
 * `Bộ Tư pháp` is a ministry and `cán bộ` is not. `city` words (`Thành ủy`, `thành phố`) name a
 * centrally-run city (provincial) or a provincial town (district); the name after them decides.
 */
export const LEVEL_WORDS: ReadonlyArray<{
  words: string
  level: OrganizationLevel | 'city'
  caseSensitive?: true
  /** Words that, right after, make it another word: `xã hội` (social), `Bộ Chỉ huy Quân sự tỉnh`. */
  notBefore?: readonly string[]
  /**
   * Not a syllable of a person's name: not right after a capitalised syllable (`trường THCS Đinh Bộ
   * Lĩnh`), save `Đảng` (`Ban Cán sự Đảng Bộ Y tế`).
   */
  notInName?: true
}> = [
  { words: 'chi bộ', level: 'grassroots' },
  { words: 'tổ đảng', level: 'grassroots' },
  { words: 'cơ sở', level: 'grassroots' },
  { words: 'đảng ủy khối', level: 'bloc' },
  { words: 'đảng bộ khối', level: 'bloc' },
  { words: 'xã', level: 'commune', notBefore: ['hội'] },
  { words: 'phường', level: 'commune' },
  { words: 'thị trấn', level: 'commune' },
  { words: 'đặc khu', level: 'commune' },
  { words: 'huyện ủy', level: 'district' },
  { words: 'quận ủy', level: 'district' },
  { words: 'thị ủy', level: 'district' },
  { words: 'huyện đoàn', level: 'district' },
  { words: 'quận đoàn', level: 'district' },
  { words: 'thị đoàn', level: 'district' },
  { words: 'huyện', level: 'district' },
  { words: 'quận', level: 'district' },
  { words: 'thị xã', level: 'district' },
  { words: 'tỉnh ủy', level: 'provincial' },
  { words: 'tỉnh đoàn', level: 'provincial' },
  { words: 'tỉnh', level: 'provincial' },
  { words: 'thủ đô', level: 'provincial' },
  { words: 'Sở', level: 'provincial', caseSensitive: true },
  { words: 'UBND tỉnh', level: 'provincial', caseSensitive: true },
  { words: 'thành ủy', level: 'city' },
  { words: 'thành đoàn', level: 'city' },
  { words: 'thành phố', level: 'city' },
  { words: 'TP', level: 'city', caseSensitive: true },
  { words: 'trung ương', level: 'central' },
  // A national committee, council or steering committee (`Ủy ban Quốc gia về chuyển đổi số`).
  { words: 'ủy ban quốc gia', level: 'central' },
  { words: 'uỷ ban quốc gia', level: 'central' },
  { words: 'hội đồng quốc gia', level: 'central' },
  { words: 'ban chỉ đạo quốc gia', level: 'central' },
  { words: 't.ư', level: 'central' },
  { words: 'bộ chính trị', level: 'central' },
  { words: 'ban bí thư', level: 'central' },
  { words: 'quốc hội', level: 'central' },
  // The President and the President's Office (`Văn phòng Chủ tịch nước`), as the Government's and
  // the Assembly's offices are named for their body.
  { words: 'chủ tịch nước', level: 'central' },
  { words: 'chính phủ', level: 'central' },
  {
    words: 'Bộ',
    level: 'central',
    caseSensitive: true,
    notBefore: ['Chỉ huy', 'Tư lệnh', 'đội', 'trưởng'],
    notInName: true,
  },
  { words: 'Vụ', level: 'central', caseSensitive: true },
]

/**
 * The centrally-run cities, by code, with the day each became one: their `Thành ủy` and
 * `thành phố` are provincial. Huế: Nghị quyết 1314/NQ-UBTVQH15, in force 1 January 2025.
 */
export const CENTRAL_CITIES: ReadonlyArray<{ code: string; since: string }> = [
  { code: '01', since: '1945-01-01' },
  { code: '31', since: '1955-01-01' },
  { code: '79', since: '1976-01-01' },
  { code: '48', since: '1997-01-01' },
  { code: '92', since: '2004-01-01' },
  { code: '46', since: '2025-01-01' },
]
