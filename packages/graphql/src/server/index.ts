/**
 * vanban's GraphQL server: the schema, the yoga server with production limits, and a Node
 * listener with graceful shutdown.
 *
 * @packageDocumentation
 */
export { createServer, type ServerOptions, type VanbanServer } from './create-server.ts'
export { listen, type ListenOptions, type Listening } from './listen.ts'
export { portFromEnv, serveUntilSignal, type ServeOptions } from './run.ts'
export { DEFAULT_LIMITS, estimateCost, type Limits } from './limits.ts'
export { apiKeysFromEnv } from './auth.ts'
export { CSRF_HEADER } from './csrf.ts'
export { GATEWAY_PATHS, isGatewayPath, serveStaticFiles } from './static-files.ts'
export {
  buildSchema,
  createContext,
  printSortedSchema,
  NotAuthorizedError,
  NotFoundError,
  ValidationError,
  type GraphQLContext,
  type SchemaOptions,
} from '../schema/index.ts'
