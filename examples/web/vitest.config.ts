import { defineProject } from 'vitest/config'

export default defineProject({
  resolve: { conditions: ['@vanban/source'] },
  ssr: { resolve: { conditions: ['@vanban/source'] } },
  // The end-to-end test builds the app, starts a gateway on PGlite and drives Chromium.
  test: { name: 'example-web', include: ['test/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 240_000 },
})
