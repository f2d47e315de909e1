import { renderGraphiQL } from '@graphql-yoga/render-graphiql'
import { DEFAULT_READY_TIMEOUT_MS, type PrismaClient } from '@vanban/store'
import { type GraphQLSchema, getOperationAST, NoSchemaIntrospectionCustomRule } from 'graphql'
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga'
import { createContext, type GraphQLContext } from '../schema/context.ts'
import { buildSchema, type SearchOptions } from '../schema/index.ts'
import { apiKeysFromEnv, createKeyCheck, warnNoKeys } from './auth.ts'
import { type CorsOptions, corsFor } from './cors.ts'
import { useCsrfPrevention } from './csrf.ts'
import { type Limits, limitsWith, useLimits } from './limits.ts'
import { type Readiness, useReadiness } from './readiness.ts'
import { DEFAULT_STATEMENT_TIMEOUT_MS, useStatementLimits } from './statement-limits.ts'
import { useBoundedErrors } from './use-bounded-errors.ts'
import { useHideSuggestions } from './use-hide-suggestions.ts'
import { useKnownInputFields } from './use-known-input-fields.ts'
import { useStorableText } from './use-storable-text.ts'

/** Options of {@link createServer}. */
export type ServerOptions = {
  /** The database, from the storage layer's `openDatabase`. */
  prisma: PrismaClient
  /** Keys accepted as `Authorization: Bearer <key>`; default `VANBAN_API_KEYS` (comma-separated). */
  apiKeys?: readonly string[]
  /** Limits to change; the rest keep {@link DEFAULT_LIMITS} (`fieldCosts` entries are added to the default ones). */
  limits?: Partial<Limits>
  /** Serve GraphiQL at the endpoint. Default: on unless NODE_ENV is `production`. */
  graphiql?: boolean
  /** Answer introspection queries. Default: on unless NODE_ENV is `production`. */
  introspection?: boolean
  /**
   * Say `Did you mean "directive"?` in errors, and name the fields an input accepts. Default:
   * off under NODE_ENV `production` and wherever introspection is off, since suggestions spell
   * out the schema that turning introspection off hides.
   */
  suggestions?: boolean
  /** Which sites' pages may read answers in a browser. Default: any, without credentials. */
  cors?: CorsOptions
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
  /**
   * How `search` counts and pages: `countCap` (default 10,000), past which `totalCount` of a kind
   * is the planner's estimate, and `window` (default 100), the hits of each kind ranked.
   */
  search?: SearchOptions
  /**
   * A connection's `totalCount` (events, articles, a directive's events...) is exact up to this
   * many records, then the planner's estimate, marked by `totalCountIsEstimate`. Default 10,000.
   */
  countCap?: number
  /** How long `/readyz` waits for the database before answering not ready, in ms. Default 2,000. */
  readyTimeoutMs?: number
}

/** The yoga instance createServer returns: a fetch handler and a Node request listener. */
export type VanbanServer = YogaServerInstance<Record<string, unknown>, GraphQLContext> & {
  /** Whether `/readyz` still reports ready; graceful shutdown clears it so balancers stop sending. */
  readiness: Readiness
  /**
   * Cancels the database work of every request in flight: running statements are cancelled, new
   * ones refused, and the requests answer `SHUTTING_DOWN`. For shutdown past its grace period.
   */
  cancelInFlight: () => void
}

const schemaCache = new Map<string, GraphQLSchema>()

function schemaFor(maxPageSize: number, search: SearchOptions = {}, countCap?: number): GraphQLSchema {
  const key = JSON.stringify([maxPageSize, search.countCap, search.window, countCap])
  let schema = schemaCache.get(key)
  if (schema === undefined) {
    schema = buildSchema({ maxPageSize, search, ...(countCap === undefined ? {} : { countCap }) })
    schemaCache.set(key, schema)
  }
  return schema
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
 * cost, aliases, tokens, body size, page size, error count and length), a time limit on each
 * database statement, masked errors, CSRF prevention, CORS without credentials unless origins are
 * named, `/healthz` (liveness) and `/readyz` (the database answers within `readyTimeoutMs`). Warns
 * (`process.emitWarning`, code `VANBAN_NO_API_KEYS`) when no API key is configured, since every
 * mutation is then refused. Returns the yoga instance: mount it as a
 * fetch handler (`server.fetch(request)`) or a Node listener (`http.createServer(server)`), or
 * use {@link listen}.
 */
export function createServer(options: ServerOptions): VanbanServer {
  const production = process.env.NODE_ENV === 'production'
  const limits: Limits = limitsWith(options.limits)
  const apiKeys = options.apiKeys ?? apiKeysFromEnv()
  if (apiKeys.length === 0) warnNoKeys()
  const isAuthorized = createKeyCheck(apiKeys)
  const readiness = { ready: true }
  const stopping = new AbortController()
  const introspection = options.introspection ?? !production
  const suggestions = options.suggestions ?? (introspection && !production)
  const plugins: Plugin[] = [
    useCsrfPrevention(),
    ...useLimits(limits),
    useBoundedErrors(limits),
    ...(suggestions ? [] : [useHideSuggestions()]),
    useKnownInputFields({ nameAccepted: suggestions }),
    useStorableText(),
    useReadiness(options.prisma, readiness, options.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS),
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
    schema: options.schema ?? schemaFor(limits.maxPageSize, options.search, options.countCap),
    graphqlEndpoint: options.graphqlEndpoint ?? '/graphql',
    healthCheckEndpoint: '/healthz',
    landingPage: false,
    graphiql: options.graphiql ?? !production,
    // GraphiQL's scripts and styles come from the installed package, not a CDN, so it works offline
    renderGraphiQL,
    maskedErrors: { isDev: false },
    batching: false,
    // useMaxBodyBytes is the body limit: it streams only a body of undeclared length through a counter
    maxRequestBodySize: false,
    cors: corsFor(options.cors),
    logging: production ? 'warn' : 'error',
    plugins,
    context: ({ request }) => createContext(options.prisma, isAuthorized(request.headers.get('authorization'))),
  })
  return Object.assign(yoga, { readiness, cancelInFlight: () => stopping.abort() })
}
