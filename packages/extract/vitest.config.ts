import { defineProject } from 'vitest/config'

export default defineProject({
  resolve: { conditions: ['@vanban/source'] },
  ssr: { resolve: { conditions: ['@vanban/source'] } },
  // Property tests run thousands of cases: on a loaded machine they outlast vitest's 5 s default, which would
  // make them timed tests. Speed is measured by the benchmarks instead.
  test: { name: 'extract', include: ['test/**/*.test.ts'], testTimeout: 120_000 },
})
