/**
 * Lists the real pages' relations the extraction missed (`-`) and added (`+`), with the
 * sentence of the page that names both directives when there is one: the work list for
 * `relations`. Codes compare as `score.ts` compares them.
 *
 *   node --conditions=@vanban/source scripts/relation-misses.ts [page-id prefix]
 */
import path from 'node:path'
import { extractCorpus, readGold, readPageUrls } from './eval.ts'

const real = path.resolve(import.meta.dirname, '..', 'fixtures-real')
const prefix = process.argv[2]
const only = (id: string) => prefix === undefined || id.startsWith(prefix)
const code = (c: string) => c.normalize('NFC').replace(/\s+/g, '').toUpperCase()
const key = (r: { from: string; type: string; to: string }) => `${code(r.from)} ${r.type} ${code(r.to)}`
const gold = readGold(real, only)
const predicted = extractCorpus(real, readPageUrls(real), only)
let missed = 0
let added = 0
let right = 0
for (const [file, g] of gold) {
  const gr = new Set((g.relations ?? []).map(key))
  const pr = new Set((predicted.get(file)?.relations ?? []).map(key))
  const lines = [
    ...[...gr].filter((r) => !pr.has(r)).map((r) => `  - ${r}`),
    ...[...pr].filter((r) => !gr.has(r)).map((r) => `  + ${r}`),
  ]
  right += [...pr].filter((r) => gr.has(r)).length
  missed += [...gr].filter((r) => !pr.has(r)).length
  added += [...pr].filter((r) => !gr.has(r)).length
  if (lines.length > 0) console.log(`${file}\n${lines.join('\n')}`)
}
console.log(`right ${right} missed ${missed} added ${added}`)
