/**
 * The real pages' gold events, each beside the event the extractor found for it: what the miss
 * lists (date-misses.ts, organizer-misses.ts, province-misses.ts) read. Each page is extracted
 * with its source URL as `pnpm eval` extracts it, and events are matched as `score.ts` matches
 * them (same kind, the same date first), each predicted event matched at most once.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Extraction } from '@vanban/core'
import { extractArticle, toGold } from '../src/index.ts'
import { readGold, readPageUrls } from './eval.ts'
import { matchEvent, type ScoredEvent } from './score.ts'

/** The real-page fixtures. */
export const REAL_PAGES = path.resolve(import.meta.dirname, '..', 'fixtures-real')

/** A gold event and what was read of its page; `best` indexes `predicted` (and `extraction.events`), -1 when not found. */
export type MatchedEvent = {
  id: string
  url: string | undefined
  extraction: Extraction
  predicted: ScoredEvent[]
  gold: ScoredEvent
  best: number
}

/** Every gold event of the pages in `dir`, in page order; events `skip` names are not matched. */
export function* matchedEvents(
  dir: string = REAL_PAGES,
  skip: (event: ScoredEvent) => boolean = () => false,
): Generator<MatchedEvent> {
  const urls = readPageUrls(dir)
  for (const [file, gold] of readGold(dir)) {
    const id = file.replace(/\.json$/, '')
    const url = urls.get(id)
    const text = fs.readFileSync(path.join(dir, 'articles', `${id}.txt`), 'utf8')
    const extraction = extractArticle(text, url === undefined ? {} : { url })
    const predicted = toGold(extraction).events ?? []
    const used = new Set<number>()
    for (const event of gold.events ?? []) {
      if (skip(event)) continue
      const best = matchEvent(event, predicted, used)
      if (best >= 0) used.add(best)
      yield { id, url, extraction, predicted, gold: event, best }
    }
  }
}

/** Right answers out of those counted. */
export type Tally = { right: number; of: number }

/** A tally with one more answer counted. */
export function count(tally: Tally, right: boolean): void {
  tally.right += right ? 1 : 0
  tally.of += 1
}

/** `right/of = fraction`, as the miss lists print a figure. */
export const figure = ({ right, of }: Tally): string => `${right}/${of} = ${(right / of).toFixed(3)}`
