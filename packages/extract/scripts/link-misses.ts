/**
 * Lists the real pages' event→directive links the extraction missed (`-`) and added (`+`), on
 * gold events it matched (as `score.ts` matches them), and the links of gold events it did not
 * find (`?`, counted missed by the score): the work list for `links`.
 *
 *   node --conditions=@vanban/source scripts/link-misses.ts [page-id prefix]
 */
import { matchedEvents } from './matched-events.ts'

const prefix = process.argv[2]
const code = (c: string) => c.normalize('NFC').replace(/\s+/g, '').toUpperCase()
let right = 0
let missed = 0
let added = 0
let unmatched = 0
for (const m of matchedEvents()) {
  if (prefix !== undefined && !m.id.startsWith(prefix)) continue
  const gold = new Set((m.gold.directives ?? []).map(code))
  const head = `${m.id} ${m.gold.kind}@${m.gold.date}`
  if (m.best < 0) {
    unmatched += gold.size
    if (gold.size > 0) console.log(`${head} (event not found)\n  ? ${[...gold].join(' ')}`)
    continue
  }
  const got = new Set((m.predicted[m.best]!.directives ?? []).map(code))
  const lines = [
    ...[...gold].filter((c) => !got.has(c)).map((c) => `  - ${c}`),
    ...[...got].filter((c) => !gold.has(c)).map((c) => `  + ${c}`),
  ]
  right += [...got].filter((c) => gold.has(c)).length
  missed += [...gold].filter((c) => !got.has(c)).length
  added += [...got].filter((c) => !gold.has(c)).length
  if (lines.length > 0) console.log(`${head}\n${lines.join('\n')}`)
}
console.log(`right ${right} missed ${missed} added ${added} on unfound events ${unmatched}`)
