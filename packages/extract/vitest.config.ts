import { defineProject } from 'vitest/config'

export default defineProject({
  resolve: { conditions: ['@vanban/source'] },
  ssr: { resolve: { conditions: ['@vanban/source'] } },
  test: { name: 'extract', include: ['test/**/*.test.ts'] },
})
