import type { PartialDate } from './partial-date.ts'
import { parseDateReference } from './vietnamese-date.ts'

/**
 * Machine-written timestamps, as page metadata and feeds carry them: ISO 8601 (`datePublished`,
 * `article:published_time`, `<time datetime>`, Atom's `published`) and RFC 822 (RSS's
 * `pubDate`). A timestamp with a zone names an instant; its date is the day in Vietnam (UTC+7)
 * at that instant, so `2024-03-04T20:00:00Z` is 5 March. One without a zone is read as written.
 *
 * @module
 */

const VIETNAM_OFFSET_MINUTES = 7 * 60

// `2024-03-05T07:45:00+07:00`, `2024-03-05 07:45:00Z`, `2024-03-05T07:45+0700`, fractions of a second allowed.
const ISO_TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/iu

// `Tue, 05 Mar 2024 07:45:00 +0700`, `5 Mar 24 07:45 GMT`; the weekday is optional and not checked.
const RFC822_TIMESTAMP =
  /^(?:[a-z]{3},?\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\s+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([a-z]{1,5}|[+-]\d{4})?$/iu

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

// RFC 822's named zones; military letters other than Z are too often wrong in the wild to trust.
const NAMED_ZONES: { readonly [zone: string]: number } = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  ict: 420,
}

// Minutes east of UTC of `Z`, `+07:00`, `+0700`, `+07`, `GMT`; undefined when unknown.
function zoneOffset(zone: string): number | undefined {
  const named = NAMED_ZONES[zone.toLowerCase()]
  if (named !== undefined) return named
  const m = /^([+-])(\d{2}):?(\d{2})?$/u.exec(zone)
  if (m === null) return undefined
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0)
  if (minutes > 14 * 60) return undefined
  return m[1] === '-' ? -minutes : minutes
}

type Fields = { year: number; month: number; day: number; hour: number; minute: number; second: number }

// The day in Vietnam of a wall-clock time at `offset` minutes east of UTC; the wall-clock day itself without a zone.
function dayInVietnam(f: Fields, offset: number | undefined): PartialDate | null {
  if (f.month < 1 || f.month > 12 || f.hour > 24 || f.minute > 59 || f.second > 60) return null
  const written = parseDateReference(`${pad(f.year, 4)}-${pad(f.month, 2)}-${pad(f.day, 2)}`)
  if (written === null || offset === undefined) return written
  const utc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second) - offset * 60_000
  const vn = new Date(utc + VIETNAM_OFFSET_MINUTES * 60_000)
  return { year: vn.getUTCFullYear(), month: vn.getUTCMonth() + 1, day: vn.getUTCDate(), precision: 'day' }
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0')

function readIso(text: string): PartialDate | null | undefined {
  const m = ISO_TIMESTAMP.exec(text)
  if (m === null) return undefined
  const [, y, mo, d, h, mi, s, zone] = m
  const offset = zone === undefined ? undefined : zoneOffset(zone)
  if (zone !== undefined && offset === undefined) return null
  const fields = { year: +y!, month: +mo!, day: +d!, hour: +h!, minute: +mi!, second: +(s ?? 0) }
  return dayInVietnam(fields, offset)
}

function readRfc822(text: string): PartialDate | null | undefined {
  const m = RFC822_TIMESTAMP.exec(text)
  if (m === null) return undefined
  const [, d, mon, y, h, mi, s, zone] = m
  const month = MONTHS.indexOf(mon!.toLowerCase()) + 1
  if (month === 0) return null
  // Two-digit years are RFC 822's own; RFC 1123 writes four.
  const year = y!.length === 2 ? 2000 + Number(y) : Number(y)
  const offset = zone === undefined ? undefined : zoneOffset(zone)
  if (zone !== undefined && offset === undefined) return null
  return dayInVietnam({ year, month, day: +d!, hour: +h!, minute: +mi!, second: +(s ?? 0) }, offset)
}

/**
 * The publication day a page's metadata or a feed gives: an ISO 8601 date-time
 * (`2024-03-05T07:45:00+07:00`, `2024-03-04T20:00:00Z` → 5 March in Vietnam), an RFC 822 date
 * (`Tue, 05 Mar 2024 07:45:00 +0700`), or any date {@link parseDateReference} reads (`2024-03-05`,
 * `2024-03`, `05/03/2024`, `Thứ Ba, 05/03/2024 07:45`). A zoned time is converted to Vietnam's
 * day; an unzoned one is taken as written. `null` for anything else, an unknown zone or a date
 * that does not exist.
 */
export function parseTimestamp(text: string): PartialDate | null {
  const t = text.trim()
  if (t.length === 0 || t.length > 80) return null
  const iso = readIso(t)
  if (iso !== undefined) return iso
  const rfc = readRfc822(t)
  if (rfc !== undefined) return rfc
  return parseDateReference(t)
}
