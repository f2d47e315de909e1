import { queryFromInfo } from '@pothos/plugin-prisma'
import type { GraphQLResolveInfo } from 'graphql'
import type { GraphQLContext } from './context.ts'
import { type KeysetOrder, keyColumns, type Page, type PageArgs, pageOf, pageQuery } from './keyset.ts'

/** The models a keyset page is read from. */
export type PagedModel = 'directive' | 'event' | 'article' | 'organization' | 'person'

/** The GraphQL type of each paged model's nodes. */
export const TYPE_NAMES: Record<PagedModel, string> = {
  directive: 'Directive',
  event: 'Event',
  article: 'Article',
  organization: 'Organization',
  person: 'Person',
}

type FindMany = { findMany(query: object): Promise<{ id: number }[]> }

/**
 * The Prisma selection of what a connection's `edges.node` (or `path`) asks for, with the sort key
 * and id the cursors need. Relations asked for are planned into it, and read with Prisma's join
 * strategy: one statement for the page and everything beneath it.
 */
export function nodeSelection(
  context: GraphQLContext,
  info: GraphQLResolveInfo,
  typeName: string,
  order: KeysetOrder,
  path: string[] = ['edges', 'node'],
): { select?: Record<string, unknown>; include?: Record<string, unknown> } {
  const query = queryFromInfo({ context, info, typeName, path }) as {
    select?: Record<string, unknown>
    include?: Record<string, unknown>
  }
  if (query.include) return { include: query.include }
  return { select: { ...query.select, ...keyColumns(order) } }
}

/**
 * One page of `model` rows matching `where`, in `order`, after/before a keyset cursor: a
 * statement with a LIMIT that starts at the cursor in the order's index, whatever the page
 * number (two when the page crosses from dated records into undated ones), reading only the
 * columns asked for.
 */
export async function readPage(
  context: GraphQLContext,
  info: GraphQLResolveInfo,
  model: PagedModel,
  where: object,
  order: KeysetOrder,
  args: PageArgs,
  defaultSize: number,
): Promise<Page<{ id: number }>> {
  const query = pageQuery(order, args, defaultSize)
  const delegate = context.prisma[model] as unknown as FindMany
  const selection = nodeSelection(context, info, TYPE_NAMES[model], order)
  const rows: { id: number }[] = []
  for (const read of query.reads) {
    if (rows.length >= query.take) break
    rows.push(
      ...(await delegate.findMany({
        ...selection,
        relationLoadStrategy: 'join',
        where: { AND: [where, read.where] },
        orderBy: read.orderBy,
        take: query.take - rows.length,
      })),
    )
  }
  return pageOf(order, args, query, rows)
}
