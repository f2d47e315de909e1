import { serveUntilSignal } from '@vanban/graphql'
import { ingestFiles, migrate } from '@vanban/store'
import { readCommand, usageError } from './args.ts'
import { DATABASE_HELP, DATABASE_OPTION, databaseFromOption, openCommandDatabase } from './database-option.ts'
import { portFrom } from './port-option.ts'
import { WEB_HELP, WEB_OPTION, webFromOption } from './web-option.ts'

const USAGE = `usage: vanban start [--db <target>] [--web <dir>] [--samples <dir>]

The main job on the embedded default database: applies pending migrations, loads the sample
articles in --samples (the repository's \`pnpm start\` gives packages/extract/fixtures/articles)
when the database holds no article, and serves GraphQL on PORT (default 4000), printing the
GraphiQL address.

  --samples <dir>  article files to load into an empty database
  ${WEB_HELP}
  ${DATABASE_HELP}`

/** `vanban start` (the root `pnpm start`). Returns the exit code once the server has stopped. */
export async function runStart(args: string[]): Promise<number> {
  const parsed = readCommand<{ db?: string; web?: string; samples?: string }>(
    args,
    { ...DATABASE_OPTION, ...WEB_OPTION, samples: { type: 'string' } },
    USAGE,
    false,
  )
  if (typeof parsed === 'number') return parsed
  const target = databaseFromOption(parsed.values.db)
  if (!target.ok) return usageError(target.error, USAGE)

  const web = webFromOption(parsed.values.web)
  if (!web.ok) return usageError(web.error, USAGE)
  const port = portFrom(undefined)
  if (!port.ok) return usageError(port.error, USAGE)

  const db = await openCommandDatabase('start', target.target)
  if (db === null) return 1
  try {
    const migrated = await migrate(db)
    console.log(
      `${target.label}: ${migrated.applied.length === 0 ? 'up to date' : `applied ${migrated.applied.join(', ')}`}`,
    )
    if ((await db.prisma.article.count()) === 0) {
      const samples = parsed.values.samples
      if (samples === undefined) {
        console.log('no --samples folder given; the database stays empty (load articles with `vanban ingest`)')
      } else {
        const { counts, outcomes } = await ingestFiles(db.prisma, [samples])
        console.log(
          `sample articles: ${counts.new} new, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.failed} failed`,
        )
        for (const outcome of outcomes)
          if (outcome.status === 'failed') console.log(`  ${outcome.path}: ${outcome.reason}`)
      }
    }
    await serveUntilSignal(db.prisma, {
      port: port.port,
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
