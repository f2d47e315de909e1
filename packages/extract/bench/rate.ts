/**
 * One measurement for `against.ts`: the throughput of the `extractArticle` exported by the module
 * given (this checkout's or another's `src/index.ts`) on this checkout's bench corpus, printed as
 * one JSON line: MB, wall and CPU milliseconds, and how the corpus was read. With `batched`, the
 * corpus is read by one `extractArticles` call where the module exports it (one `extractArticle`
 * call per article where it does not: a checkout from before it).
 *
 *   node --conditions=@vanban/source bench/rate.ts <path of src/index.ts> [MB] [batched]
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { cpuMs } from './clock.ts'
import { benchCorpus } from './corpus.ts'

const [entry, size, mode] = process.argv.slice(2)
if (entry === undefined) throw new Error('usage: rate.ts <path of an extract src/index.ts> [MB] [batched]')
const { extractArticle, extractArticles } = (await import(pathToFileURL(path.resolve(entry)).href)) as {
  extractArticle: (text: string) => unknown
  extractArticles?: (texts: string[]) => unknown[]
}
const batched = mode === 'batched' && extractArticles !== undefined
const { articles, bytes } = benchCorpus(Number(size ?? 20))
for (const a of articles.slice(0, 200)) extractArticle(a)
const wall0 = performance.now()
const cpu0 = cpuMs()
if (batched) extractArticles(articles)
else for (const a of articles) extractArticle(a)
const read = batched ? 'extractArticles' : 'extractArticle'
console.log(
  JSON.stringify({ mb: bytes / (1024 * 1024), wallMs: performance.now() - wall0, cpuMs: cpuMs() - cpu0, read }),
)
