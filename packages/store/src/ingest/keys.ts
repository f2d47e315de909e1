import { createHash } from 'node:crypto'
import {
  type Article,
  type Extraction,
  foldDiacritics,
  normalizeText,
  parsePartialDate,
  partialDateRange,
} from '@vanban/core'

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
