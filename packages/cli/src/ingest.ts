import { type IngestFilesResult, ingestFiles, migrate, type PrismaClient } from '@vanban/store'
import { readCommand, usageError } from './args.ts'
import {
  DATABASE_HELP,
  DATABASE_OPTION,
  databaseFromOption,
  gatewayFromOption,
  openCommandDatabase,
} from './database-option.ts'
import { ingestThroughGateway } from './gateway-ingest.ts'
import { createProgress } from './progress.ts'

const USAGE = `usage: vanban ingest <file or dir>... [--db <target>] [--wait <seconds>] [--api-key <key>]

Extracts and stores articles: each text file or saved web page (a folder stands for the .txt,
.html and .htm files under it), or a .json file holding an extraction. A page's metadata wins
over its text; a page is decoded by its meta charset (UTF-8, Windows-1258; legacy TCVN3 converted). Feeds (.xml, .rss,
.atom) list pages and are not articles: they are refused. Migrates the database first. The same article twice is
stored once. Prints "N new, N updated, N unchanged, N failed" and why each failure failed;
exits 1 when any failed. Empty files, and anything but regular files (a FIFO), are refused.

An embedded database takes one process at a time: while \`vanban serve\` holds the folder, send
the articles through it (--db http://host:port/graphql) or wait for it to stop (--wait).

  ${DATABASE_HELP}
  --db http://host:port/graphql
                 send each text file to a running gateway's ingestArticle mutation instead
  --api-key <key>  the gateway's API key (default: VANBAN_API_KEY)
  --wait <seconds> wait up to this long for another process holding the embedded database
                 (default: fail at once, writing nothing)`

/** `vanban ingest`: stores article files. Returns the exit code. */
export async function runIngest(args: string[]): Promise<number> {
  const parsed = readCommand<{ db?: string; wait?: string; 'api-key'?: string }>(
    args,
    { ...DATABASE_OPTION, wait: { type: 'string' }, 'api-key': { type: 'string' } },
    USAGE,
    true,
  )
  if (typeof parsed === 'number') return parsed
  if (parsed.positionals.length === 0) return usageError('give at least one file or folder to ingest', USAGE)
  const waitSeconds = parsed.values.wait === undefined ? 0 : Number(parsed.values.wait)
  if (!(Number.isFinite(waitSeconds) && waitSeconds >= 0)) {
    return usageError(`--wait ${parsed.values.wait}: expected a number of seconds, 0 or more`, USAGE)
  }
  const gateway = gatewayFromOption(parsed.values.db)
  if (gateway !== null) {
    const apiKey = parsed.values['api-key'] ?? process.env.VANBAN_API_KEY
    if (apiKey === undefined || apiKey === '') {
      return usageError(
        `--db ${gateway}: a gateway takes articles with an API key; give --api-key or VANBAN_API_KEY`,
        USAGE,
      )
    }
    return report(await ingestThroughGateway(gateway, apiKey, parsed.positionals))
  }
  const target = databaseFromOption(parsed.values.db)
  if (!target.ok) return usageError(target.error, USAGE)
  const db = await openCommandDatabase(
    'ingest',
    target.target,
    { lockWaitMs: waitSeconds * 1000 },
    'If it is `vanban serve`, send the articles through it: `vanban ingest <files> --db http://<host>:<port>/graphql` ' +
      'with VANBAN_API_KEY; or wait for it with --wait <seconds>.',
  )
  if (db === null) return 1
  try {
    await migrate(db)
    return report(await ingestWithProgress(db.prisma, parsed.positionals))
  } catch (error) {
    console.error(`vanban ingest: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  } finally {
    await db.close()
  }
}

function report(result: Awaited<ReturnType<typeof ingestThroughGateway>> & { interrupted?: boolean }): number {
  const { outcomes, counts } = result
  for (const outcome of outcomes) {
    if (outcome.status === 'failed') console.error(`failed: ${outcome.path}: ${outcome.reason}`)
  }
  const summary = `${counts.new} new, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.failed} failed`
  if (result.interrupted === true) {
    console.log(`interrupted after ${outcomes.length} file(s): ${summary}`)
    return 130
  }
  console.log(summary)
  return counts.failed > 0 ? 1 : 0
}

// Files done, rate and failures as the run goes (on stderr: a live line on a terminal, plain lines
// otherwise); Ctrl-C stops after the file being stored, and a second one quits at once.
async function ingestWithProgress(prisma: PrismaClient, paths: string[]): Promise<IngestFilesResult> {
  const progress = createProgress('ingest', {
    write: (text) => process.stderr.write(text),
    live: process.stderr.isTTY === true,
  })
  const stop = new AbortController()
  const onInterrupt = () => {
    stop.abort()
    progress.note('vanban ingest: stopping after the file being stored (Ctrl-C again to quit at once)')
    process.once('SIGINT', () => process.exit(130))
  }
  process.once('SIGINT', onInterrupt)
  try {
    return await ingestFiles(prisma, paths, {
      signal: stop.signal,
      onOutcome: (_outcome, counts) => progress.update(counts),
    })
  } finally {
    process.removeListener('SIGINT', onInterrupt)
    progress.done()
  }
}
