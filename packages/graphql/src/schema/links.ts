import { prismaConnectionHelpers } from '@pothos/plugin-prisma'
import { DIRECTIVE_RELATION_LABELS, type DirectiveRelationType, inverseRelationType } from '@vanban/core'
import type { Article as ArticleRow, Directive as DirectiveRow, Event as EventRow } from '@vanban/store'
import { batched } from './batch.ts'
import { type Builder, pageSizeSchema } from './builder.ts'
import type { GraphQLContext } from './context.ts'
import type { Enums } from './enums.ts'
import type { Nodes } from './nodes.ts'

/** One edge of the directive relation graph, read from the directive it is listed under. */
type RelationView = {
  type: DirectiveRelationType
  direction: 'outgoing' | 'incoming'
  directive: DirectiveRow
}

/**
 * One entry of a directive's timeline: an event or an article, by date. The row holds the id and
 * date only; the fields asked of it are loaded for the entries kept, not for every citation.
 */
type TimelineEntry = {
  date: string | null
  sortKey: number
  event: Pick<EventRow, 'id' | 'date' | 'dateStart'> | null
  article: Pick<ArticleRow, 'id' | 'publishedAt' | 'publishedStart'> | null
}

/** Entries a timeline gives when `first` is not asked. */
const TIMELINE_DEFAULT = 20

// Distinct events (or articles) citing each directive: several articles citing the same event
// give several citation rows, so a row count would overstate the total.
async function countCitedBy(
  context: GraphQLContext,
  column: 'eventId' | 'articleId',
  directiveIds: number[],
): Promise<Map<number, number>> {
  const rows = await context.prisma.citation.groupBy({
    by: ['directiveId', column],
    where: { directiveId: { in: directiveIds }, ...(column === 'eventId' ? { eventId: { not: null } } : {}) },
  })
  const counts = new Map<number, number>()
  for (const row of rows) counts.set(row.directiveId, (counts.get(row.directiveId) ?? 0) + 1)
  return counts
}

/**
 * The links that go through join rows: a directive's events, articles, relations and timeline;
 * an event's directives and reporting articles; an article's directives and events. Each is
 * planned into the parent's Prisma query, so a page of records loads its links in a fixed number
 * of statements whatever the page size.
 */
