/**
 * Lists the real pages' province misses among the events the extractor finds (an event it never
 * finds is an events miss, not listed), with where each reading came from, and the province
 * figure on all pages and on the held-out batch (HELD_OUT_BATCHES' last, as `pnpm eval` prints it):
 *
 *   node --conditions=@vanban/source scripts/province-misses.ts [page id prefix]
 *
 * Events are matched to gold as `score.ts` matches them (same kind, the same date first).
 */
import { resolveProvince } from '@vanban/core'
import { HELD_OUT_BATCHES, inBatch } from './eval.ts'
import { count, figure, matchedEvents, REAL_PAGES, type Tally } from './matched-events.ts'

const HELD_OUT = HELD_OUT_BATCHES[HELD_OUT_BATCHES.length - 1]!
const only = process.argv[2]
const key = (p: string | null | undefined): string | null =>
  p == null ? null : /^\d{2}$/.test(p) ? p : (resolveProvince(p)?.today.code ?? p)

const tally: Record<'all' | 'heldOut' | 'found', Tally> = {
  all: { right: 0, of: 0 },
  heldOut: { right: 0, of: 0 },
  found: { right: 0, of: 0 },
}
// gold events without a province key (none in the annotated pages) are left out, unmatched
const unannotated = (e: { province?: unknown }) => e.province === undefined
for (const { id, url, extraction, predicted, gold, best } of matchedEvents(REAL_PAGES, unannotated)) {
  const ok = best >= 0 && key(gold.province) === key(predicted[best]!.province ?? null)
  count(tally.all, ok)
  if (inBatch(HELD_OUT)(id)) count(tally.heldOut, ok)
  if (best < 0) continue
  count(tally.found, ok)
  const event = extraction.events[best]!
  if (!ok && (only === undefined || id.startsWith(only)))
    console.log(
      `${id} ${gold.kind}@${gold.date} gold=${gold.province ?? null} got=${event.province?.name ?? null}` +
        ` (${event.province?.source ?? '-'}) organizer=${event.organizer} location=${event.location} url=${url}`,
    )
}
console.log(
  `province: all ${figure(tally.all)}; found events ${figure(tally.found)}; ${HELD_OUT.name} ${figure(tally.heldOut)}`,
)
