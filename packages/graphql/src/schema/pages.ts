import { queryFromInfo } from '@pothos/plugin-prisma'
import type { GraphQLResolveInfo } from 'graphql'
import type { GraphQLContext } from './context.ts'
import { type KeysetOrder, keyColumns, type Page, type PageArgs, pageOf, pageQuery } from './keyset.ts'

/** The models a keyset page is read from. */
export type PagedModel = 'directive' | 'event' | 'article' | 'organization' | 'person'

const TYPE_NAMES: Record<PagedModel, string> = {
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
 * One page of `model` rows matching `where`, in `order`, after/before a keyset cursor: one
 * statement with a LIMIT, whatever the page number, reading only the columns asked for.
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
  const rows = await delegate.findMany({
    ...nodeSelection(context, info, TYPE_NAMES[model], order),
    relationLoadStrategy: 'join',
    where: { AND: [where, query.where] },
    orderBy: query.orderBy,
    take: query.take,
  })
  return pageOf(order, args, query, rows)
}
