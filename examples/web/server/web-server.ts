import { fileURLToPath } from 'node:url'

/**
 * Where `vite build` writes the web app (`pnpm --filter @vanban-examples/web build`). The
 * gateway serves it beside GraphQL: `listen(gateway, { staticDir: webDistDir })` from
 * `@vanban/graphql`, or `vanban serve --web <dir>`.
 */
export const webDistDir: string = fileURLToPath(new URL('../dist', import.meta.url))
