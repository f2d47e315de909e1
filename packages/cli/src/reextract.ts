import { EXTRACTOR_VERSION } from '@vanban/extract'
import { migrate, type PrismaClient, type ReextractResult, reextractArticles } from '@vanban/store'
import { readCommand, usageError } from './args.ts'
import { DATABASE_HELP, DATABASE_OPTION, databaseFromOption, openCommandDatabase } from './database-option.ts'
import { createProgress } from './progress.ts'

const USAGE = `usage: vanban reextract [--db <target>] [--only-older]

Runs the current extractor (version ${EXTRACTOR_VERSION}) again over every stored article and
stores what changed, one transaction per article: its directives, events, citations and
other links are replaced together; an unchanged article only records the version. An article
crawled from a web page is read again from the page vanban crawl saved (its metadata too);
any other from its stored text. A failure leaves its article as stored and the run goes on.
Migrates the database first. Prints "N changed, N unchanged, N failed (M from saved pages)"
and why each failure failed; exits 1 when any failed. Ctrl-C stops after the article being
stored.

  ${DATABASE_HELP}
  --only-older   only the articles that no extractor, or an older one, read`

/** `vanban reextract`: re-reads the stored articles with the current extractor. Returns the exit code. */
export async function runReextract(args: string[]): Promise<number> {
  const parsed = readCommand<{ db?: string; 'only-older'?: boolean }>(
    args,
    { ...DATABASE_OPTION, 'only-older': { type: 'boolean' } },
    USAGE,
    false,
  )
  if (typeof parsed === 'number') return parsed
  const target = databaseFromOption(parsed.values.db)
  if (!target.ok) return usageError(target.error, USAGE)
  const db = await openCommandDatabase(
    'reextract',
    target.target,
    {},
    'Stop it first (`vanban serve` holds an embedded database while it runs), then run reextract again.',
  )
  if (db === null) return 1
  try {
    await migrate(db)
    return report(await reextractWithProgress(db.prisma, parsed.values['only-older'] === true))
  } catch (error) {
    console.error(`vanban reextract: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  } finally {
    await db.close()
  }
}

function report(result: ReextractResult & { failures: string[] }): number {
  for (const failure of result.failures) console.error(`failed: ${failure}`)
  const { counts } = result
  const summary = `${counts.changed} changed, ${counts.unchanged} unchanged, ${counts.failed} failed (${result.fromRawPages} from saved pages)`
  if (result.interrupted) {
    console.log(`interrupted after ${counts.changed + counts.unchanged + counts.failed} article(s): ${summary}`)
    return 130
  }
  console.log(summary)
  return counts.failed > 0 ? 1 : 0
}

// Articles done, rate and counts as the run goes (on stderr); Ctrl-C stops after the article
// being stored, and a second one quits at once.
async function reextractWithProgress(
  prisma: PrismaClient,
  onlyOlder: boolean,
): Promise<ReextractResult & { failures: string[] }> {
  const progress = createProgress<ReextractResult['counts']>('reextract', {
    write: (text) => process.stderr.write(text),
    live: process.stderr.isTTY === true,
    unit: 'article',
  })
  const stop = new AbortController()
  const onInterrupt = () => {
    stop.abort()
    progress.note('vanban reextract: stopping after the article being stored (Ctrl-C again to quit at once)')
    process.once('SIGINT', () => process.exit(130))
  }
  process.once('SIGINT', onInterrupt)
  const failures: string[] = []
  try {
    const result = await reextractArticles(prisma, {
      onlyOlder,
      signal: stop.signal,
      onOutcome: (outcome, counts) => {
        if (outcome.status === 'failed') failures.push(`${outcome.identity}: ${outcome.reason}`)
        progress.update(counts)
      },
    })
    return { ...result, failures }
  } finally {
    process.removeListener('SIGINT', onInterrupt)
    progress.done()
  }
}
