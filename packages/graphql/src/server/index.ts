/**
 * vanban's GraphQL server: the schema, the yoga server with production limits, and a Node
 * listener with graceful shutdown.
 *
 * @packageDocumentation
 */

export {
  buildSchema,
  createContext,
  DEFAULT_SEARCH_COUNT_CAP,
  DEFAULT_SEARCH_WINDOW,
  type GraphQLContext,
  NotAuthorizedError,
  NotFoundError,
  printSortedSchema,
  type SchemaOptions,
  type SearchOptions,
  ValidationError,
} from '../schema/index.ts'
export { apiKeysFromEnv } from './auth.ts'
export type { CorsOptions } from './cors.ts'
export { createServer, type ServerOptions, type VanbanServer } from './create-server.ts'
export { CSRF_HEADER } from './csrf.ts'
export { DEFAULT_LIMITS, type Limits } from './limits.ts'
export { DEFAULT_SHUTDOWN_GRACE_MS, type Listening, type ListenOptions, listen, type Shutdown } from './listen.ts'
export { type ServeOptions, serveUntilSignal } from './run.ts'
export { DEFAULT_STATEMENT_TIMEOUT_MS, STATEMENT_ERROR_CODES, useStatementLimits } from './statement-limits.ts'
export { GATEWAY_PATHS, isGatewayPath, serveStaticFiles } from './static-files.ts'
export { type CostModel, estimateCost } from './use-cost-limit.ts'
