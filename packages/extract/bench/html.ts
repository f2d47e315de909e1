/**
 * Pages per second for HTML → records (`extractHtml`: metadata, Readability, the text path)
 * beside the text path alone on the same articles, and the two DOMs Readability can run over
 * (linkedom, which `extractHtml` uses, and jsdom) measured for speed and for quality: the
 * HTML fixtures scored against their gold with each. One core; one untimed pass first.
 *
 *   node --conditions=@vanban/source bench/html.ts
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { JSDOM } from 'jsdom'
import { parseHTML } from 'linkedom'
import { readGold, readSavedPage } from '../scripts/eval.ts'
import { scoreArticles } from '../scripts/score.ts'
import type { DomDocument } from '../src/html/dom.ts'
import { extractFromDocument, extractHtml } from '../src/html/extract-html.ts'
import { extractArticle, toGold } from '../src/index.ts'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.join(here, '..')
const pagesDir = path.join(root, 'fixtures-html', 'pages')
const files = fs
  .readdirSync(pagesDir)
  .filter((f) => f.endsWith('.html'))
  .sort()
const pages = files.map((f) => readSavedPage(path.join(pagesDir, f)))
const texts = files.map((f) =>
  fs.readFileSync(path.join(root, 'fixtures', 'articles', f.replace(/\.html$/, '.txt')), 'utf8'),
)

// BENCH_QUICK=1 (CI) runs every measurement briefly: it proves the bench runs, not the figures.
const QUICK = process.env.BENCH_QUICK === '1'
const ROUNDS = QUICK ? 1 : 40

const viaLinkedom = (html: string) => extractHtml(html)
const viaJsdom = (html: string) => extractFromDocument(new JSDOM(html).window.document as unknown as DomDocument)

function pagesPerSecond(run: (input: string) => unknown, inputs: string[]): number {
  for (const p of inputs) run(p)
  const t = performance.now()
  for (let r = 0; r < ROUNDS; r++) for (const p of inputs) run(p)
  return (ROUNDS * inputs.length) / ((performance.now() - t) / 1000)
}

const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p, 'utf8'), 0)
console.log(`HTML fixtures: ${pages.length} pages, ${(bytes / pages.length / 1024).toFixed(1)} KB each on average`)
const text = pagesPerSecond((t) => extractArticle(t), texts)
const linkedom = pagesPerSecond(viaLinkedom, pages)
const jsdom = pagesPerSecond(viaJsdom, pages)
const parseOnly = pagesPerSecond((h) => parseHTML(h), pages)
console.log(`text path (extractArticle, same articles as text): ${text.toFixed(0)} pages/s`)
console.log(`extractHtml over linkedom:                         ${linkedom.toFixed(0)} pages/s`)
console.log(`extractHtml over jsdom:                            ${jsdom.toFixed(0)} pages/s`)
console.log(`linkedom parse alone:                              ${parseOnly.toFixed(0)} pages/s`)

const gold = readGold(path.join(root, 'fixtures'))
const wanted = new Map([...gold].filter(([f]) => files.includes(f.replace(/\.json$/, '.html'))))
for (const [name, run] of [
  ['linkedom', viaLinkedom],
  ['jsdom', viaJsdom],
] as const) {
  const predictions = new Map(files.map((f, i) => [f.replace(/\.html$/, '.json'), toGold(run(pages[i]!).extraction)]))
  const { metrics } = scoreArticles(wanted, predictions)
  console.log(
    `quality over ${name}: ${Object.entries(metrics)
      .map(([k, v]) => `${k}=${v.toFixed(3)}`)
      .join(' ')}`,
  )
}
