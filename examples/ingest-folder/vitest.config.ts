import { defineProject } from 'vitest/config'

export default defineProject({
  resolve: { conditions: ['@vanban/source'] },
  ssr: { resolve: { conditions: ['@vanban/source'] } },
  test: { name: 'example-ingest-folder', include: ['test/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 },
})
