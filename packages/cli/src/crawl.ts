import {
  type CrawlCounts,
  type CrawlOptionsInput,
  CrawlOptionsSchema,
  crawl,
  openFrontier,
  readPage,
} from '@vanban/crawl'
import { type Database, migrate, parseDatabaseTarget } from '@vanban/store'
import { readCommand, usageError } from './args.ts'
import { DATABASE_HELP, DATABASE_OPTION, databaseFromOption, openCommandDatabase } from './database-option.ts'
import { createRunProgress } from './progress.ts'

const USAGE = `usage: vanban crawl <URL or feed>... [--db <target>] [--include <pattern>]... [--max-pages N]
                    [--worker] [--rate <req/s>] [--contact <email or URL>] [--fresh-hours H]

Fetches pages politely and keeps them: each page raw (compressed, with its headers) and its
article extracted and stored. A feed's items are fetched; a page's links are followed when they
stay on its site and match an --include pattern (none: no links are followed). robots.txt is
honoured, each host gets --rate requests a second, unchanged pages answer a conditional GET, and a
page fetched within --fresh-hours is not fetched again. Migrates the database first.

On PostgreSQL the crawl's queue lives in the database: \`vanban crawl --worker --db <url>\` on
other machines joins it (the patterns travel with the queue), and a worker that dies has its page
retried by another. On an embedded database the crawl runs in this process.

  ${DATABASE_HELP}
  --include <pattern>  links to follow: * stands for any characters; a pattern with :// is matched
                 against the whole URL, others against the path (/thoi-su/*); repeatable
  --max-pages N  stop after storing N pages in this process (default 1000)
  --worker       join the crawl queued in a PostgreSQL --db (seeds optional)
  --rate <req/s> requests a second to one host (default 1)
  --contact <email or URL>  put in the User-Agent, for site owners to reach you
  --fresh-hours H  a page fetched or confirmed this recently is skipped (default 24)

Progress goes to stderr; Ctrl-C stops taking pages (pages being fetched go back to the queue),
and a second Ctrl-C quits at once. Exits 0 when the crawl ran (the summary counts its errors),
130 when stopped, 2 for bad arguments.`

type CrawlArgs = {
  db?: string
  include?: string[]
  'max-pages'?: string
  worker?: boolean
  rate?: string
  contact?: string
  'fresh-hours'?: string
}

/** `vanban crawl`: crawls from URLs and feeds, or joins a shared crawl. Returns the exit code. */
export async function runCrawl(args: string[]): Promise<number> {
  const parsed = readCommand<CrawlArgs>(
    args,
    {
      ...DATABASE_OPTION,
      include: { type: 'string', multiple: true },
      'max-pages': { type: 'string' },
      worker: { type: 'boolean' },
      rate: { type: 'string' },
      contact: { type: 'string' },
      'fresh-hours': { type: 'string' },
    },
    USAGE,
    true,
  )
  if (typeof parsed === 'number') return parsed
  const { values, positionals: seeds } = parsed
  if (seeds.length === 0 && values.worker !== true)
    return usageError('give at least one URL or feed to crawl, or --worker to join a crawl', USAGE)
  for (const seed of seeds) {
    if (!URL.canParse(seed) || !/^https?:$/u.test(new URL(seed).protocol))
      return usageError(`${seed}: expected an http:// or https:// URL`, USAGE)
  }
  const options = crawlOptions(values)
  if (!options.ok) return usageError(options.error, USAGE)
  const target = databaseFromOption(values.db)
  if (!target.ok) return usageError(target.error, USAGE)
  if (values.worker === true && parseDatabaseTarget(target.target).kind !== 'postgres') {
    console.error(
      `vanban crawl: --worker joins a crawl queued in PostgreSQL; ${target.label} is an embedded database, which one process holds. Give --db postgres://...`,
    )
    return 2
  }
  const db = await openCommandDatabase('crawl', target.target)
  if (db === null) return 1
  try {
    await migrate(db)
    return await crawlWithProgress(db, seeds, options.value)
  } catch (error) {
    console.error(`vanban crawl: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  } finally {
    await db.close()
  }
}

function crawlOptions(values: CrawlArgs): { ok: true; value: CrawlOptionsInput } | { ok: false; error: string } {
  // A flag's value as a number; anything else becomes NaN, which the schema refuses.
  const number = (value: string) => (value.trim() === '' ? Number.NaN : Number(value))
  const input: CrawlOptionsInput = {
    ...(values.include === undefined ? {} : { include: values.include }),
    ...(values['max-pages'] === undefined ? {} : { maxPages: number(values['max-pages']) }),
    ...(values.rate === undefined ? {} : { rate: number(values.rate) }),
    ...(values.contact === undefined ? {} : { contact: values.contact }),
    ...(values['fresh-hours'] === undefined
      ? {}
      : { freshForMs: Math.round(number(values['fresh-hours']) * 3_600_000) }),
  }
  const checked = CrawlOptionsSchema.safeParse(input)
  if (checked.success) return { ok: true, value: input }
  const flags: Record<string, string> = {
    maxPages: '--max-pages',
    rate: '--rate',
    contact: '--contact',
    freshForMs: '--fresh-hours',
    include: '--include',
  }
  const issue = checked.error.issues[0]
  const key = String(issue?.path[0] ?? '')
  const accepted: Record<string, string> = {
    maxPages: 'a whole number above 0',
    rate: 'requests a second, above 0 and at most 100',
    contact: 'an e-mail address or URL',
    freshForMs: 'hours, 0 or more',
    include: 'non-empty patterns',
  }
  return { ok: false, error: `${flags[key] ?? key}: expected ${accepted[key] ?? 'a valid value'} (${issue?.message})` }
}

const pagesDone = (c: CrawlCounts) => c.stored + c.notModified + c.fresh + c.disallowed + c.errors

async function crawlWithProgress(db: Database, seeds: string[], options: CrawlOptionsInput): Promise<number> {
  const progress = createRunProgress<CrawlCounts>(
    { write: (text) => process.stderr.write(text), live: process.stderr.isTTY === true, plainEveryFiles: 50 },
    {
      done: pagesDone,
      line: (c, seconds) =>
        `crawl: ${pagesDone(c)} pages (${(pagesDone(c) / seconds).toFixed(1)}/s), ${c.stored} stored, ` +
        `${c.queued} queued, ${c.errors} errors`,
    },
  )
  const stop = new AbortController()
  const onInterrupt = () => {
    stop.abort()
    progress.note('vanban crawl: stopping; pages being fetched go back to the queue (Ctrl-C again to quit at once)')
    process.once('SIGINT', () => process.exit(130))
  }
  process.once('SIGINT', onInterrupt)
  const frontier = await openFrontier(db)
  try {
    const { counts, end } = await crawl({
      db,
      frontier,
      readPage,
      seeds,
      options,
      signal: stop.signal,
      onProgress: (counts) => progress.update(counts),
      onNote: (note) => progress.note(note),
    })
    progress.done()
    const summary =
      `${counts.stored} stored, ${counts.notModified} unchanged (304), ${counts.fresh} fresh (skipped), ` +
      `${counts.disallowed} disallowed by robots.txt, ${counts.articles} articles, ${counts.errors} errors; ` +
      `${counts.queued} queued`
    if (end === 'stopped') {
      console.log(`stopped: ${summary}`)
      return 130
    }
    console.log(end === 'max-pages' ? `stopped at --max-pages: ${summary}` : summary)
    return 0
  } finally {
    process.removeListener('SIGINT', onInterrupt)
    progress.done()
    await frontier.close()
  }
}
