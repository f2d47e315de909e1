/**
 * `@vanban/graphql`: vanban's GraphQL gateway, the Pothos schema and the graphql-yoga server with
 * its limits, over the storage of `@vanban/store` (which it reads and writes through).
 *
 * @packageDocumentation
 */
export * from './server/index.ts'
