/**
 * Lists the real pages' gold events whose event was found but whose date is wrong or missing,
 * with the sentence that reported it: the work list for eventDate. Matching is `score.ts`'s (a
 * predicted event of the same kind, preferring the same date); missed events are counted, not
 * listed (they are event detection's).
 *
 *   node --conditions=@vanban/source scripts/date-misses.ts
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { extractArticle, toGold } from '../src/index.ts'
import { readGold, readPageUrls } from './eval.ts'
import { matchEvent } from './score.ts'

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures-real')
const urls = readPageUrls(dir)
let total = 0
let right = 0
let missed = 0
for (const [file, gold] of readGold(dir)) {
  const id = file.replace(/\.json$/, '')
  const url = urls.get(id)
  const extraction = extractArticle(
    fs.readFileSync(path.join(dir, 'articles', `${id}.txt`), 'utf8'),
    url === undefined ? {} : { url },
  )
  const predicted = toGold(extraction).events
  const used = new Set<number>()
  for (const ge of gold.events ?? []) {
    total++
    const best = matchEvent(ge, predicted, used)
    if (best < 0) {
      missed++
      continue
    }
    used.add(best)
    if (predicted[best]!.date === (ge.date ?? null)) {
      right++
      continue
    }
    const found = extraction.events[best]!
    console.log(
      `${id} [${ge.kind}] gold=${ge.date} got=${found.date} inferred=${found.dateInferred} published=${extraction.article.publishedAt}`,
    )
    console.log(`   ${(found.provenance?.sentence ?? '').slice(0, 240).replace(/\n/g, ' ')}`)
  }
}
console.log(`${total} gold events: ${right} dated right, ${total - right - missed} dated wrong, ${missed} not found`)
