import { defaultClientConditions, defineConfig } from 'vite'

// `vite` (dev) serves the app with hot reload and hands /graphql to a gateway already running
// (`pnpm start` at the repository root: port 4000; VANBAN_GATEWAY_URL overrides). `vite build`
// writes dist/, which `pnpm --filter @vanban-examples/web start` serves beside an in-process gateway.
export default defineConfig({
  resolve: { conditions: ['@vanban/source', ...defaultClientConditions] },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2023' },
  server: {
    proxy: {
      '/graphql': process.env.VANBAN_GATEWAY_URL ?? 'http://127.0.0.1:4000',
      '/healthz': process.env.VANBAN_GATEWAY_URL ?? 'http://127.0.0.1:4000',
    },
  },
})
