import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import type { Extraction } from '@vanban/core'
import { extractArticle, toGold } from '@vanban/extract'
import type { FieldSources } from '@vanban/extract/html'
import { HTML_FILE_EXTENSIONS, readIngestInputs } from '@vanban/store'
import { readCommand, usageError } from './args.ts'

const USAGE = `usage: vanban extract <file or dir>... --out <dir>

Extracts each article text file and saved web page (a folder stands for the .txt, .html and
.htm files under it) and writes <dir>/<name>.json in the gold shape (title, publishedAt, byline,
directives, events, relations, people), with the whole extraction under "extraction", so
\`vanban ingest <dir>\` stores exactly what was extracted. A page's metadata (JSON-LD, Open
Graph, date metas, <time>) wins over what its text gives; "sources" says where each field came
from. Feeds (.xml, .rss, .atom) list pages and are not articles: they are refused. Files are
written whole or not at all. Exits 1 when any input failed, after doing the others.`

/** `vanban extract`: article text files and folders to gold-shaped JSON files. Returns the exit code. */
export async function runExtract(args: string[]): Promise<number> {
  const parsed = readCommand<{ out?: string }>(args, { out: { type: 'string', short: 'o' } }, USAGE, true)
  if (typeof parsed === 'number') return parsed
  const out = parsed.values.out
  if (out === undefined || out === '') return usageError('--out <dir> is required', USAGE)
  if (parsed.positionals.length === 0) return usageError('give at least one article text file or folder', USAGE)

  await mkdir(out, { recursive: true })
  let done = 0
  let failed = 0
  for await (const input of readIngestInputs(parsed.positionals, ['.txt', ...HTML_FILE_EXTENSIONS])) {
    done++
    const target = join(out, `${basename(input.path, extname(input.path))}.json`)
    try {
      if (!input.ok) throw new Error(input.reason)
      const read = await extractFile(input.path, input.content)
      await writeAtomically(target, `${JSON.stringify({ ...toGold(read.extraction), ...read }, null, 2)}\n`)
      console.log(`${input.path} -> ${target}`)
    } catch (error) {
      failed++
      console.error(`failed: ${input.path}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  if (failed > 0) console.error(`${failed} of ${done} file(s) failed`)
  return failed > 0 ? 1 : 0
}

// A saved page through the HTML path (with where each field came from), anything else as text.
// The HTML reader is loaded only when a page comes.
async function extractFile(path: string, content: string): Promise<{ extraction: Extraction; sources?: FieldSources }> {
  if (!HTML_FILE_EXTENSIONS.includes(extname(path).toLowerCase())) return { extraction: extractArticle(content) }
  const { extractHtml } = await import('@vanban/extract/html')
  return extractHtml(content)
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
