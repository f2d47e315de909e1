/**
 * Writes the whole extraction of every article the project has (fixtures, blind fixtures,
 * real-page fixtures, and ../shared/corpus when it is beside the repository), each as written,
 * flattened onto one line and upper-cased, one JSON line per input. Two runs compared with
 * `cmp` tell whether a refactoring changed any output.
 *
 *   node --conditions=@vanban/source scripts/snapshot.ts > before.jsonl
 */
import fs from 'node:fs'
import path from 'node:path'
import { extractArticle } from '../src/index.ts'

const packageDir = path.dirname(import.meta.dirname)
const corpora = ['fixtures', 'fixtures-blind', 'fixtures-real', path.join('..', '..', '..', 'shared', 'corpus')]

const variants: Record<string, (text: string) => string> = {
  whole: (text) => text,
  flat: (text) => text.replace(/\s*\n\s*/g, ' '),
  upper: (text) => text.toUpperCase(),
}

for (const corpus of corpora) {
  const folder = path.join(packageDir, corpus, 'articles')
  if (!fs.existsSync(folder)) continue
  for (const name of fs.readdirSync(folder).sort()) {
    const text = fs.readFileSync(path.join(folder, name), 'utf8')
    for (const [variant, make] of Object.entries(variants)) {
      const extraction = extractArticle(make(text))
      process.stdout.write(`${JSON.stringify({ corpus: path.basename(corpus), name, variant, extraction })}\n`)
    }
  }
}
