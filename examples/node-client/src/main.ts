// Asks a running gateway about one directive and prints what it found, checked by @vanban/core:
//   pnpm --filter @vanban-examples/node-client start -- [code] [--url http://127.0.0.1:4000/graphql]
import { parseArgs } from 'node:util'
import { createClient } from './client.ts'

// `pnpm --filter <example> start -- <args>` hands the script a leading `--`; after it parseArgs
// would take every option as a positional, so it is dropped.
const args = process.argv.slice(2)
if (args[0] === '--') args.shift()
const { values, positionals } = parseArgs({
  args,
  allowPositionals: true,
  options: { url: { type: 'string', default: process.env.VANBAN_URL ?? 'http://127.0.0.1:4000/graphql' } },
})
const code = positionals[0] ?? '35-NQ/TW'
const client = createClient({ url: values.url })

const directive = await client.directive(code)
if (!directive.ok) {
  console.error(`${directive.error.kind}: ${directive.error.message}`)
  process.exit(1)
}
if (directive.value === null) {
  console.log(`The gateway knows no directive ${code}.`)
  process.exit(0)
}
const { record, relations } = directive.value
console.log(
  `${record.code} (${record.system}, ${record.type}, issued ${record.issuedOn ?? 'on an unknown date'} by ${record.issuingBody ?? record.issuerCode})`,
)
for (const r of relations) console.log(`  ${r.direction === 'outgoing' ? r.type : `${r.type} (by)`} ${r.code}`)

const events = await client.eventsCiting(record.code)
if (!events.ok) {
  console.error(`${events.error.kind}: ${events.error.message}`)
  process.exit(1)
}
for (const { record: e } of events.value) {
  console.log(`  ${e.date ?? '?'}  ${e.kind}  ${e.title ?? ''}${e.organizer ? ` — ${e.organizer}` : ''}`)
}
