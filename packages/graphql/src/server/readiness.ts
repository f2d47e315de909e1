import { checkReady, type PrismaClient } from '@vanban/store'
import { type Plugin, useReadinessCheck } from 'graphql-yoga'

/** Whether `/readyz` still reports ready; graceful shutdown clears it so balancers stop sending. */
export type Readiness = { ready: boolean }

/**
 * `/readyz` with yoga's readiness check: 200 `{"status":"ready"}` while `readiness.ready` holds
 * and the database answers `SELECT 1` within `timeoutMs` (the store's `checkReady`, bounded
 * whatever the network does); 503 with the reason otherwise (never the database's own message,
 * which could name hosts or users).
 */
export function useReadiness(prisma: PrismaClient, readiness: Readiness, timeoutMs: number): Plugin {
  return useReadinessCheck({
    endpoint: '/readyz',
    check: async ({ fetchAPI }) => {
      const answer = (status: number, text: string) =>
        new fetchAPI.Response(JSON.stringify({ status: text }), {
          status,
          headers: { 'content-type': 'application/json' },
        })
      if (!readiness.ready) return answer(503, 'shutting down')
      const database = await checkReady(prisma, timeoutMs)
      return database.ready ? answer(200, 'ready') : answer(503, 'database unavailable')
    },
  })
}
