import type { PrismaClient } from '@vanban/store'

/**
 * What every resolver sees: the database, whether the request carried a valid API key, and a
 * per-request memo so batched look-ups (counts, timelines) run once per request, not per parent.
 */
export type GraphQLContext = {
  prisma: PrismaClient
  authorized: boolean
  /** Set when the operation is a mutation: every mutation needs a key, so a caller without one learns nothing about its input. */
  mutation?: boolean
  memo: Map<string, unknown>
}

/** A fresh context for one request. */
export function createContext(prisma: PrismaClient, authorized: boolean): GraphQLContext {
  return { prisma, authorized, memo: new Map() }
}
