import { migrate } from '@vanban/store'
import { readCommand, usageError } from './args.ts'
import { DATABASE_HELP, DATABASE_OPTION, databaseFromOption, openCommandDatabase } from './database-option.ts'

const USAGE = `usage: vanban migrate [--db <target>]

Applies the pending migrations of prisma/migrations, recording them in _prisma_migrations as
\`prisma migrate deploy\` does.

  ${DATABASE_HELP}`

/** `vanban migrate`: applies pending migrations. Returns the exit code. */
export async function runMigrate(args: string[]): Promise<number> {
  const parsed = readCommand<{ db?: string }>(args, DATABASE_OPTION, USAGE, false)
  if (typeof parsed === 'number') return parsed
  const target = databaseFromOption(parsed.values.db)
  if (!target.ok) return usageError(target.error, USAGE)
  const db = await openCommandDatabase('migrate', target.target)
  if (db === null) return 1
  try {
    const result = await migrate(db)
    for (const name of result.applied) console.log(`applied ${name}`)
    console.log(
      result.applied.length === 0
        ? `${target.label}: already up to date (${result.alreadyApplied.length} migration(s))`
        : `${target.label}: applied ${result.applied.length} migration(s)`,
    )
    return 0
  } catch (error) {
    console.error(`vanban migrate: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  } finally {
    await db.close()
  }
}
