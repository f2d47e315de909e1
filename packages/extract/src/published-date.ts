import { type PartialDate, parsePartialDate, parseVietnameseDate } from '@vanban/core'

/**
 * The publication date as sites print it: a date line of its own (`13/05/2024`,
 * `11/14/2023 9:36:00 PM`, `Thứ Ba, 16/01/2024, 09:12 [GMT+7]`, `Cập nhật: 07:45 ngày
 * 22/09/2023`, `16/11/2023 | 10:20`), or a scraper's metadata fragment opening the lead
 * (`date 2023-12 TPO - Sáng 8/12, ...`).
 */

// Labels that sites print before the date.
const DATE_LABEL = /^(?:cập nhật|ngày đăng|đăng lúc|đăng ngày|ngày|thời gian|published|updated|posted)\s*:?\s*/iu

// A time written after the date: ` lúc 10:32`, ` - 15:20`, `, 9:36:00 PM`.
const TRAILING_TIME =
  /[\s,–-]*(?:lúc\s*)?\d{1,2}[:h]\d{2}(?::\d{2})?\s*(?:AM|PM|SA|CH)?\s*(?:\(?(?:GMT|UTC)[+-]?\d{0,2}\)?)?$/iu

/** The date a line consists of (a site's date line), or null when the line is anything else. */
export function parseDateLine(line: string): PartialDate | null {
  let l = line.trim()
  if (l.length < 6 || l.length > 60) return null
  // Some sites print the date in brackets under the title: `(14/06/2024)`.
  const bracketed = /^[([]([^()[\]]+)[)\]]$/u.exec(l)
  if (bracketed !== null) l = bracketed[1]!.trim()
  const whole = parseVietnameseDate(l)
  if (whole !== null) return whole
  // A bar, a bullet or a dash before words separates the date from a time, a section or a view
  // counter on some sites (`Ngày đăng: 21/10/2024 - Lượt xem: 312`).
  const first = l.split(/\s*[|•·]\s*|\s+[-–]\s+(?=\D)/u)[0] ?? ''
  const cut = first !== l ? parseVietnameseDate(first) : null
  if (cut !== null) return cut
  for (const part of first !== l ? [l, first] : [l]) {
    const unlabeled = part.replace(DATE_LABEL, '')
    if (unlabeled === part) continue
    const date = parseVietnameseDate(unlabeled) ?? parseVietnameseDate(unlabeled.replace(TRAILING_TIME, ''))
    if (date !== null) return date
  }
  return null
}

/** A metadata fragment at the start of a line: the date it gives and where the rest starts. */
export type MetadataFragment = { date: PartialDate; end: number }

const METADATA = /^date\s+(\d{4}(?:-\d{2}){0,2})(?:[T ]\d{2}:\d{2}(?::\d{2})?\S*)?\s*/iu

/** Reads a scraper's ` date 2023-12 ` prefix; null when the line does not open with one. */
export function parseMetadataFragment(line: string): MetadataFragment | null {
  const m = METADATA.exec(line)
  if (m === null) return null
  const date = parsePartialDate(m[1]!)
  return date === null ? null : { date, end: m[0].length }
}

/** A source prefix at the start of a lead: its name and where the lead proper starts. */
export type SourcePrefix = { source: string; end: number }

// `TPO - `, `VOV.VN - `, `QĐND Online - `, `(Chinhphu.vn) - `, `(Cổng TTĐT) - `, `HNP – `.
const SOURCE_PREFIX =
  /^(?:\(([^()\n]{2,40})\)|([\p{Lu}][\p{Lu}\p{Ll}0-9.&]{1,24}(?: [\p{Lu}][\p{L}0-9.]{1,12})?))\s*[-–—]\s+/u

/** Reads the source prefix that opens a lead; null when there is none. */
export function parseSourcePrefix(text: string): SourcePrefix | null {
  const m = SOURCE_PREFIX.exec(text)
  if (m === null) return null
  const source = (m[1] ?? m[2] ?? '').trim()
  // A plain word such as `Sáng` or `Hôm` is prose, not a source: unbracketed prefixes are
  // abbreviations (two capitals at least) or domain names.
  if (m[2] !== undefined && !/\p{Lu}.*\p{Lu}|\.\p{L}/u.test(source)) return null
  return { source, end: m[0].length }
}
