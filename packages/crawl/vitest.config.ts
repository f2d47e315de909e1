import { defineProject } from 'vitest/config'

export default defineProject({
  resolve: { conditions: ['@vanban/source'] },
  ssr: { resolve: { conditions: ['@vanban/source', 'module', 'node', 'development|production'] } },
  // Crawls against the local server and a worker killed and restarted outlast vitest's 5 s default on a loaded
  // machine; nothing here asserts on time.
  test: { name: 'crawl', include: ['test/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 60_000 },
})
