/**
 * One real page's events as read, beside its gold: a development aid for a single page.
 *
 *   node --conditions=@vanban/source scripts/page-events.ts r357
 */
import { matchedEvents } from './matched-events.ts'

const prefix = process.argv[2] ?? ''
if (prefix === '') throw new Error('give a page-id prefix')
let shown = ''
for (const { id, extraction, gold, best, predicted } of matchedEvents()) {
  if (!id.startsWith(prefix)) continue
  if (shown !== id) {
    shown = id
    console.log(`${id} published=${extraction.article.publishedAt}`)
    for (const [i, e] of extraction.events.entries())
      console.log(
        `  got[${i}] ${predicted[i]?.kind} ${predicted[i]?.date} :: ${(e.provenance?.sentence ?? '').slice(0, 160)}`,
      )
  }
  console.log(`  gold ${gold.kind} ${gold.date} -> ${best}`)
}
