import { serveUntilSignal } from '@vanban/graphql'
import { migrate } from '@vanban/store'
import { readCommand, usageError } from './args.ts'
import { DATABASE_HELP, DATABASE_OPTION, databaseFromOption, openCommandDatabase } from './database-option.ts'
import { portFrom } from './port-option.ts'
import { WEB_HELP, WEB_OPTION, webFromOption } from './web-option.ts'

const USAGE = `usage: vanban serve [--port N] [--host H] [--db <target>] [--web <dir>] [--statement-timeout <ms>]
                   [--pool-size N] [--shutdown-grace <ms>] [--count-cap N]

Serves GraphQL at /graphql (GraphiQL in a browser unless NODE_ENV=production), /healthz and
/readyz. Applies pending migrations first (idempotent, and locked against concurrent runs), so
a fresh database serves at once. Mutations need a key from VANBAN_API_KEYS (comma-separated)
as \`Authorization: Bearer <key>\`. SIGTERM finishes in-flight requests (cancelling those still
running after the grace period), then exits.

  --port N       port to listen on (default: PORT, else 4000)
  --host H       address to bind (default 127.0.0.1; 0.0.0.0 for every interface)
  --statement-timeout <ms>  cancel a request's database statement after this long, answering
                 STATEMENT_TIMEOUT (default 5000; PostgreSQL only, PGlite cannot interrupt one)
  --pool-size N  most PostgreSQL connections to hold (default 10)
  --shutdown-grace <ms>  how long SIGTERM waits for in-flight requests (default 30000)
  --count-cap N  count a connection's totalCount exactly up to N, past it give the planner's
                 estimate with totalCountIsEstimate (default 10000; a large archive answers fast)
  ${WEB_HELP}
  ${DATABASE_HELP}`

const COUNT_OPTIONS = ['statement-timeout', 'pool-size', 'shutdown-grace', 'count-cap'] as const

/** A whole number above 0 from an option, `undefined` when absent, or null when malformed. */
function parseCount(text: string | undefined): number | undefined | null {
  if (text === undefined) return undefined
  const value = Number(text)
  return Number.isInteger(value) && value > 0 ? value : null
}

/** `vanban serve`: migrates, then serves until SIGTERM/SIGINT. Returns the exit code. */
export async function runServe(args: string[]): Promise<number> {
  const parsed = readCommand<{
    db?: string
    port?: string
    host?: string
    web?: string
    'statement-timeout'?: string
    'pool-size'?: string
    'shutdown-grace'?: string
    'count-cap'?: string
  }>(
    args,
    {
      ...DATABASE_OPTION,
      port: { type: 'string' },
      host: { type: 'string' },
      ...WEB_OPTION,
      'statement-timeout': { type: 'string' },
      'pool-size': { type: 'string' },
      'shutdown-grace': { type: 'string' },
      'count-cap': { type: 'string' },
    },
    USAGE,
    false,
  )
  if (typeof parsed === 'number') return parsed
  const port = portFrom(parsed.values.port)
  if (!port.ok) return usageError(port.error, USAGE)
  const counts: Partial<Record<(typeof COUNT_OPTIONS)[number], number>> = {}
  for (const name of COUNT_OPTIONS) {
    const value = parseCount(parsed.values[name])
    if (value === null) return usageError(`--${name} ${parsed.values[name]}: expected a whole number above 0`, USAGE)
    if (value !== undefined) counts[name] = value
  }
  const {
    'statement-timeout': statementTimeoutMs,
    'pool-size': poolSize,
    'shutdown-grace': shutdownGraceMs,
    'count-cap': countCap,
  } = counts
  const target = databaseFromOption(parsed.values.db)
  if (!target.ok) return usageError(target.error, USAGE)

  const web = webFromOption(parsed.values.web)
  if (!web.ok) return usageError(web.error, USAGE)

  const db = await openCommandDatabase('serve', target.target, poolSize === undefined ? {} : { poolSize })
  if (db === null) return 1
  try {
    const migrated = await migrate(db)
    if (migrated.applied.length > 0) console.log(`${target.label}: applied ${migrated.applied.join(', ')}`)
    await serveUntilSignal(db.prisma, {
      port: port.port,
      ...(parsed.values.host === undefined ? {} : { host: parsed.values.host }),
      ...(web.staticDir === undefined ? {} : { staticDir: web.staticDir }),
      ...(statementTimeoutMs === undefined ? {} : { statementTimeoutMs }),
      ...(shutdownGraceMs === undefined ? {} : { shutdownGraceMs }),
      ...(countCap === undefined ? {} : { countCap }),
      onListening: (url) => {
        console.log(`vanban: GraphQL at ${url}/graphql over ${target.label}`)
        if (web.staticDir !== undefined) console.log(`vanban: web explorer at ${url}/`)
      },
    })
    return 0
  } catch (error) {
    console.error(`vanban serve: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  } finally {
    await db.close()
  }
}
