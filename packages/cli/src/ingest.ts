import { ingestFiles, migrate, openDatabase } from '@vanban/store'
import { readCommand, usageError } from './args.ts'
import { DATABASE_HELP, DATABASE_OPTION, databaseFromOption } from './database-option.ts'

const USAGE = `usage: vanban ingest <file or dir>... [--db <target>]

Extracts and stores articles: each text file (a folder stands for the .txt files under it), or
a .json file holding an extraction. Migrates the database first. The same article twice is
stored once. Prints "N new, N updated, N unchanged, N failed" and why each failure failed;
exits 1 when any failed.

  ${DATABASE_HELP}`

/** `vanban ingest`: stores article files. Returns the exit code. */
export async function runIngest(args: string[]): Promise<number> {
  const parsed = readCommand<{ db?: string }>(args, DATABASE_OPTION, USAGE, true)
  if (typeof parsed === 'number') return parsed
  if (parsed.positionals.length === 0) return usageError('give at least one file or folder to ingest', USAGE)
  const target = databaseFromOption(parsed.values.db)
  if (!target.ok) return usageError(target.error, USAGE)
  const db = await openDatabase(target.target)
  try {
    await migrate(db)
    const { outcomes, counts } = await ingestFiles(db.prisma, parsed.positionals)
    for (const outcome of outcomes) {
      if (outcome.status === 'failed') console.error(`failed: ${outcome.path}: ${outcome.reason}`)
    }
    console.log(`${counts.new} new, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.failed} failed`)
    return counts.failed > 0 ? 1 : 0
  } catch (error) {
    console.error(`vanban ingest: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  } finally {
    await db.close()
  }
}
