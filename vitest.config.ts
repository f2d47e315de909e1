import { defineConfig } from 'vitest/config'

// Tests run from each package's src through the `@vanban/source` export condition, so no
// build is needed before `pnpm test`.
export default defineConfig({
  resolve: { conditions: ['@vanban/source'] },
  ssr: { resolve: { conditions: ['@vanban/source'] } },
  test: {
    projects: ['packages/*', 'examples/*'],
  },
})
