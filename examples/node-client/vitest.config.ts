import { defineProject } from 'vitest/config'

export default defineProject({
  resolve: { conditions: ['@vanban/source'] },
  ssr: { resolve: { conditions: ['@vanban/source'] } },
  // Each test file starts a gateway on a fresh PGlite database and ingests sample articles.
  test: { name: 'example-node-client', include: ['test/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 180_000 },
})
