/**
 * Prints, for each article of a corpus, where the extraction differs from the gold file: the
 * single fields, and the events, directives and people side by side. A tool for finding which
 * rule missed, not a score (see `eval.ts` for that).
 *
 *   node --conditions=@vanban/source scripts/compare.ts <corpus dir> [name filter]
 */
import fs from 'node:fs'
import path from 'node:path'
import { extractArticle, toGold } from '../src/index.ts'

const [dir, filter] = process.argv.slice(2)
if (dir === undefined) {
  console.error('usage: compare.ts <corpus dir with articles/ and gold/> [name filter]')
  process.exit(2)
}
const norm = (v: unknown) =>
  JSON.stringify(v ?? null)
    .normalize('NFC')
    .toLowerCase()
for (const f of fs.readdirSync(path.join(dir, 'articles')).sort()) {
  if (filter !== undefined && !f.includes(filter)) continue
  const goldFile = path.join(dir, 'gold', f.replace(/\.txt$/, '.json'))
  if (!fs.existsSync(goldFile)) continue
  const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8')) as Record<string, unknown>
  const pred = toGold(extractArticle(fs.readFileSync(path.join(dir, 'articles', f), 'utf8'))) as Record<string, unknown>
  const lines: string[] = []
  for (const k of ['title', 'publishedAt', 'byline', 'source']) {
    if (norm(gold[k]) !== norm(pred[k]))
      lines.push(`  ${k}: gold ${JSON.stringify(gold[k])} pred ${JSON.stringify(pred[k])}`)
  }
  const show = (xs: unknown) =>
    ((xs as Array<Record<string, unknown>>) ?? []).map((x) => JSON.stringify({ ...x, roles: undefined }))
  for (const k of ['directives', 'events', 'relations', 'people']) {
    const g = show(gold[k])
    const p = show(pred[k])
    if (norm(g.map((x) => x)) !== norm(p)) {
      lines.push(`  ${k}:`)
      for (const x of g) lines.push(`    gold ${x}`)
      for (const x of p) lines.push(`    pred ${x}`)
    }
  }
  if (lines.length > 0) console.log(`${f}\n${lines.join('\n')}`)
}