export function addLinks(builder: Builder, enums: Enums, nodes: Nodes, maxPageSize: number) {
  // Lists that are not connections hold at most a page: an event reported by thousands of
  // articles must not answer with all of them.
  const take = maxPageSize
  const citingEvents = prismaConnectionHelpers(builder, 'Citation', {
    cursor: 'id',
    query: { where: { eventId: { not: null } }, orderBy: { id: 'asc' } },
    // the id keeps the selection non-empty when only totalCount is asked for
    select: (nodeSelection) => ({ event: nodeSelection({ select: { id: true } }) }),
    // the query keeps only citations of an event, so `event` is never null here
    resolveNode: (citation) => citation.event as EventRow,
  })
  const citingArticles = prismaConnectionHelpers(builder, 'Citation', {
    cursor: 'id',
    query: { orderBy: { id: 'asc' } },
    select: (nodeSelection) => ({ article: nodeSelection({ select: { id: true } }) }),
    resolveNode: (citation) => citation.article,
  })

  const Relation = builder.objectRef<RelationView>('DirectiveRelation').implement({
    description: 'A relation between two directives, from the side of the directive it is listed under.',
    fields: (t) => ({
      type: t.field({
        type: enums.DirectiveRelationType,
        description: 'The relation as stated, source to target (GUIDES: 99-HD/BTGTW guides 85-QĐ/TW).',
        resolve: (r) => r.type,
      }),
      direction: t.field({ type: enums.RelationDirection, resolve: (r) => r.direction }),
      readAs: t.string({
        description: 'The relation read from this directive: `guides` when OUTGOING, `guidedBy` when INCOMING.',
        resolve: (r) => (r.direction === 'outgoing' ? r.type : inverseRelationType(r.type)),
      }),
      label: t.string({
        description: 'Vietnamese label of `readAs`: "hướng dẫn thực hiện", "được hướng dẫn bởi".',
        resolve: (r) => DIRECTIVE_RELATION_LABELS[r.direction === 'outgoing' ? r.type : inverseRelationType(r.type)].vi,
      }),
      labelEn: t.string({
        resolve: (r) => DIRECTIVE_RELATION_LABELS[r.direction === 'outgoing' ? r.type : inverseRelationType(r.type)].en,
      }),
      directive: t.field({
        type: nodes.Directive,
        description: 'The directive at the other end.',
        resolve: (r) => r.directive,
      }),
    }),
  })

  const Timeline = builder.objectRef<TimelineEntry>('TimelineEntry').implement({
    description: 'An event or an article about a directive, at its date.',
    fields: (t) => ({
      date: t.string({ nullable: true, resolve: (e) => e.date }),
      event: t.field({ type: nodes.Event, nullable: true, resolve: (e) => e.event }),
      article: t.field({ type: nodes.Article, nullable: true, resolve: (e) => e.article }),
    }),
  })

  builder.prismaObjectFields('Directive', (t) => ({
    events: t.connection(
      {
        type: nodes.Event,
        description: 'Events that disseminate, implement or review this directive, in the order they were stored.',
        select: (args, context, nestedSelection) => ({
          citations: { ...citingEvents.getQuery(args, context, nestedSelection), distinct: ['eventId'] },
        }),
        resolve: (directive, args, context) => ({
          ...citingEvents.resolve(
            directive.citations.filter((c) => c.event !== null),
            args,
            context,
          ),
          directiveId: directive.id,
        }),
      },
      {
        name: 'DirectiveEventConnection',
        fields: (c) => ({
          totalCount: c.int({
            resolve: (connection, _args, context) =>
              batched(
                context,
                'directive-event-count',
                (connection as { directiveId: number }).directiveId,
                (ids) => countCitedBy(context, 'eventId', ids),
                0,
              ),
          }),
        }),
      },
    ),
    articles: t.connection(
      {
        type: nodes.Article,
        description: 'Articles that cite this directive.',
        select: (args, context, nestedSelection) => ({
          citations: { ...citingArticles.getQuery(args, context, nestedSelection), distinct: ['articleId'] },
        }),
        resolve: (directive, args, context) => ({
          ...citingArticles.resolve(directive.citations, args, context),
          directiveId: directive.id,
        }),
      },
      {
        name: 'DirectiveArticleConnection',
        fields: (c) => ({
          totalCount: c.int({
            resolve: (connection, _args, context) =>
              batched(
                context,
                'directive-article-count',
                (connection as { directiveId: number }).directiveId,
                (ids) => countCitedBy(context, 'articleId', ids),
                0,
              ),
          }),
        }),
      },
    ),
    relations: t.field({
      type: [Relation],
      description: `Relations in both directions: what this directive guides, implements... and what guides it. At most ${maxPageSize}.`,
      select: {
        relationsFrom: { select: { type: true, to: true }, orderBy: { id: 'asc' }, take },
        relationsTo: { select: { type: true, from: true }, orderBy: { id: 'asc' }, take },
      },
      resolve: (directive) => {
        const seen = new Set<string>()
        const views: RelationView[] = []
        const add = (view: RelationView) => {
          const key = `${view.direction}:${view.type}:${view.directive.id}`
          if (!seen.has(key)) views.push(view)
          seen.add(key)
        }
        for (const r of directive.relationsFrom)
          add({ type: r.type as DirectiveRelationType, direction: 'outgoing', directive: r.to })
        for (const r of directive.relationsTo)
          add({ type: r.type as DirectiveRelationType, direction: 'incoming', directive: r.from })
        return views.slice(0, take)
      },
    }),
    timeline: t.field({
      type: [Timeline],
      description: `Its events and the articles citing it, oldest first, undated entries last: the first \`first\` (default ${TIMELINE_DEFAULT}, at most ${maxPageSize}). For all of them, page through \`events\` and \`articles\`.`,
      args: {
        first: t.arg.int({
          required: true,
          defaultValue: TIMELINE_DEFAULT,
          validate: pageSizeSchema(maxPageSize, 'timeline entries; page through `events` and `articles` for the rest'),
        }),
      },
      select: {
        citations: {
          select: {
            event: { select: { id: true, date: true, dateStart: true } },
            article: { select: { id: true, publishedAt: true, publishedStart: true } },
          },
        },
      },
      resolve: (directive, args) => {
        const entries = new Map<string, TimelineEntry>()
        for (const c of directive.citations) {
          if (c.event) {
            entries.set(`e${c.event.id}`, {
              date: c.event.date,
              sortKey: c.event.dateStart?.getTime() ?? Infinity,
              event: c.event,
              article: null,
            })
          }
          entries.set(`a${c.article.id}`, {
            date: c.article.publishedAt,
            sortKey: c.article.publishedStart?.getTime() ?? Infinity,
            event: null,
            article: c.article,
          })
        }
        const sorted = [...entries.values()].sort((a, b) => a.sortKey - b.sortKey)
        return sorted.slice(0, args.first ?? TIMELINE_DEFAULT)
      },
    }),
  }))

  builder.prismaObjectFields('Event', (t) => ({
    directives: t.field({
      type: [nodes.Directive],
      description: `The directives it disseminates, implements or reviews (at most ${maxPageSize}).`,
      select: (_args, _context, nestedSelection) => ({
        citations: {
          distinct: ['directiveId'],
          orderBy: { id: 'asc' },
          take,
          select: { directive: nestedSelection(true) },
        },
      }),
      resolve: (event) => event.citations.map((c) => c.directive),
    }),
    articles: t.field({
      type: [nodes.Article],
      description: `The articles that report it (the first ${maxPageSize} stored).`,
      select: (_args, _context, nestedSelection) => ({
        reports: { orderBy: { articleId: 'asc' }, take, select: { article: nestedSelection(true) } },
      }),
      resolve: (event) => event.reports.map((r) => r.article),
    }),
  }))

  builder.prismaObjectFields('Article', (t) => ({
    directives: t.field({
      type: [nodes.Directive],
      description: `The directives it cites (at most ${maxPageSize}).`,
      select: (_args, _context, nestedSelection) => ({
        citations: {
          distinct: ['directiveId'],
          orderBy: { id: 'asc' },
          take,
          select: { directive: nestedSelection(true) },
        },
      }),
      resolve: (article) => article.citations.map((c) => c.directive),
    }),
    events: t.field({
      type: [nodes.Event],
      description: `The events it reports (at most ${maxPageSize}).`,
      select: (_args, _context, nestedSelection) => ({
        reports: { orderBy: { eventId: 'asc' }, take, select: { event: nestedSelection(true) } },
      }),
      resolve: (article) => article.reports.map((r) => r.event),
    }),
  }))
}
