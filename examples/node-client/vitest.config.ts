import { defineProject } from 'vitest/config'

export default defineProject({
  resolve: { conditions: ['@vanban/source'] },
  // `module` as well: without it Vite picks graphql's CommonJS build for the gateway's source
  // while graphql-yoga, loaded by Node, gets the ES module one, and graphql refuses to mix the two
  // ("Cannot use GraphQLObjectType from another module or realm").
  ssr: { resolve: { conditions: ['@vanban/source', 'module'] } },
  // Each test file starts a gateway on a fresh PGlite database and ingests sample articles.
  test: { name: 'example-node-client', include: ['test/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 180_000 },
})
