// Builds the web app and serves it beside an in-process gateway:
//   pnpm --filter @vanban-examples/web start [-- --db <postgres:// URL or folder>] [--port N]
import { parseArgs } from 'node:util'
import { build } from 'vite'
import { startWeb } from '../server/start.ts'

// `pnpm --filter <example> start -- <args>` hands the script a leading `--`; after it parseArgs
// would take every option as a positional, so it is dropped.
const args = process.argv.slice(2)
if (args[0] === '--') args.shift()
const { values } = parseArgs({
  args,
  options: { db: { type: 'string' }, port: { type: 'string' }, 'no-build': { type: 'boolean' } },
})
if (!values['no-build']) await build({ root: new URL('..', import.meta.url).pathname, logLevel: 'warn' })
const web = await startWeb({
  ...(values.db === undefined ? {} : { db: values.db }),
  port: Number(values.port ?? process.env.PORT ?? 4173),
})
console.log(`vanban web: ${web.url} (GraphQL at ${web.url}graphql)`)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void web.close().then(() => process.exit(0)))
}
