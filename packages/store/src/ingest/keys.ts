import { createHash } from 'node:crypto'
import {
  type Article,
  type Extraction,
  foldDiacritics,
  normalizeText,
  parsePartialDate,
  partialDateRange,
} from '@vanban/core'
import { roleOrganization } from '@vanban/extract'

/**
 * What makes two ingests the same article: its URL when it has one, else `sha256:` and the hash
 * of its normalized text (`Article.contentHash`).
 */
export function articleIdentity(article: Article): string {
  return article.url ?? `sha256:${article.contentHash}`
}

/**
 * The matching key of an organisation's or a person's name: normalized (NFC, modern tone marks,
 * one space), then folded to lower-case ASCII, so `Đảng uỷ Khối` and `Đảng ủy  khối` are one.
 */
export function nameKey(name: string): string {
  return foldDiacritics(normalizeText(name)).replace(/\s+/g, ' ').trim()
}

/** A search key: the folded, space-joined text of the fields given, skipping the missing ones. */
export function searchKey(...parts: (string | null | undefined)[]): string {
  return foldDiacritics(parts.filter((part) => part !== null && part !== undefined && part !== '').join(' '))
    .replace(/\s+/g, ' ')
    .trim()
}

/** How long an article's lead is, in folded characters: about the first paragraph of a news article. */
export const LEAD_LENGTH = 300

/**
 * An article's lead key: the search key of its body cut to {@link LEAD_LENGTH} characters at a
 * word boundary (the whole body when shorter). Full-text search weighs it between title and body.
 */
export function leadKey(body: readonly string[]): string {
  const folded = searchKey(...body)
  if (folded.length <= LEAD_LENGTH) return folded
  const cut = folded.slice(0, LEAD_LENGTH + 1).replace(/\s+\S*$/, '')
  return cut === '' ? folded.slice(0, LEAD_LENGTH) : cut
}

/** A directive's search key: its code, title and issuing body. */
export function directiveSearchKey(directive: {
  code: string
  title: string | null
  issuingBody: string | null
}): string {
  return searchKey(directive.code, directive.title, directive.issuingBody)
}

/** An event's search key: its title, its organiser's name and its location. */
export function eventSearchKey(event: {
  title: string | null
  organizer: string | null
  location: string | null
}): string {
  return searchKey(event.title, event.organizer, event.location)
}

/** The first and last day a stored partial date covers, or nulls when there is none. */
export function dateBounds(date: string | null): { start: string | null; end: string | null } {
  const parsed = date === null ? null : parsePartialDate(date)
  if (parsed === null) return { start: null, end: null }
  const range = partialDateRange(parsed)
  return { start: range.start, end: range.end }
}

/** {@link dateBounds} as the `Date` values Prisma writes to the `...Start`/`...End` date columns. */
export function dateColumns(date: string | null): { start: Date | null; end: Date | null } {
  const { start, end } = dateBounds(date)
  return {
    start: start === null ? null : new Date(`${start}T00:00:00.000Z`),
    end: end === null ? null : new Date(`${end}T00:00:00.000Z`),
  }
}

/**
 * The identity of an event: kind, organiser and date when all three are known, so that the same
 * conference reported by several articles is one event; otherwise the event belongs to the one
 * article that reports it.
 */
export function eventIdentity(
  event: { kind: string; organizer: string | null; date: string | null; id: string },
  articleIdentity: string,
): string {
  if (event.organizer !== null && event.date !== null) return `${event.kind}|${nameKey(event.organizer)}|${event.date}`
  return `${articleIdentity}#${event.id}`
}

/**
 * The context that tells a person from a namesake: the organisation their roles name, folded
 * (`Bí thư Huyện ủy Cẩm Giàng` → `huyen uy cam giang`). Of several, the one of most words, the
 * first of those: the most specific unit, so `Bí thư Huyện ủy X` and `Bí thư Huyện ủy X, Chủ tịch
 * HĐND huyện` agree. `null` when no role names an organisation.
 */
export function personContext(roles: readonly string[]): string | null {
  let best: string | null = null
  for (const role of roles) {
    const organisation = roleOrganization(role)
    if (organisation === null) continue
    const key = nameKey(organisation)
    if (best === null || key.split(' ').length > best.split(' ').length) best = key
  }
  return best
}

/**
 * The identity of a person: the name key and the organisation context (`nguyen van hung|huyen uy
 * cam giang`), so namesakes of different units are different people and the same person named by
 * several articles is one. `null` for a name with no context, which joins the one stored person
 * of that name or else stays apart ({@link apartPersonIdentity}).
 */
export function personIdentity(key: string, roles: readonly string[]): string | null {
  const context = personContext(roles)
  return context === null ? null : `${key}|${context}`
}

/** The identity of a person named without context in one article, when no single namesake is stored. */
export function apartPersonIdentity(key: string, articleIdentity: string): string {
  return `${key}|#${articleIdentity}`
}

/** sha256 of an extraction in canonical JSON (keys sorted): equal hashes mean nothing to store. */
export function extractionHash(extraction: Extraction): string {
  return createHash('sha256').update(canonicalJson(extraction)).digest('hex')
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}
