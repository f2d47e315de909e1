/**
 * Lists, per real page, where the page's own fields (title, publishedAt, byline) differ from the
 * gold, the page extracted with its URL as `pnpm eval` does; compares as `score.ts` does.
 *
 *   node --conditions=@vanban/source scripts/page-field-misses.ts [field] [id filter]
 *
 * Without a filter it ends with every metric of the corpus.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { normalizeText } from '@vanban/core'
import { extractCorpus, readGold, readPageUrls } from './eval.ts'
import { scoreArticles } from './score.ts'

const [field, filter] = process.argv.slice(2)
const real = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures-real')
const only = (id: string) => filter === undefined || id.includes(filter)
const predictions = extractCorpus(real, readPageUrls(real), only)
const gold = readGold(real, only)
const norm = (s: string | null | undefined) =>
  s == null ? null : normalizeText(String(s)).toLowerCase().replace(/\s+/g, ' ').trim()
const counts: Record<string, [number, number]> = {}
for (const [file, g] of gold) {
  const p = predictions.get(file) ?? {}
  for (const k of ['title', 'publishedAt', 'byline'] as const) {
    if (k === 'byline' && !('byline' in g)) continue
    counts[k] ??= [0, 0]
    const c = counts[k]
    c[1]++
    const same = k === 'publishedAt' ? (g[k] ?? null) === (p[k] ?? null) : norm(g[k]) === norm(p[k])
    if (same) c[0]++
    else if (field === undefined || field === k)
      console.log(
        `${file.replace(/\.json$/, '')} ${k}\n  gold ${JSON.stringify(g[k] ?? null)}\n  pred ${JSON.stringify(p[k] ?? null)}`,
      )
  }
}
for (const [k, [ok, n]] of Object.entries(counts)) console.log(`${k} ${ok}/${n} ${(ok / n).toFixed(3)}`)
// Every metric, to see what else a reading of the head moved.
if (filter === undefined)
  console.log(
    Object.entries(scoreArticles(gold, predictions).metrics)
      .map(([k, v]) => `${k} ${v.toFixed(4)}`)
      .join(' '),
  )
