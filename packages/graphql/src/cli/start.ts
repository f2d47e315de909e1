import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { migrate } from '../db/migrate.ts'
import { openDatabase } from '../db/open.ts'
import { ingestFiles } from '../ingest/index.ts'
import { portFromEnv, serveUntilSignal } from '../server/run.ts'
import { readCommand, usageError } from './args.ts'
import { DATABASE_HELP, DATABASE_OPTION, databaseFromOption } from './database-option.ts'
import { WEB_HELP, WEB_OPTION, webFromOption } from './web-option.ts'

const USAGE = `usage: vanban start [--db <target>] [--web <dir>]

The main job on the embedded default database: applies pending migrations, loads the bundled
sample articles (packages/extract/fixtures/articles) when the database holds no article, and
serves GraphQL on PORT (default 4000), printing the GraphiQL address.

  ${WEB_HELP}
  ${DATABASE_HELP}`

/** The sample articles shipped beside the extractor, when this is a source checkout. */
export function sampleArticlesFolder(): string | null {
  const folder = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'extract', 'fixtures', 'articles')
  return existsSync(folder) ? folder : null
}

/** `vanban start` (the root `pnpm start`). Returns the exit code once the server has stopped. */
export async function runStart(args: string[]): Promise<number> {
  const parsed = readCommand<{ db?: string; web?: string }>(args, { ...DATABASE_OPTION, ...WEB_OPTION }, USAGE, false)
  if (typeof parsed === 'number') return parsed
  const target = databaseFromOption(parsed.values.db)
  if (!target.ok) return usageError(target.error, USAGE)

  const web = webFromOption(parsed.values.web)
  if (!web.ok) return usageError(web.error, USAGE)

  const db = await openDatabase(target.target)
  try {
    const migrated = await migrate(db)
    console.log(`${target.label}: ${migrated.applied.length === 0 ? 'up to date' : `applied ${migrated.applied.join(', ')}`}`)
    if ((await db.prisma.article.count()) === 0) {
      const samples = sampleArticlesFolder()
      if (samples === null) {
        console.log('no sample articles in this installation; the database stays empty (load some with `vanban ingest`)')
      } else {
        const { counts, outcomes } = await ingestFiles(db.prisma, [samples])
        console.log(`sample articles: ${counts.new} new, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.failed} failed`)
        for (const outcome of outcomes) if (outcome.status === 'failed') console.log(`  ${outcome.path}: ${outcome.reason}`)
      }
    }
    await serveUntilSignal(db.prisma, {
      port: portFromEnv(4000),
      ...(web.staticDir === undefined ? {} : { staticDir: web.staticDir }),
      onListening: (url) => {
        console.log(`vanban: GraphiQL at ${url}/graphql (GraphQL over ${target.label}); Ctrl-C stops`)
        if (web.staticDir !== undefined) console.log(`vanban: web explorer at ${url}/`)
      },
    })
    return 0
  } catch (error) {
    console.error(`vanban start: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  } finally {
    await db.close()
  }
}
