import type { PartOfDay } from './partial-date.ts'

/**
 * The words of Vietnamese dates that more than one reader needs, each listed once: the date
 * grammar ({@link parseVietnameseDate}), the time cues that open a sentence ({@link readDateCue})
 * and the extractor all build from these.
 *
 * @module
 */

/**
 * The part of the day each word names before a date (`Sáng 13/5`, `Chiều cùng ngày`): `sáng`
 * morning, `trưa` noon, `chiều` afternoon, `tối` and `đêm` evening. Keys are lower case (NFC).
 */
export const PART_OF_DAY_WORDS = {
  sáng: 'morning',
  trưa: 'noon',
  chiều: 'afternoon',
  tối: 'evening',
  đêm: 'evening',
} as const satisfies Record<string, PartOfDay>

/** A word for a part of the day, lower case: `sáng`, `trưa`, `chiều`, `tối` or `đêm`. */
export type PartOfDayWord = keyof typeof PART_OF_DAY_WORDS

/** The words of {@link PART_OF_DAY_WORDS}, in their order. */
export const PARTS_OF_DAY = Object.keys(PART_OF_DAY_WORDS) as PartOfDayWord[]

/**
 * The part of the day a word names, in any case (`Sáng`, `CHIỀU`); `undefined` for any other
 * word, including one written without diacritics.
 */
export function partOfDayOf(word: string): PartOfDay | undefined {
  const lower = word.toLowerCase()
  return lower in PART_OF_DAY_WORDS ? PART_OF_DAY_WORDS[lower as PartOfDayWord] : undefined
}

/**
 * Weekday names written after `thứ` (`thứ Hai` Monday to `thứ Bảy` Saturday; `bẩy` is a common
 * spelling of `bảy`). Sunday is `Chủ nhật`, and `thứ 2` to `thứ 7` are written with digits.
 */
export const WEEKDAY_WORDS = ['hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'bẩy'] as const

/**
 * The months written as words after `tháng` (`tháng Mười`, `tháng Giêng`, `tháng Chạp`), lower
 * case, with their numbers: read in month cues (`Cuối tháng Mười`) and in days (`ngày 14 tháng
 * Mười năm 2023`).
 */
export const MONTH_NAME_WORDS: { readonly [name: string]: number } = {
  giêng: 1,
  hai: 2,
  ba: 3,
  tư: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
  'mười một': 11,
  'mười hai': 12,
  chạp: 12,
}

/**
 * Labels that news sites print before a date line (`Cập nhật: 08:30 ngày 14/11/2023`, `Ngày
 * đăng: 14/11/2023`, `Published 2023-12-08`), lower case, longer labels before the labels they
 * start with. Every word of them is a keyword of the date grammar.
 */
export const DATE_LABEL_WORDS: readonly string[] = [
  'tin đăng ngày',
  'ngày cập nhật',
  'ngày đăng',
  'ngày xuất bản',
  'ngày phát hành',
  'cập nhật lúc',
  'cập nhật',
  'đăng lúc',
  'đăng ngày',
  'đăng vào',
  'đăng tải',
  'xuất bản',
  'thời gian đăng',
  'thời gian',
  'publish date',
  'published',
  'updated',
  'posted',
  'date',
]

/**
 * English month names, lower case, with their numbers: the English layout of some portals and
 * content systems prints its date line in English (`Submitted by ... on 18 October 2019`).
 */
export const ENGLISH_MONTH_WORDS = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
} as const satisfies Record<string, number>
