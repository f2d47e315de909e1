import { checkReady, DEFAULT_READY_TIMEOUT_MS, type PrismaClient } from '@vanban/store'
import { type GraphQLSchema, getOperationAST, NoSchemaIntrospectionCustomRule } from 'graphql'
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga'
import { createContext, type GraphQLContext } from '../schema/context.ts'
import { buildSchema } from '../schema/index.ts'
import { apiKeysFromEnv, createKeyCheck } from './auth.ts'
import { useCsrfPrevention } from './csrf.ts'
import { DEFAULT_LIMITS, type Limits, useLimits } from './limits.ts'
import { DEFAULT_STATEMENT_TIMEOUT_MS, useStatementLimits } from './statement-limits.ts'

/** Options of {@link createServer}. */
export type ServerOptions = {
  /** The database, from the storage layer's `openDatabase`. */
  prisma: PrismaClient
  /** Keys accepted as `Authorization: Bearer <key>`; default `VANBAN_API_KEYS` (comma-separated). */
  apiKeys?: readonly string[]
  /** Limits to change; the rest keep {@link DEFAULT_LIMITS}. */
  limits?: Partial<Limits>
  /** Serve GraphiQL at the endpoint. Default: on unless NODE_ENV is `production`. */
  graphiql?: boolean
  /** Answer introspection queries. Default: on unless NODE_ENV is `production`. */
  introspection?: boolean
  /** The GraphQL endpoint. Default `/graphql`. */
  graphqlEndpoint?: string
  /** A schema to serve instead of building one (for tests sharing one schema). */
  schema?: GraphQLSchema
  /** Extra yoga plugins, run after vanban's own. */
  plugins?: Plugin[]
  /**
   * How long one database statement of a request may run before it is cancelled and the request
   * gets a `STATEMENT_TIMEOUT` error, in ms. Default 5,000. Enforced on PostgreSQL; PGlite runs
   * a statement on the server's own thread and cannot interrupt it.
   */
  statementTimeoutMs?: number
  /** How long `/readyz` waits for the database before answering not ready, in ms. Default 2,000. */
  readyTimeoutMs?: number
}

/** The yoga instance createServer returns: a fetch handler and a Node request listener. */
export type VanbanServer = YogaServerInstance<Record<string, unknown>, GraphQLContext> & {
  /** Whether `/readyz` still reports ready; graceful shutdown clears it so balancers stop sending. */
  readiness: { ready: boolean }
  /**
   * Cancels the database work of every request in flight: running statements are cancelled, new
   * ones refused, and the requests answer `SHUTTING_DOWN`. For shutdown past its grace period.
   */
  cancelInFlight: () => void
}

const schemaCache = new Map<number, GraphQLSchema>()

function schemaFor(maxPageSize: number): GraphQLSchema {
  let schema = schemaCache.get(maxPageSize)
  if (schema === undefined) {
    schema = buildSchema({ maxPageSize })
    schemaCache.set(maxPageSize, schema)
  }
  return schema
}

function probes(prisma: PrismaClient, readiness: { ready: boolean }, readyTimeoutMs: number): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== '/readyz') return
      let status = 503
      let body = { status: 'shutting down' }
      if (readiness.ready) {
        const database = await checkReady(prisma, readyTimeoutMs)
        status = database.ready ? 200 : 503
        body = { status: database.ready ? 'ready' : 'database unavailable' }
      }
      endResponse(
        new fetchAPI.Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
      )
    },
  }
}

// Every mutation needs a key: telling the schema which operation runs lets a keyless caller's
// invalid input be answered with NotAuthorizedError rather than a hint about the input.
function markMutations(): Plugin {
  return {
    onExecute({ args }) {
      const operation = getOperationAST(args.document, args.operationName)
      // the context is the one createContext made for this request
      if (operation?.operation === 'mutation') Object.assign(args.contextValue, { mutation: true })
    },
  }
}

/**
 * vanban's GraphQL server: the schema over `prisma`, API-key auth, production limits (depth,
 * cost, aliases, tokens, body size, page size), a time limit on each database statement, masked
 * errors, CSRF prevention, `/healthz` (liveness) and `/readyz` (the database answers within
 * `readyTimeoutMs`). Returns the yoga instance: mount it as a
 * fetch handler (`server.fetch(request)`) or a Node listener (`http.createServer(server)`), or
 * use {@link listen}.
 */
export function createServer(options: ServerOptions): VanbanServer {
  const production = process.env.NODE_ENV === 'production'
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits }
  const isAuthorized = createKeyCheck(options.apiKeys ?? apiKeysFromEnv())
  const readiness = { ready: true }
  const stopping = new AbortController()
  const introspection = options.introspection ?? !production
  const plugins: Plugin[] = [
    useCsrfPrevention(),
    useLimits(limits),
    probes(options.prisma, readiness, options.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS),
    markMutations(),
    useStatementLimits(options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS, stopping.signal),
    ...(introspection
      ? []
      : [
          {
            onValidate: ({ addValidationRule }) => addValidationRule(NoSchemaIntrospectionCustomRule),
          } satisfies Plugin,
        ]),
    ...(options.plugins ?? []),
  ]
  const yoga = createYoga<Record<string, unknown>, GraphQLContext>({
    schema: options.schema ?? schemaFor(limits.maxPageSize),
    graphqlEndpoint: options.graphqlEndpoint ?? '/graphql',
    healthCheckEndpoint: '/healthz',
    landingPage: false,
    graphiql: options.graphiql ?? !production,
    maskedErrors: { isDev: false },
    batching: false,
    logging: production ? 'warn' : 'error',
    plugins,
    context: ({ request }) => createContext(options.prisma, isAuthorized(request.headers.get('authorization'))),
  })
  return Object.assign(yoga, { readiness, cancelInFlight: () => stopping.abort() })
}
