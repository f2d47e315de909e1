import type { Article } from './article.ts'
import type { Directive } from './directive.ts'
import type { Event } from './event.ts'
import { EVENT_KIND_LABELS } from './event-kind.ts'

const CONTEXT = 'https://schema.org'

/** A JSON-LD object: plain JSON with `@context` and `@type`. */
export type JsonLd = { '@context': typeof CONTEXT; '@type': string; [key: string]: unknown }

/** Options for the JSON-LD functions. */
export type JsonLdOptions = {
  /** The record's IRI, written as `@id` (for example its page on a publisher's site). */
  id?: string
}

function withoutNulls(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== null && value !== undefined))
}

function legislationReference(code: string): Record<string, unknown> {
  return { '@type': 'Legislation', legislationIdentifier: code }
}

/**
 * A directive as schema.org `Legislation`, with its code as `legislationIdentifier` and the
 * issuing body (`Bộ Chính trị`, `Chính phủ`) as `legislationPassedBy`.
 */
export function directiveToJsonLd(directive: Directive, options: JsonLdOptions = {}): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Legislation',
    ...withoutNulls({
      '@id': options.id,
      identifier: directive.key,
      legislationIdentifier: directive.code,
      legislationType: directive.type,
      name: directive.title ?? directive.code,
      legislationDate: directive.issuedOn,
      legislationPassedBy: directive.issuingBody && { '@type': 'Organization', name: directive.issuingBody },
      legislationJurisdiction: 'VN',
      inLanguage: 'vi',
    }),
  }
}

/**
 * An event as schema.org `Event`: its organiser, place and date, and the directives it is about
 * as `about` references.
 */
export function eventToJsonLd(event: Event, options: JsonLdOptions = {}): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Event',
    ...withoutNulls({
      '@id': options.id,
      name: event.title ?? EVENT_KIND_LABELS[event.kind].vi,
      additionalType: event.kind,
      startDate: event.date,
      organizer: event.organizer && { '@type': 'Organization', name: event.organizer },
      location: event.location && { '@type': 'Place', name: event.location },
      about: event.directives.length > 0 ? event.directives.map(legislationReference) : null,
      inLanguage: 'vi',
    }),
  }
}

/** An article as schema.org `NewsArticle`, citing the directives it names when given. */
export function articleToJsonLd(
  article: Article,
  options: JsonLdOptions & { citations?: readonly string[] } = {},
): JsonLd {
  const citations = options.citations ?? []
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    ...withoutNulls({
      '@id': options.id,
      headline: article.title,
      datePublished: article.publishedAt,
      author: article.byline && { '@type': 'Person', name: article.byline },
      publisher: article.source && { '@type': 'Organization', name: article.source },
      url: article.url,
      articleBody: article.body.join('\n\n'),
      citation: citations.length > 0 ? citations.map(legislationReference) : null,
      inLanguage: 'vi',
    }),
  }
}

/** A record that has a JSON-LD form. */
export type JsonLdRecord = Directive | Event | Article

/**
 * Any directive, event or article as JSON-LD, for publishers and search engines. The record's
 * shape decides the type: a directive has a `code`, an article a `contentHash`, an event a `kind`.
 */
export function toJsonLd(record: JsonLdRecord, options: JsonLdOptions = {}): JsonLd {
  if ('code' in record) return directiveToJsonLd(record, options)
  if ('contentHash' in record) return articleToJsonLd(record, options)
  return eventToJsonLd(record, options)
}
