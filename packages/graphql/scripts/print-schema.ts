/**
 * Writes the GraphQL schema, types sorted, to packages/graphql/schema.graphql. With `--check`,
 * writes nothing and exits 1 when the committed file differs from the schema the code builds.
 *
 *   node --conditions=@vanban/source packages/graphql/scripts/print-schema.ts [--check]
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { printSortedSchema } from '../src/schema/index.ts'

const file = join(dirname(dirname(fileURLToPath(import.meta.url))), 'schema.graphql')
const printed = printSortedSchema()

if (process.argv.includes('--check')) {
  let committed = ''
  try {
    committed = readFileSync(file, 'utf8')
  } catch {
    // a missing file is drift like any other
  }
  if (committed !== printed) {
    console.error(
      `${file} is out of date: run node --conditions=@vanban/source packages/graphql/scripts/print-schema.ts`,
    )
    process.exit(1)
  }
  console.log(`${file} is up to date`)
} else {
  writeFileSync(file, printed)
  console.log(`wrote ${file}`)
}
