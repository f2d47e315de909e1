/**
 * Lists the real pages' gold events whose event was found but whose date is wrong or missing,
 * with the sentence that reported it: the work list for eventDate. Matching is `score.ts`'s (a
 * predicted event of the same kind, preferring the same date); missed events are counted, not
 * listed (they are event detection's).
 *
 *   node --conditions=@vanban/source scripts/date-misses.ts [page-id prefix]
 *
 * With a prefix, only the pages whose id starts with it are listed and counted.
 */
import { matchedEvents } from './matched-events.ts'

const only = process.argv[2]
let total = 0
let right = 0
let missed = 0
for (const { id, extraction, predicted, gold, best } of matchedEvents()) {
  if (only !== undefined && !id.startsWith(only)) continue
  total++
  if (best < 0) {
    missed++
    continue
  }
  if (predicted[best]!.date === (gold.date ?? null)) {
    right++
    continue
  }
  const found = extraction.events[best]!
  console.log(
    `${id} [${gold.kind}] gold=${gold.date} got=${found.date} inferred=${found.dateInferred} published=${extraction.article.publishedAt}`,
  )
  console.log(`   ${(found.provenance?.sentence ?? '').slice(0, 240).replace(/\n/g, ' ')}`)
}
console.log(`${total} gold events: ${right} dated right, ${total - right - missed} dated wrong, ${missed} not found`)
