/**
 * A test schema whose fields reach the database through the server's own Prisma client and pool,
 * as the real resolvers do, but whose timing the test decides: `sleep` holds a statement on the
 * server (`pg_sleep`, PostgreSQL only), `gated` runs its statement once the test opens a gate,
 * and `backend` names the connection that answers.
 */

import { GraphQLFloat, GraphQLInt, GraphQLNonNull, GraphQLObjectType, GraphQLSchema } from 'graphql'
import type { GraphQLContext } from '../src/server/index.ts'

/** A schema and the gate its `gated` field waits on. */
export type SlowSchema = {
  schema: GraphQLSchema
  /** Resolves once a `gated` resolver has started waiting, or a `sleep` resolver has started. */
  started: Promise<void>
  /** Lets every waiting `gated` resolver run its statement. */
  open: () => void
}

/** A fresh {@link SlowSchema}. */
export function slowSchema(): SlowSchema {
  let markStarted = () => {}
  const started = new Promise<void>((resolve) => {
    markStarted = resolve
  })
  let open = () => {}
  const opened = new Promise<void>((resolve) => {
    open = resolve
  })
  const query = new GraphQLObjectType<unknown, GraphQLContext>({
    name: 'Query',
    fields: {
      sleep: {
        type: GraphQLInt,
        args: { seconds: { type: new GraphQLNonNull(GraphQLFloat) } },
        resolve: async (_, { seconds }: { seconds: number }, { prisma }) => {
          markStarted()
          await prisma.$queryRaw`SELECT pg_sleep(${seconds})::text`
          return 1
        },
      },
      gated: {
        type: GraphQLInt,
        resolve: async (_, __, { prisma }) => {
          markStarted()
          await opened
          return prisma.article.count()
        },
      },
      backend: {
        type: GraphQLInt,
        resolve: async (_, __, { prisma }) => {
          const [row] = await prisma.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`
          return row?.pid
        },
      },
    },
  })
  return { schema: new GraphQLSchema({ query }), started, open }
}
