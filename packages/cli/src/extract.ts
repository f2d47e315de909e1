import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import { extractArticle, toGold } from '@vanban/extract'
import { readCommand, usageError } from './args.ts'

const USAGE = `usage: vanban extract <file>... --out <dir>

Extracts each article text file and writes <dir>/<name>.json in the gold shape (title,
publishedAt, byline, directives, events, relations, people). Files are written whole or not at
all. Exits 1 when any input failed, after doing the others.`

/** `vanban extract`: article text files to gold-shaped JSON files. Returns the exit code. */
export async function runExtract(args: string[]): Promise<number> {
  const parsed = readCommand<{ out?: string }>(args, { out: { type: 'string', short: 'o' } }, USAGE, true)
  if (typeof parsed === 'number') return parsed
  const out = parsed.values.out
  if (out === undefined || out === '') return usageError('--out <dir> is required', USAGE)
  if (parsed.positionals.length === 0) return usageError('give at least one article text file', USAGE)

  await mkdir(out, { recursive: true })
  let failed = 0
  for (const file of parsed.positionals) {
    const target = join(out, `${basename(file, extname(file))}.json`)
    try {
      const text = await readFile(file, 'utf8')
      const gold = toGold(extractArticle(text))
      await writeAtomically(target, `${JSON.stringify(gold, null, 2)}\n`)
      console.log(`${file} -> ${target}`)
    } catch (error) {
      failed++
      console.error(`failed: ${file}: ${describeError(error)}`)
    }
  }
  if (failed > 0) console.error(`${failed} of ${parsed.positionals.length} file(s) failed`)
  return failed > 0 ? 1 : 0
}

// A reader of <dir> sees either the previous file or the complete new one, never a partial
// write: the text goes to a temporary file beside the target, then is renamed over it.
async function writeAtomically(path: string, content: string): Promise<void> {
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`
  try {
    await writeFile(temporary, content, 'utf8')
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}

function describeError(error: unknown): string {
  if (error !== null && typeof error === 'object' && 'code' in error && error.code === 'ENOENT') return 'no such file'
  return error instanceof Error ? error.message : String(error)
}
