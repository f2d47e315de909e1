import { defineProject } from 'vitest/config'

export default defineProject({
  resolve: { conditions: ['@vanban/source'] },
  // Keep Vite's default SSR conditions beside ours: without `development|production`, code run
  // through Vite resolves graphql's production build while Node, started by vitest with
  // `--conditions development`, gives Pothos and yoga its development build, and graphql refuses
  // types from "another realm".
  ssr: { resolve: { conditions: ['@vanban/source', 'module', 'node', 'development|production'] } },
  test: { name: 'store', include: ['test/**/*.test.ts'] },
})
