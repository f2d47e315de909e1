import { articleToJsonLd, directiveToJsonLd, type EventKind, eventToJsonLd, type PartOfDay } from '@vanban/core'
import type { Article as ArticleRow, Event as EventRow } from '@vanban/store'
import { batched } from './batch.ts'
import type { Builder } from './builder.ts'
import type { GraphQLContext } from './context.ts'

async function citedCodes(context: GraphQLContext, column: 'eventId' | 'articleId', ids: number[]) {
  const rows = await context.prisma.citation.findMany({
    where: { [column]: { in: ids } },
    distinct: [column, 'directiveId'],
    orderBy: { id: 'asc' },
    select: { eventId: true, articleId: true, directive: { select: { code: true } } },
  })
  const codes = new Map<number, string[]>()
  for (const row of rows) {
    const id = row[column]
    if (id === null) continue
    codes.set(id, [...(codes.get(id) ?? []), row.directive.code])
  }
  return codes
}

async function organizerNames(context: GraphQLContext, ids: number[]) {
  const rows = await context.prisma.organization.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true },
  })
  return new Map(rows.map((row) => [row.id, row.name]))
}

function eventRecord(
  event: Pick<EventRow, 'kind' | 'title' | 'date' | 'partOfDay' | 'location'>,
  organizer: string | null,
  directives: string[],
) {
  return {
    kind: event.kind as EventKind,
    title: event.title,
    date: event.date,
    partOfDay: event.partOfDay as PartOfDay | null,
    organizer,
    location: event.location,
    // JSON-LD names the place as written; the province is a field of its own.
    province: null,
    directives,
    provenance: null,
  }
}

function articleRecord(
  article: Pick<
    ArticleRow,
    'title' | 'publishedAt' | 'byline' | 'url' | 'source' | 'text' | 'body' | 'captions' | 'contentHash'
  >,
) {
  return {
    title: article.title,
    publishedAt: article.publishedAt,
    byline: article.byline,
    url: article.url,
    source: article.source,
    text: article.text,
    body: article.body,
    captions: article.captions,
    contentHash: article.contentHash,
  }
}

/**
 * `jsonLd` on directives, events and articles: core's toJsonLd of the stored record (schema.org
 * Legislation, Event, NewsArticle), for publishers and search engines. The codes and organiser
 * names it needs are looked up once per page, not once per record.
 */
export function addJsonLd(builder: Builder) {
  const JsonLd = builder.scalarType('JSONLD', {
    description: 'A JSON-LD object (schema.org vocabulary), as a JSON value.',
    serialize: (value) => value,
  })

  builder.prismaObjectFields('Directive', (t) => ({
    jsonLd: t.field({
      type: JsonLd,
      select: {
        key: true,
        code: true,
        system: true,
        type: true,
        number: true,
        year: true,
        issuerCode: true,
        issuedOn: true,
        issuingBody: true,
        title: true,
        inferred: true,
      },
      resolve: (directive) => directiveToJsonLd({ ...directive, system: directive.system as 'party' | 'state' }),
    }),
  }))

  builder.prismaObjectFields('Event', (t) => ({
    jsonLd: t.field({
      type: JsonLd,
      select: { id: true, kind: true, title: true, date: true, partOfDay: true, location: true, organizerId: true },
      resolve: async (event, _args, context) => {
        const [organizer, directives] = await Promise.all([
          event.organizerId === null
            ? null
            : batched(context, 'organizer-name', event.organizerId, (ids) => organizerNames(context, ids), null),
          batched(context, 'event-codes', event.id, (ids) => citedCodes(context, 'eventId', ids), []),
        ])
        return eventToJsonLd(eventRecord(event, organizer, directives))
      },
    }),
  }))

  builder.prismaObjectFields('Article', (t) => ({
    jsonLd: t.field({
      type: JsonLd,
      select: {
        id: true,
        title: true,
        publishedAt: true,
        byline: true,
        url: true,
        source: true,
        text: true,
        body: true,
        captions: true,
        contentHash: true,
      },
      resolve: async (article, _args, context) => {
        const citations = await batched(
          context,
          'article-codes',
          article.id,
          (ids) => citedCodes(context, 'articleId', ids),
          [],
        )
        return articleToJsonLd(articleRecord(article), { citations, ...(article.url ? { id: article.url } : {}) })
      },
    }),
  }))
}
