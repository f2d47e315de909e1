/**
 * The source prefix that opens a lead on some sites (`TPO - `, `(Chinhphu.vn) - `). The
 * publication date around it is read by `parseDateLine` and `parseMetadataFragment` of
 * `@vanban/core`.
 */

/** A source prefix at the start of a lead: its name and where the lead proper starts. */
export type SourcePrefix = { source: string; end: number }

// `TPO - `, `VOV.VN - `, `QĐND Online - `, `(Chinhphu.vn) - `, `(Cổng TTĐT) - `, `HNP – `.
const SOURCE_PREFIX =
  /^(?:\(([^()\n]{2,40})\)|([\p{Lu}][\p{Lu}\p{Ll}0-9.&]{1,24}(?: [\p{Lu}][\p{L}0-9.]{1,12})?))\s*[-–—]\s+/u

// With no dash, a bracketed source is the newsroom's initials or a domain before a capital that
// opens the lead (`(CTG) Sáng ngày 12/10, ...`, `(TTXVN) Chiều 3/2, ...`); a bracketed number or a
// word in lower case (`(1) Hội nghị ...`, `(Ảnh minh họa)`) is none.
const BRACKETED_INITIALS = /^\(([\p{Lu}][\p{Lu}0-9&]{1,9}|[\p{L}]+\.(?:vn|com|net|org))\)\s+(?=\p{Lu})/u

/** Reads the source prefix that opens a lead; null when there is none. */
export function parseSourcePrefix(text: string): SourcePrefix | null {
  const m = SOURCE_PREFIX.exec(text)
  if (m === null) {
    const bare = BRACKETED_INITIALS.exec(text)
    return bare === null ? null : { source: bare[1]!, end: bare[0].length }
  }
  const source = (m[1] ?? m[2] ?? '').trim()
  // A plain word such as `Sáng` or `Hôm` is prose, not a source: unbracketed prefixes are
  // abbreviations (two capitals at least) or domain names.
  if (m[2] !== undefined && !/\p{Lu}.*\p{Lu}|\.\p{L}/u.test(source)) return null
  return { source, end: m[0].length }
}
